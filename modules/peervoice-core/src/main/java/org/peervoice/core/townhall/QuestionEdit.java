package org.peervoice.core.townhall;

/** The body of an asker's edit, by question id (named) or with the receipt (anonymous). */
public final class QuestionEdit {

	private String receipt;
	private String text;
	private boolean confirmPrivacyWarnings;

	// for the JSON reader
	private QuestionEdit() {
	}

	public QuestionEdit(String receipt, String text, boolean confirmPrivacyWarnings) {
		this.receipt = receipt;
		this.text = text;
		this.confirmPrivacyWarnings = confirmPrivacyWarnings;
	}

	public String getReceipt() {
		return receipt;
	}

	public String getText() {
		return text;
	}

	public boolean isConfirmPrivacyWarnings() {
		return confirmPrivacyWarnings;
	}

	@Override
	public String toString() {
		return "QuestionEdit[receipt hidden]";
	}

}
