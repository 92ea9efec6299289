package org.peervoice.rest.suggestion;

import org.peervoice.core.suggestion.SuggestionDraft;

/** The body of {@code POST /sites/{siteId}/suggestions}. */
public final class SuggestionRequest {

	private String title;
	private String body;
	private String category;
	private boolean anonymous;
	private boolean confirmPrivacyWarnings;

	SuggestionRequest() {
	}

	public SuggestionRequest(String title, String body, String category, boolean anonymous, boolean confirmPrivacyWarnings) {
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

	SuggestionDraft toDraft() {
		return new SuggestionDraft(title, body, category, anonymous, confirmPrivacyWarnings);
	}

}
