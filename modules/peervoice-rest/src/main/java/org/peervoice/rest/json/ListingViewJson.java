package org.peervoice.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Mix-in: a champion listing leaves out what this caller may not see (a contact field its owner did not show them,
 * the workflow, the consent, a pending revision) rather than sending it as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class ListingViewJson {
}
