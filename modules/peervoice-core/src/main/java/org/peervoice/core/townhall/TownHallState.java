package org.peervoice.core.townhall;

import java.util.List;

/** {@code DRAFT → SCHEDULED} (published; questions open) {@code → LIVE → ENDED → ARCHIVED}, one step at a time. */
public enum TownHallState {

	DRAFT, SCHEDULED, LIVE, ENDED, ARCHIVED;

	/** The one state this one may move to, none for ARCHIVED. */
	public List<TownHallState> next() {
		return this == ARCHIVED ? List.of() : List.of(values()[ordinal() + 1]);
	}

	/** Whether the meeting is over (its follow-up may begin). */
	public boolean isOver() {
		return this == ENDED || this == ARCHIVED;
	}

}
