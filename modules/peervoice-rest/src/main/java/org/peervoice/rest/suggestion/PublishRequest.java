package org.peervoice.rest.suggestion;

/** The body of {@code POST /suggestions/{id}/publish}: {@code {}}, or a confirmation of the privacy screen's findings. */
public final class PublishRequest {

	private boolean confirmPrivacyWarnings;

	PublishRequest() {
	}

	/** Post even though the privacy screen found something (the caller has seen the warnings). */
	public boolean isConfirmPrivacyWarnings() {
		return confirmPrivacyWarnings;
	}

}
