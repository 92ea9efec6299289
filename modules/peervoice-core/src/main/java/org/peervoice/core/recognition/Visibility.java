package org.peervoice.core.recognition;

/** Where the giver wants a recognition: on the site's board, or only for its recipients (and the giver). */
public enum Visibility {
	BOARD, PRIVATE
}
