/**
 * The Peer-Voice Suggestion Box: staff post suggestions (optionally anonymously), leadership
 * reviews, asks follow-up questions, responds and closes the loop in public. Holds the
 * entities, their repository, the workflow, the use cases ({@link org.peervoice.core.suggestion.SuggestionBoard},
 * {@link org.peervoice.core.suggestion.SuggestionReview}, {@link org.peervoice.core.suggestion.SuggestionThreads},
 * {@link org.peervoice.core.suggestion.SuggestionReceipts}, {@link org.peervoice.core.suggestion.SuggestionSettingsService})
 * and the immutable views the REST layer serializes. Anonymous writing goes through
 * {@link org.peervoice.core.anonymity.AnonymousWriting}. No web, host or JPA-provider code here.
 */
package org.peervoice.core.suggestion;
