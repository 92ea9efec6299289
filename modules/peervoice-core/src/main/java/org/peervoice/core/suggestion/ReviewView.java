package org.peervoice.core.suggestion;

import java.time.Instant;
import java.util.List;

import org.peervoice.core.privacy.PrivacyWarning;

/**
 * What only reviewers see about an item: its age, time to first response, its transitions, and what the privacy
 * screen finds in its current text (computed on each read, never stored).
 */
public final class ReviewView {

	private final long ageDays;
	private final Instant firstResponseAt;
	private final Long hoursToFirstResponse;
	private final Long daysToFirstResponse;
	private final List<TransitionView> transitions;
	private final List<PrivacyWarning> privacyFindings;
	private final boolean writerReplied;

	ReviewView(long ageDays, Instant firstResponseAt, Long hoursToFirstResponse, Long daysToFirstResponse, List<TransitionView> transitions,
			List<PrivacyWarning> privacyFindings, boolean writerReplied) {
		this.writerReplied = writerReplied;
		this.ageDays = ageDays;
		this.firstResponseAt = firstResponseAt;
		this.hoursToFirstResponse = hoursToFirstResponse;
		this.daysToFirstResponse = daysToFirstResponse;
		this.transitions = List.copyOf(transitions);
		this.privacyFindings = List.copyOf(privacyFindings);
	}

	/** Whether the writer wrote in the thread after the last message this reviewer has read there (once mixed). */
	public boolean isWriterReplied() {
		return writerReplied;
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

	/** The screen's findings in the title and body as they are now, with their offsets; empty once redacted clean. */
	public List<PrivacyWarning> getPrivacyFindings() {
		return privacyFindings;
	}

}
