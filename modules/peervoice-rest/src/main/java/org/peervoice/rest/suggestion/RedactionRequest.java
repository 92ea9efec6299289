package org.peervoice.rest.suggestion;

/** The body of {@code POST /suggestions/{id}/redact}: the redacted title and body. */
public final class RedactionRequest {

	private String title;
	private String body;

	RedactionRequest() {
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

}
