package org.peervoice.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Mix-in: the receipt appears only in the answer to an anonymous submission, never as null; the origin only on a
 * suggestion taken forward from a town-hall question.
 */
abstract class SuggestionViewJson {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	abstract String getReceipt();

	@JsonInclude(JsonInclude.Include.NON_NULL)
	abstract Object getOrigin();

}
