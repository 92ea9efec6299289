package org.peervoice.core.suggestion;

import java.time.Instant;

import org.peervoice.core.kernel.Person;

/**
 * A message in the private thread between reviewers and the writer. Writer messages on
 * anonymous items have no author and a creation time truncated to the day.
 */
public final class ThreadMessageView {

	private final String id;
	private final String from;
	private final Person author;
	private final String message;
	private final Instant createdAt;

	ThreadMessageView(String id, String from, Person author, String message, Instant createdAt) {
		this.id = id;
		this.from = from;
		this.author = author;
		this.message = message;
		this.createdAt = createdAt;
	}

	public String getId() {
		return id;
	}

	/** {@code REVIEWER} or {@code WRITER}. */
	public String getFrom() {
		return from;
	}

	public Person getAuthor() {
		return author;
	}

	public String getMessage() {
		return message;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
