package org.peervoice.rest.suggestion;

/** The body of {@code POST /suggestions/{id}/messages}. */
public final class MessageRequest {

	private String message;
	private boolean confirmPrivacyWarnings;

	MessageRequest() {
	}

	public String getMessage() {
		return message;
	}

	/** Post even though the privacy screen found something (the caller has seen the warnings). */
	public boolean isConfirmPrivacyWarnings() {
		return confirmPrivacyWarnings;
	}

}
