package org.peervoice.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Mix-in: the receipt appears only in the answer to an anonymous submission, never as null. */
abstract class SuggestionViewJson {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	abstract String getReceipt();

}
