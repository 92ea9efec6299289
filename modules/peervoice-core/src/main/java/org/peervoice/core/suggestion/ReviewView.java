package org.peervoice.core.suggestion;

import java.time.Instant;
import java.util.List;

/** What only reviewers see about an item: its age, time to first response, and its transitions. */
public final class ReviewView {

	private final long ageDays;
	private final Instant firstResponseAt;
	private final Long hoursToFirstResponse;
	private final List<TransitionView> transitions;

	ReviewView(long ageDays, Instant firstResponseAt, Long hoursToFirstResponse, List<TransitionView> transitions) {
		this.ageDays = ageDays;
		this.firstResponseAt = firstResponseAt;
		this.hoursToFirstResponse = hoursToFirstResponse;
		this.transitions = List.copyOf(transitions);
	}

	public long getAgeDays() {
		return ageDays;
	}

	public Instant getFirstResponseAt() {
		return firstResponseAt;
	}

	public Long getHoursToFirstResponse() {
		return hoursToFirstResponse;
	}

	public List<TransitionView> getTransitions() {
		return transitions;
	}

}
