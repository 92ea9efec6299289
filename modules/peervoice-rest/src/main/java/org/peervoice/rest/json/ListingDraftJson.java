package org.peervoice.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Mix-in: a prefilled champion listing leaves out what the portal's profile did not give. */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class ListingDraftJson {
}
