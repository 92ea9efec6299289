package org.peervoice.core.champion;

import java.time.Instant;

/** Where a listing stands, for its owner and leadership. */
public final class WorkflowView {

	private final ListingStatus status;
	private final String reviewMessage;
	private final Instant submittedAt;
	private final Instant publishedAt;
	private final Instant lastConfirmedAt;
	private final Instant confirmDueAt;
	private final boolean stale;

	WorkflowView(ListingStatus status, String reviewMessage, Instant submittedAt, Instant publishedAt, Instant lastConfirmedAt,
		Instant confirmDueAt, boolean stale) {
		this.status = status;
		this.reviewMessage = reviewMessage;
		this.submittedAt = submittedAt;
		this.publishedAt = publishedAt;
		this.lastConfirmedAt = lastConfirmedAt;
		this.confirmDueAt = confirmDueAt;
		this.stale = stale;
	}

	public ListingStatus getStatus() {
		return status;
	}

	public String getReviewMessage() {
		return reviewMessage;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getLastConfirmedAt() {
		return lastConfirmedAt;
	}

	public Instant getConfirmDueAt() {
		return confirmDueAt;
	}

	public boolean isStale() {
		return stale;
	}

}
