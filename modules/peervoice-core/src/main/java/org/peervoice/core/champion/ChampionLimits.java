package org.peervoice.core.champion;

/**
 * The limits of a champion listing. Texts count UTF-16 code units after {@code UserText} normalization, as
 * {@link org.peervoice.core.kernel.TextLimits} explains; openapi.yaml, the migration and the web component repeat
 * these numbers, and ContractLimitsTest checks that they agree.
 */
public final class ChampionLimits {

	public static final int DISPLAY_NAME = 100;
	public static final int TITLE = 120;
	public static final int ROLE = 500;
	public static final int EMAIL = 254;
	/** The phone number as typed; it is stored in E.164 (at most 16 characters). */
	public static final int PHONE = 40;
	public static final int PHONE_EXTENSION = 10;
	public static final int LOCATION = 150;
	public static final int OFFICE_HOURS = 200;
	public static final int PRONOUNS = 40;
	public static final int PROGRAM = 80;
	public static final int MAX_PROGRAMS = 10;
	public static final int LANGUAGE = 40;
	public static final int MAX_LANGUAGES = 10;
	public static final int EXPERTISE_TAG = 40;
	public static final int MAX_EXPERTISE_TAGS = 15;
	/** Leadership's message with "changes requested" or "declined". */
	public static final int REVIEW_MESSAGE = 1000;
	/** Search words, as long as every capability's search ({@link org.peervoice.core.kernel.TextLimits#SEARCH_TEXT}). */
	public static final int SEARCH_TEXT = org.peervoice.core.kernel.TextLimits.SEARCH_TEXT;
	/** A facet filter's value: the longest of a program, a language and a tag. */
	public static final int FACET_VALUE = 80;
	/** An A–Z index entry: one letter (Ñ is one), or # for names that start otherwise. */
	public static final int LETTER = 1;

	public static final int RECONFIRM_DAYS_MIN = 30;
	public static final int RECONFIRM_DAYS_MAX = 730;
	public static final int GRACE_DAYS_MIN = 0;
	public static final int GRACE_DAYS_MAX = 180;

	// the workflow: nominations and the expertise vocabulary (V7)
	/** Leadership's optional message with a nomination. */
	public static final int NOMINATION_MESSAGE = 1000;
	/** Tags in a site's expertise vocabulary (each at most {@link #EXPERTISE_TAG} long). */
	public static final int MAX_VOCABULARY_TERMS = 200;
	/** Owners are reminded this many days before their listing is due for re-confirmation. */
	public static final int REMIND_DAYS_BEFORE_DUE = 14;

	private ChampionLimits() {
	}

	/** The column a list is stored in: every item and a line break after each but the last. */
	static int listColumn(int itemLength, int maxItems) {
		return maxItems * (itemLength + 1) - 1;
	}

}
