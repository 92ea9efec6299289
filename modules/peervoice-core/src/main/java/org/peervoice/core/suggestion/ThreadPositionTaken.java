package org.peervoice.core.suggestion;

/** Two messages of one thread were stored at once and got the same position: the later one is written again. */
final class ThreadPositionTaken extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ThreadPositionTaken(Throwable cause) {
		super("Another message took this place in the thread", cause);
	}

}
