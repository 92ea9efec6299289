package org.peervoice.rest.suggestion;

/** The body of {@code POST /suggestions/{id}/messages}. */
public final class MessageRequest {

	private String message;

	MessageRequest() {
	}

	public String getMessage() {
		return message;
	}

}
