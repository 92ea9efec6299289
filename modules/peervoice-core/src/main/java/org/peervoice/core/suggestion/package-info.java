/**
 * The Peer-Voice Suggestion Box: staff post suggestions (optionally anonymously), leadership
 * reviews, asks follow-up questions, responds and closes the loop in public. Holds the
 * entities, their repository, the workflow and the {@link org.peervoice.core.suggestion.SuggestionService}
 * use cases, and the immutable views the REST layer serializes. No web, host or JPA-provider code here.
 */
package org.peervoice.core.suggestion;
