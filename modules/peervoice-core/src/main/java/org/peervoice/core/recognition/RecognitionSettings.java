package org.peervoice.core.recognition;

import java.util.List;
import java.util.Set;

/**
 * A site's recognition settings, and the body of {@code PUT /sites/{siteId}/recognition-settings} as it is read: the
 * values people recognize each other for (keys the UI translates when it knows them, otherwise shown as written), whether
 * recognition about a person shows publicly until they choose "ask me first", and how many recognitions one person may
 * give per day.
 */
public final class RecognitionSettings {

	/** The peer-support values every site starts with. */
	public static final List<String> DEFAULT_VALUES = List.of("recovery-oriented", "person-centered", "voluntary", "relationship-focused",
		"trauma-informed", "hope", "mutuality", "lived-experience", "self-determination", "dignity", "non-judgment");
	public static final int DEFAULT_DAILY_LIMIT = 5;
	/**
	 * Values that say something about the recipients themselves, not about what they did: whether a peer has lived
	 * experience is theirs to tell, so a board recognition naming one waits for each recipient's approval, like one sent
	 * with disclosure warnings.
	 */
	public static final Set<String> DISCLOSING_VALUES = Set.of("lived-experience");

	private List<String> values;
	private boolean publicByDefault;
	private int dailyLimit;

	// for the JSON reader
	private RecognitionSettings() {
	}

	public RecognitionSettings(List<String> values, boolean publicByDefault, int dailyLimit) {
		this.values = values;
		this.publicByDefault = publicByDefault;
		this.dailyLimit = dailyLimit;
	}

	public static RecognitionSettings defaults() {
		return new RecognitionSettings(DEFAULT_VALUES, true, DEFAULT_DAILY_LIMIT);
	}

	public List<String> getValues() {
		return values;
	}

	public boolean isPublicByDefault() {
		return publicByDefault;
	}

	public int getDailyLimit() {
		return dailyLimit;
	}

}
