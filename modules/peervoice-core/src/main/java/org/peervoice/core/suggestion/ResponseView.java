package org.peervoice.core.suggestion;

import java.time.Instant;

import org.peervoice.core.kernel.Person;

/** A public response from a reviewer, optionally with the status it moved the item to. */
public final class ResponseView {

	private final String id;
	private final SuggestionStatus status;
	private final String message;
	private final Person responder;
	private final Instant createdAt;

	ResponseView(String id, SuggestionStatus status, String message, Person responder, Instant createdAt) {
		this.id = id;
		this.status = status;
		this.message = message;
		this.responder = responder;
		this.createdAt = createdAt;
	}

	public String getId() {
		return id;
	}

	/** The status set with this response, or {@code null} for a message-only response. */
	public SuggestionStatus getStatus() {
		return status;
	}

	public String getMessage() {
		return message;
	}

	public Person getResponder() {
		return responder;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
