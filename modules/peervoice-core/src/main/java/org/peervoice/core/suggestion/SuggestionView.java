package org.peervoice.core.suggestion;

import java.time.Instant;
import java.util.List;

import org.peervoice.core.kernel.Person;

/**
 * A suggestion as one caller may see it; getters are named like the JSON fields of the API.
 * {@link #getReview()} is {@code null} for callers without REVIEW, {@link #getReceipt()} is
 * {@code null} except in the answer to an anonymous submission.
 */
public final class SuggestionView {

	private final String id;
	private final long siteId;
	private final String title;
	private final String body;
	private final String category;
	private final boolean anonymous;
	private final Person author;
	private final SuggestionStatus status;
	private final boolean published;
	private final Instant createdAt;
	private final long voteCount;
	private final boolean votedByMe;
	private final boolean mine;
	private final List<ResponseView> responses;
	private final boolean redacted;
	private final List<SuggestionStatus> allowedTransitions;
	private final ReviewView review;
	private final String receipt;
	private OriginView origin;

	SuggestionView(Suggestion suggestion, VoteTally votes, boolean mine, List<ResponseView> responses,
		List<SuggestionStatus> allowedTransitions, ReviewView review, String receipt) {
		this.id = suggestion.id();
		this.siteId = suggestion.siteId();
		this.title = suggestion.title();
		this.body = suggestion.body();
		this.category = suggestion.category();
		this.anonymous = suggestion.isAnonymous();
		this.author = suggestion.isAnonymous() ? null : new Person(suggestion.authorName());
		this.status = suggestion.status();
		this.published = suggestion.isPublished();
		this.createdAt = suggestion.createdAt();
		this.voteCount = votes.getVoteCount();
		this.votedByMe = votes.isVotedByMe();
		this.mine = mine;
		this.responses = List.copyOf(responses);
		this.redacted = suggestion.isRedacted();
		this.allowedTransitions = List.copyOf(allowedTransitions);
		this.review = review;
		this.receipt = receipt;
	}

	SuggestionView withOrigin(OriginView from) {
		this.origin = from;
		return this;
	}

	/** A town-hall question's town hall and question when the suggestion was taken forward from one; otherwise null. */
	public OriginView getOrigin() {
		return origin;
	}

	public String getId() {
		return id;
	}

	public long getSiteId() {
		return siteId;
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

	/** The writer's name, or {@code null} for an anonymous suggestion. */
	public Person getAuthor() {
		return author;
	}

	public SuggestionStatus getStatus() {
		return status;
	}

	public boolean isPublished() {
		return published;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVoteCount() {
		return voteCount;
	}

	public boolean isVotedByMe() {
		return votedByMe;
	}

	public boolean isMine() {
		return mine;
	}

	public List<ResponseView> getResponses() {
		return responses;
	}

	public boolean isRedacted() {
		return redacted;
	}

	public List<SuggestionStatus> getAllowedTransitions() {
		return allowedTransitions;
	}

	public ReviewView getReview() {
		return review;
	}

	public String getReceipt() {
		return receipt;
	}

}
