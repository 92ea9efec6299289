package org.peervoice.core.suggestion;

/**
 * What a writer submits, and the body of {@code POST /sites/{siteId}/suggestions} as it is read
 * (properties are what the getters expose). Text is trimmed and checked by {@link SuggestionBoard}.
 */
public final class SuggestionDraft {

	private String title;
	private String body;
	private String category;
	private boolean anonymous;
	private boolean confirmPrivacyWarnings;

	// for the JSON reader
	private SuggestionDraft() {
	}

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
