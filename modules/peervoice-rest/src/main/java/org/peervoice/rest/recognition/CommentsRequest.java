package org.peervoice.rest.recognition;

/** The body of {@code PUT .../recognitions/{id}/comments-off}: a recipient turns comments off or on again. */
public final class CommentsRequest {

	private boolean off;

	// for the JSON reader
	private CommentsRequest() {
	}

	public boolean isOff() {
		return off;
	}

}
