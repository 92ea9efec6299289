package org.peervoice.core.townhall;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the live view's timings promise together (docs/town-hall.md, "Live updates"). */
class TownHallLimitsTest {

	/** Room for the request itself: the poll's answer and the node's read of the counter. */
	private static final int REQUEST_MILLIS = 100;

	@Test
	void aChangeOnAnyNodeShowsWithinTheLiveViewsPromiseWithRoomForTheRequest() {
		assertTrue(TownHallLimits.LIVE_POLL_MILLIS + TownHallLimits.LIVE_REFRESH_MILLIS + REQUEST_MILLIS <= TownHallLimits.LIVE_SHOWN_WITHIN_MILLIS,
			"poll " + TownHallLimits.LIVE_POLL_MILLIS + " ms + node refresh " + TownHallLimits.LIVE_REFRESH_MILLIS + " ms + request "
				+ REQUEST_MILLIS + " ms > " + TownHallLimits.LIVE_SHOWN_WITHIN_MILLIS + " ms");
	}

}
