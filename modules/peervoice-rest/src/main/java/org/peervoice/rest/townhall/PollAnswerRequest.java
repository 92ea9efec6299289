package org.peervoice.rest.townhall;

import java.util.List;

/** The body of {@code PUT /town-hall-polls/{id}/response}: the chosen option indexes. */
public final class PollAnswerRequest {

	private List<Integer> choices;

	PollAnswerRequest() {
	}

	public List<Integer> getChoices() {
		return choices;
	}

}
