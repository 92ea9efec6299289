package org.peervoice.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Mix-in of the recognition board's views: what a viewer is not told (another recipient's choice, a moderation reason)
 * is left out rather than sent as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class RecognitionJson {
}
