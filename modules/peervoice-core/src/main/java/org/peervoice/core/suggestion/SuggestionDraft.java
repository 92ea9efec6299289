package org.peervoice.core.suggestion;

/** What a writer submits. Text is trimmed and checked by the service. */
public final class SuggestionDraft {

	private final String title;
	private final String body;
	private final String category;
	private final boolean anonymous;
	private final boolean confirmPrivacyWarnings;

	public SuggestionDraft(String title, String body, String category, boolean anonymous, boolean confirmPrivacyWarnings) {
		this.title = title;
		this.body = body;
		this.category = category;
		this.anonymous = anonymous;
		this.confirmPrivacyWarnings = confirmPrivacyWarnings;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public String getCategory() {
		return category;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public boolean isConfirmPrivacyWarnings() {
		return confirmPrivacyWarnings;
	}

}
