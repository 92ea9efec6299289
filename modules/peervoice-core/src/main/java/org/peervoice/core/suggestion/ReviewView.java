package org.peervoice.core.suggestion;

import java.time.Instant;
import java.util.List;

/** What only reviewers see about an item: its age, time to first response, and its transitions. */
public final class ReviewView {

	private final long ageDays;
	private final Instant firstResponseAt;
	private final Long hoursToFirstResponse;
	private final Long daysToFirstResponse;
	private final List<TransitionView> transitions;

	ReviewView(long ageDays, Instant firstResponseAt, Long hoursToFirstResponse, Long daysToFirstResponse, List<TransitionView> transitions) {
		this.ageDays = ageDays;
		this.firstResponseAt = firstResponseAt;
		this.hoursToFirstResponse = hoursToFirstResponse;
		this.daysToFirstResponse = daysToFirstResponse;
		this.transitions = List.copyOf(transitions);
	}

	public long getAgeDays() {
		return ageDays;
	}

	public Instant getFirstResponseAt() {
		return firstResponseAt;
	}

	/** Null for anonymous items: their creation time is kept to the day only, so the hours are unknowable. */
	public Long getHoursToFirstResponse() {
		return hoursToFirstResponse;
	}

	/** Calendar days (UTC) from the day of creation to the day of the first response; 0 for the same day. */
	public Long getDaysToFirstResponse() {
		return daysToFirstResponse;
	}

	public List<TransitionView> getTransitions() {
		return transitions;
	}

}
