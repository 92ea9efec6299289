package org.peervoice.core.recognition;

/** The body of moderation and report requests: a reason (required to moderate, optional to report). */
public final class ReasonRequest {

	private String reason;

	// for the JSON reader
	private ReasonRequest() {
	}

	public ReasonRequest(String reason) {
		this.reason = reason;
	}

	public String getReason() {
		return reason;
	}

}
