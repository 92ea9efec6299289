package org.peervoice.rest.notification;

import java.util.List;

/** The body of {@code POST /notifications/read}. */
public final class MarkReadRequest {

	private List<String> ids;

	MarkReadRequest() {
	}

	public List<String> getIds() {
		return ids;
	}

}
