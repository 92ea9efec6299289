package org.peervoice.rest.suggestion;

import org.peervoice.core.suggestion.SuggestionStatus;

/** The body of {@code POST /suggestions/{id}/responses}: an optional new status and a public message. */
public final class ResponseRequest {

	private SuggestionStatus status;
	private String message;
	private boolean confirmPrivacyWarnings;

	ResponseRequest() {
	}

	public SuggestionStatus getStatus() {
		return status;
	}

	public String getMessage() {
		return message;
	}

	/** Post even though the privacy screen found something (the caller has seen the warnings). */
	public boolean isConfirmPrivacyWarnings() {
		return confirmPrivacyWarnings;
	}

}
