package org.peervoice.core.suggestion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.Scope;

/**
 * A suggestion posted to a site's box. An anonymous one holds no trace of its writer: no user
 * key or name, a creation time truncated to the day, and only a random receipt locator plus a
 * slow hash of the receipt's secret.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_SUGGESTION")
@NamedQueries({
	@NamedQuery(name = "Suggestion.findByReceiptLocator",
		query = "SELECT s FROM Suggestion s WHERE s.receiptLocator = :locator")
})
public class Suggestion {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "title", nullable = false, length = 150)
	private String title;

	@Column(name = "body", nullable = false, length = 5000)
	private String body;

	@Column(name = "category", nullable = false, length = 60)
	private String category;

	@Column(name = "anonymous", nullable = false)
	private boolean anonymous;

	@Column(name = "author_key", length = 75)
	private String authorKey;

	@Column(name = "author_name", length = 200)
	private String authorName;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private SuggestionStatus status;

	@Column(name = "published", nullable = false)
	private boolean published;

	@Column(name = "redacted", nullable = false)
	private boolean redacted;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "first_response_at")
	private Instant firstResponseAt;

	@Column(name = "receipt_locator", length = 16)
	private String receiptLocator;

	@Column(name = "receipt_hash", length = 200)
	private String receiptHash;

	// The count at the last mixing, for sorting; written only by the mixing run (SuggestionMixing), never from this field.
	@Column(name = "vote_count", nullable = false, insertable = false, updatable = false)
	private long voteCount;

	// FALSE from an anonymous writer's act until the site's mixing rewrites the row (Mixer); reviewers wait for it.
	@Column(name = "mixed", nullable = false)
	private boolean mixed;

	// The town-hall question it was taken forward from, if any (V8).
	@Column(name = "origin_question_id", length = 36)
	private String origin;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected Suggestion() {
	}

	private Suggestion(Scope scope, String title, String body, String category, boolean published) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.title = title;
		this.body = body;
		this.category = category;
		this.status = SuggestionStatus.SUBMITTED;
		this.published = published;
	}

	static Suggestion identified(Scope scope, String title, String body, String category, boolean published,
		String authorKey, String authorName, Instant now) {
		Suggestion suggestion = new Suggestion(scope, title, body, category, published);
		suggestion.authorKey = authorKey;
		suggestion.authorName = authorName;
		suggestion.createdAt = now.truncatedTo(ChronoUnit.SECONDS);
		suggestion.mixed = true;
		return suggestion;
	}

	static Suggestion anonymous(Scope scope, String title, String body, String category, boolean published,
		String receiptLocator, String receiptHash, Instant now) {
		Suggestion suggestion = new Suggestion(scope, title, body, category, published);
		suggestion.anonymous = true;
		suggestion.receiptLocator = receiptLocator;
		suggestion.receiptHash = receiptHash;
		suggestion.createdAt = AnonymousWriting.coarsened(now);
		return suggestion;
	}

	/**
	 * An item another capability takes forward into the box (a town-hall question), published at once by the moderator
	 * who does it, in {@code status}; anonymous like its origin when that was, with no receipt (the origin keeps its own).
	 */
	static Suggestion forwarded(Scope scope, String title, String body, String category, String authorKey, String authorName,
		SuggestionStatus status, String origin, Instant now) {
		Suggestion suggestion = authorKey == null
			? new Suggestion(scope, title, body, category, true)
			: identified(scope, title, body, category, true, authorKey, authorName, now);
		suggestion.anonymous = authorKey == null;
		suggestion.createdAt = authorKey == null ? AnonymousWriting.coarsened(now) : now.truncatedTo(ChronoUnit.SECONDS);
		suggestion.mixed = true;
		suggestion.status = status;
		suggestion.origin = origin;
		return suggestion;
	}

	/** Moves the item as a reviewer; the caller records the transition. */
	void moveTo(SuggestionStatus next) {
		if (!status.reviewerMayMoveTo(next)) {
			throw new Conflict("A suggestion cannot go from " + status + " to " + next + ".");
		}
		status = next;
	}

	void withdraw() {
		if (!status.writerMayWithdraw()) {
			throw new Conflict("Only an open suggestion can be withdrawn; this one is " + status + ".");
		}
		status = SuggestionStatus.WITHDRAWN;
		if (anonymous) {
			// The row now dates from the writer's act: the next mixing rewrites it, with its thread, votes and transitions.
			mixed = false;
		}
	}

	void publish() {
		if (status == SuggestionStatus.WITHDRAWN) {
			throw new Conflict("A withdrawn suggestion cannot be published.");
		}
		published = true;
	}

	void redact(String newTitle, String newBody) {
		if (!anonymous) {
			throw new Conflict("Only anonymous suggestions are redacted; identified writers edit their own text.");
		}
		title = newTitle;
		body = newBody;
		redacted = true;
	}

	void respondedAt(Instant at) {
		if (firstResponseAt == null) {
			firstResponseAt = at;
		}
	}

	/** Whether reviewers and the board may see it: identified items always, anonymous ones once mixed. */
	String origin() {
		return origin;
	}

	boolean isMixed() {
		return mixed;
	}

	boolean isWrittenBy(String userKey) {
		return !anonymous && userKey != null && userKey.equals(authorKey);
	}

	boolean belongsTo(long otherCompanyId) {
		return companyId == otherCompanyId;
	}

	String id() {
		return id;
	}

	long companyId() {
		return companyId;
	}

	long siteId() {
		return siteId;
	}

	Scope scope() {
		return new Scope(companyId, siteId);
	}

	String title() {
		return title;
	}

	String body() {
		return body;
	}

	String category() {
		return category;
	}

	boolean isAnonymous() {
		return anonymous;
	}

	String authorName() {
		return authorName;
	}

	SuggestionStatus status() {
		return status;
	}

	boolean isPublished() {
		return published;
	}

	boolean isRedacted() {
		return redacted;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant firstResponseAt() {
		return firstResponseAt;
	}

	String receiptHash() {
		return receiptHash;
	}

	String receiptLocator() {
		return receiptLocator;
	}

	String authorKey() {
		return authorKey;
	}

}
