package org.peervoice.rest.townhall;

/** The body of the named asker's {@code PUT /town-hall-questions/{id}}. */
public final class QuestionEditRequest {

	private String text;
	private boolean confirmPrivacyWarnings;

	QuestionEditRequest() {
	}

	public String getText() {
		return text;
	}

	public boolean isConfirmPrivacyWarnings() {
		return confirmPrivacyWarnings;
	}

}
