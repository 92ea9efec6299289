package org.peervoice.rest.townhall;

import org.peervoice.core.townhall.TownHallState;

/** The body of {@code POST /town-halls/{id}/state}. */
public final class TownHallStateRequest {

	private TownHallState state;
	/** The version read, as an edit sends it: when given, a town hall changed since is a 409 (optimistic locking). */
	private Long version;

	TownHallStateRequest() {
	}

	public TownHallState getState() {
		return state;
	}

	public Long getVersion() {
		return version;
	}

}
