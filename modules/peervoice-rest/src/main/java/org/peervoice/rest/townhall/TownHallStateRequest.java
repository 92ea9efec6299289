package org.peervoice.rest.townhall;

import org.peervoice.core.townhall.TownHallState;

/** The body of {@code POST /town-halls/{id}/state}. */
public final class TownHallStateRequest {

	private TownHallState state;

	TownHallStateRequest() {
	}

	public TownHallState getState() {
		return state;
	}

}
