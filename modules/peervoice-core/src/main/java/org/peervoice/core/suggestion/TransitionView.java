package org.peervoice.core.suggestion;

import java.time.Instant;

import org.peervoice.core.kernel.Person;

/** One recorded status change: from, to, by whom (null when the writer withdrew) and when. */
public final class TransitionView {

	private final SuggestionStatus from;
	private final SuggestionStatus to;
	private final Person by;
	private final Instant at;

	TransitionView(SuggestionStatus from, SuggestionStatus to, Person by, Instant at) {
		this.from = from;
		this.to = to;
		this.by = by;
		this.at = at;
	}

	public SuggestionStatus getFrom() {
		return from;
	}

	public SuggestionStatus getTo() {
		return to;
	}

	public Person getBy() {
		return by;
	}

	public Instant getAt() {
		return at;
	}

}
