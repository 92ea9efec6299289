package org.peervoice.rest.townhall;

import java.util.List;

/** The body of {@code POST /town-halls/{id}/questions/approve}. */
public final class BulkApprovalRequest {

	private List<String> ids;

	BulkApprovalRequest() {
	}

	public List<String> getIds() {
		return ids;
	}

}
