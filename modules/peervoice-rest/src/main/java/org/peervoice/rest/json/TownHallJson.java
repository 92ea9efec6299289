package org.peervoice.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Mix-ins of the town hall's views: the receipt and the highlighted question appear only when there is one, never as null. */
final class TownHallJson {

	private TownHallJson() {
	}

	abstract static class QuestionViewJson {

		@JsonInclude(JsonInclude.Include.NON_NULL)
		abstract String getReceipt();

	}

	abstract static class LiveViewJson {

		@JsonInclude(JsonInclude.Include.NON_NULL)
		abstract Object getHighlighted();

	}

}
