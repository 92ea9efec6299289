package org.peervoice.core.champion;

/**
 * A site's champion directory settings, and the body of {@code PUT /sites/{siteId}/champion-settings} as it is
 * read: whether leadership approves listings and their edits, how often owners re-confirm, how long after that a
 * listing leaves the directory, the region phone numbers without a country code are read in, and whether owners may
 * edit the name, e-mail and title their profile gives (when not, every listing written takes them from the profile:
 * {@link ProfileFields}).
 */
public final class ChampionSettings {

	public static final int DEFAULT_RECONFIRM_DAYS = 180;
	public static final int DEFAULT_GRACE_DAYS = 30;
	public static final String DEFAULT_PHONE_REGION = "US";
	public static final boolean DEFAULT_PROFILE_FIELDS_EDITABLE = true;

	private boolean approvalRequired;
	private int reconfirmDays;
	private int graceDays;
	private String phoneRegion;
	// The JSON reader starts from the constructor below and sets only the properties a body has, so a body written
	// before this setting existed (no profileFieldsEditable) keeps this default; an explicit null is refused (400).
	private boolean profileFieldsEditable = DEFAULT_PROFILE_FIELDS_EDITABLE;

	// for the JSON reader
	private ChampionSettings() {
	}

	/** Settings with the profile's fields editable (the default). */
	public ChampionSettings(boolean approvalRequired, int reconfirmDays, int graceDays, String phoneRegion) {
		this(approvalRequired, reconfirmDays, graceDays, phoneRegion, DEFAULT_PROFILE_FIELDS_EDITABLE);
	}

	public ChampionSettings(boolean approvalRequired, int reconfirmDays, int graceDays, String phoneRegion,
		boolean profileFieldsEditable) {
		this.approvalRequired = approvalRequired;
		this.reconfirmDays = reconfirmDays;
		this.graceDays = graceDays;
		this.phoneRegion = phoneRegion;
		this.profileFieldsEditable = profileFieldsEditable;
	}

	public static ChampionSettings defaults() {
		return new ChampionSettings(true, DEFAULT_RECONFIRM_DAYS, DEFAULT_GRACE_DAYS, DEFAULT_PHONE_REGION,
			DEFAULT_PROFILE_FIELDS_EDITABLE);
	}

	public boolean isApprovalRequired() {
		return approvalRequired;
	}

	public int getReconfirmDays() {
		return reconfirmDays;
	}

	public int getGraceDays() {
		return graceDays;
	}

	public String getPhoneRegion() {
		return phoneRegion;
	}

	/** Whether owners may change the display name, e-mail and title their portal profile gives their listing. */
	public boolean isProfileFieldsEditable() {
		return profileFieldsEditable;
	}

}
