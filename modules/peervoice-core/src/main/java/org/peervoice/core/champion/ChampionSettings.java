package org.peervoice.core.champion;

/**
 * A site's champion directory settings, and the body of {@code PUT /sites/{siteId}/champion-settings} as it is
 * read: whether leadership approves listings and their edits, how often owners re-confirm, how long after that a
 * listing leaves the directory, and the region phone numbers without a country code are read in.
 */
public final class ChampionSettings {

	public static final int DEFAULT_RECONFIRM_DAYS = 180;
	public static final int DEFAULT_GRACE_DAYS = 30;
	public static final String DEFAULT_PHONE_REGION = "US";

	private boolean approvalRequired;
	private int reconfirmDays;
	private int graceDays;
	private String phoneRegion;

	// for the JSON reader
	private ChampionSettings() {
	}

	public ChampionSettings(boolean approvalRequired, int reconfirmDays, int graceDays, String phoneRegion) {
		this.approvalRequired = approvalRequired;
		this.reconfirmDays = reconfirmDays;
		this.graceDays = graceDays;
		this.phoneRegion = phoneRegion;
	}

	public static ChampionSettings defaults() {
		return new ChampionSettings(true, DEFAULT_RECONFIRM_DAYS, DEFAULT_GRACE_DAYS, DEFAULT_PHONE_REGION);
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

}
