package org.peervoice.core.suggestion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Person;

/**
 * A message in a suggestion's private thread. A writer's message on an anonymous item has no
 * author and a creation time truncated to the day; its position in the thread orders it.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_SUGGESTION_MESSAGE")
@NamedQueries({
	@NamedQuery(name = "SuggestionMessage.findBySuggestion",
		query = "SELECT m FROM SuggestionMessage m WHERE m.suggestionId = :suggestionId ORDER BY m.position, m.id"),
	@NamedQuery(name = "SuggestionMessage.lastPosition",
		query = "SELECT MAX(m.position) FROM SuggestionMessage m WHERE m.suggestionId = :suggestionId"),
	@NamedQuery(name = "SuggestionMessage.lowestPosition",
		query = "SELECT MIN(m.position) FROM SuggestionMessage m WHERE m.suggestionId = :suggestionId")
})
public class SuggestionMessage {

	static final String REVIEWER = "REVIEWER";
	static final String WRITER = "WRITER";

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "suggestion_id", nullable = false, length = 36)
	private String suggestionId;

	@Column(name = "sender", nullable = false, length = 10)
	private String sender;

	@Column(name = "author_key", length = 75)
	private String authorKey;

	@Column(name = "author_name", length = 200)
	private String authorName;

	@Column(name = "message", nullable = false, length = 2000)
	private String message;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	// The thread's order: the anonymous writer's time is only the day, so time cannot order the thread.
	@Column(name = "seq", nullable = false)
	private int position;

	@Column(name = "mixed", nullable = false)
	private boolean mixed;

	protected SuggestionMessage() {
	}

	private SuggestionMessage(String suggestionId, String sender, String message, Instant createdAt) {
		this.id = UUID.randomUUID().toString();
		this.suggestionId = suggestionId;
		this.sender = sender;
		this.message = message;
		this.createdAt = createdAt;
		this.mixed = true;
	}

	static SuggestionMessage fromReviewer(String suggestionId, String message, String authorKey, String authorName, Instant now) {
		SuggestionMessage created = new SuggestionMessage(suggestionId, REVIEWER, message, now.truncatedTo(ChronoUnit.SECONDS));
		created.authorKey = authorKey;
		created.authorName = authorName;
		return created;
	}

	static SuggestionMessage fromIdentifiedWriter(String suggestionId, String message, String authorKey, String authorName,
		Instant now) {
		SuggestionMessage created = new SuggestionMessage(suggestionId, WRITER, message, now.truncatedTo(ChronoUnit.SECONDS));
		created.authorKey = authorKey;
		created.authorName = authorName;
		return created;
	}

	static SuggestionMessage fromAnonymousWriter(String suggestionId, String message, Instant now) {
		SuggestionMessage created = new SuggestionMessage(suggestionId, WRITER, message, AnonymousWriting.coarsened(now));
		created.mixed = false;
		return created;
	}

	/**
	 * Places the message after the thread's last one. An anonymous writer's reply waiting for mixing takes no place
	 * yet: it is numbered -1, -2, ... among the thread's waiting replies, and the mixing places it after everything
	 * posted until then, so its place among the reviewers' timed messages dates it no finer than the mixing window.
	 */
	void placeAfter(int lastPosition, int lowestPosition) {
		position = mixed ? lastPosition + 1 : Math.min(0, lowestPosition) - 1;
	}

	String suggestionId() {
		return suggestionId;
	}

	boolean isPlaced() {
		return position > 0;
	}

	// Placed messages by position; then the waiting replies as written (-1, -2, ...).
	int threadOrder() {
		return isPlaced() ? position : Integer.MAX_VALUE / 2 - position;
	}

	boolean isMixed() {
		return mixed;
	}

	int position() {
		return position;
	}

	boolean isFromWriter() {
		return WRITER.equals(sender);
	}

	ThreadMessageView view() {
		return new ThreadMessageView(id, sender, authorName == null ? null : new Person(authorName), message, createdAt);
	}

}
