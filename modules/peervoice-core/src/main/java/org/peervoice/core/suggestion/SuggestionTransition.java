package org.peervoice.core.suggestion;

import java.time.Instant;
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

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Person;

/**
 * One status change of a suggestion: from, to, the reviewer who made it and when. A writer's
 * own withdrawal has no reviewer, and records nothing about the writer.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_SUGGESTION_TRANSITION")
@NamedQueries({
	@NamedQuery(name = "SuggestionTransition.findBySuggestions",
		query = "SELECT t FROM SuggestionTransition t WHERE t.suggestionId IN :suggestionIds ORDER BY t.transitionedAt, t.id")
})
public class SuggestionTransition {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "suggestion_id", nullable = false, length = 36)
	private String suggestionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", nullable = false, length = 20)
	private SuggestionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20)
	private SuggestionStatus toStatus;

	@Column(name = "reviewer_key", length = 75)
	private String reviewerKey;

	@Column(name = "reviewer_name", length = 200)
	private String reviewerName;

	@Column(name = "transitioned_at", nullable = false)
	private Instant transitionedAt;

	@Column(name = "mixed", nullable = false)
	private boolean mixed;

	protected SuggestionTransition() {
	}

	private SuggestionTransition(String suggestionId, SuggestionStatus from, SuggestionStatus to, Instant at) {
		this.id = UUID.randomUUID().toString();
		this.suggestionId = suggestionId;
		this.fromStatus = from;
		this.toStatus = to;
		this.transitionedAt = at;
		this.mixed = true;
	}

	static SuggestionTransition byReviewer(String suggestionId, SuggestionStatus from, SuggestionStatus to,
		String reviewerKey, String reviewerName, Instant at) {
		SuggestionTransition transition = new SuggestionTransition(suggestionId, from, to, at);
		transition.reviewerKey = reviewerKey;
		transition.reviewerName = reviewerName;
		return transition;
	}

	/** The writer's own move; for an anonymous item its time is truncated to the day, like everything the writer does. */
	static SuggestionTransition byWriter(String suggestionId, SuggestionStatus from, SuggestionStatus to, boolean anonymous, Instant at) {
		SuggestionTransition transition = new SuggestionTransition(suggestionId, from, to, anonymous ? AnonymousWriting.coarsened(at) : at);
		transition.mixed = !anonymous;
		return transition;
	}

	String suggestionId() {
		return suggestionId;
	}

	TransitionView view() {
		return new TransitionView(fromStatus, toStatus, reviewerName == null ? null : new Person(reviewerName), transitionedAt);
	}

}
