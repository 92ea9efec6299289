package org.peervoice.core.champion;

/** The body of {@code POST /sites/{siteId}/champion-nominations}: whom leadership nominates, in which category, and why. */
public final class NominationRequest {

	private String nomineeKey;
	private ChampionCategory category;
	private String message;

	// for the JSON reader
	private NominationRequest() {
	}

	public NominationRequest(String nomineeKey, ChampionCategory category, String message) {
		this.nomineeKey = nomineeKey;
		this.category = category;
		this.message = message;
	}

	public String getNomineeKey() {
		return nomineeKey;
	}

	public ChampionCategory getCategory() {
		return category;
	}

	public String getMessage() {
		return message;
	}

}
