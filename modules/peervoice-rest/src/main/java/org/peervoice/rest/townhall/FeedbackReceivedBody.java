package org.peervoice.rest.townhall;

/** The answer to giving feedback: recorded (nothing more is said of it, not even to its giver). */
public final class FeedbackReceivedBody {

	public boolean isReceived() {
		return true;
	}

}
