package org.peervoice.core.suggestion;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteSettingsStore;

/** Suggestions with their responses, transitions, private thread and votes. */
interface SuggestionRepository extends SiteSettingsStore.SettingsRows<SiteSuggestionSettings> {

	Optional<Suggestion> find(String id);

	Optional<Suggestion> findByReceiptLocator(String locator);

	void store(Suggestion suggestion);

	/**
	 * One page of a site's mixed suggestions (sorted by votes on the count stored at the last mixing);
	 * {@code authorKey} is used by the MINE view only.
	 */
	List<Suggestion> list(Scope scope, SuggestionQuery query, String authorKey, PageRequest page);

	long count(Scope scope, SuggestionQuery query, String authorKey);

	/** How many items the query finds in each status, whatever status it asks for; a status without items is missing. */
	Map<SuggestionStatus, Long> countByStatus(Scope scope, SuggestionQuery query, String authorKey);

	/** Writes pending changes now, so a stale version is a {@code Conflict} here rather than at commit. */
	@Override
	void flush();

	void addResponse(SuggestionResponse response);

	/** The responses of each of these suggestions, oldest first; a suggestion without any is missing from the map. */
	Map<String, List<SuggestionResponse>> responsesOf(Collection<String> suggestionIds);

	/** The town hall and question each of these town-hall question ids names (taken forward); unknown ids are missing. */
	default Map<String, OriginView> originsOf(Collection<String> questionIds) {
		return Map.of();
	}

	void addTransition(SuggestionTransition transition);

	/** The transitions of each of these suggestions, oldest first; a suggestion without any is missing from the map. */
	Map<String, List<SuggestionTransition>> transitionsOf(Collection<String> suggestionIds);

	/** Stores the message at the end of its thread: one position after the last (messages sent at once may share one). */
	void addMessage(SuggestionMessage message);

	/** The thread in the order it was written, unmixed messages included. */
	List<SuggestionMessage> messagesOf(String suggestionId);

	/** Which of these suggestions have a mixed writer's message placed after the last position the reader has read. */
	Set<String> withUnreadWriterReplies(String readerKey, Collection<String> suggestionIds);

	/** Records that the reader has read the thread up to this position (never moves back). */
	void markThreadRead(String suggestionId, String readerKey, int position);

	boolean hasVote(String suggestionId, String voterHash);

	/** Which of these suggestions (id to the caller's voter hash in its site) hold the caller's vote. */
	Set<String> votedAmong(Map<String, String> voterHashBySuggestionId);

	/** @throws org.peervoice.core.kernel.Conflict when this voter already voted (the unique constraint decides) */
	void addVote(SuggestionVote vote);

	boolean removeVote(String suggestionId, String voterHash);

	/** The number of vote rows of each of these suggestions, counted now; a suggestion without votes is missing. */
	Map<String, Long> voteCounts(Collection<String> suggestionIds);


}
