package org.peervoice.rest.champion;

/** The body of a request for changes (a message is required) or of a decline (a reason is optional). */
public final class ReviewMessageRequest {

	private String message;

	ReviewMessageRequest() {
	}

	public String getMessage() {
		return message;
	}

}
