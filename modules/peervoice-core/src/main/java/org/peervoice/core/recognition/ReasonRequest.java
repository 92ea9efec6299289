package org.peervoice.core.recognition;

/** The body of moderation and report requests: a reason (required to moderate, optional to report). */
public final class ReasonRequest {

	private String reason;

	// for the JSON reader
	private ReasonRequest() {
	}

	// A factory, not a one-string constructor: Jackson would take that as a creator and read a bare JSON string
	// ("text") as a request instead of refusing it.
	public static ReasonRequest of(String reason) {
		ReasonRequest request = new ReasonRequest();
		request.reason = reason;
		return request;
	}

	public String getReason() {
		return reason;
	}

}
