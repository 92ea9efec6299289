package org.peervoice.rest.townhall;

import org.peervoice.core.townhall.TownHallPoll;

/** The body of {@code POST /town-hall-polls/{id}/state}. */
public final class PollStateRequest {

	private TownHallPoll.State state;

	PollStateRequest() {
	}

	public TownHallPoll.State getState() {
		return state;
	}

}
