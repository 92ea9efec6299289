package org.peervoice.core.townhall;

/** The body of asking a question, as it is read (properties are what the getters expose). */
public final class QuestionDraft {

	private String text;
	private String topic;
	private boolean anonymous;
	private boolean confirmPrivacyWarnings;

	// for the JSON reader
	private QuestionDraft() {
	}

	public QuestionDraft(String text, String topic, boolean anonymous, boolean confirmPrivacyWarnings) {
		this.text = text;
		this.topic = topic;
		this.anonymous = anonymous;
		this.confirmPrivacyWarnings = confirmPrivacyWarnings;
	}

	public String getText() {
		return text;
	}

	public String getTopic() {
		return topic;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public boolean isConfirmPrivacyWarnings() {
		return confirmPrivacyWarnings;
	}

}
