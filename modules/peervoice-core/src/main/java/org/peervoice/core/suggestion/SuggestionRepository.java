package org.peervoice.core.suggestion;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Scope;

/** Suggestions with their responses, transitions, private thread and votes. */
interface SuggestionRepository {

	Optional<Suggestion> find(String id);

	/**
	 * Finds a suggestion and locks its row until the unit of work ends, so that votes on one
	 * suggestion are added, removed and counted one after another (see {@link #recountVotes}).
	 */
	Optional<Suggestion> findForVoting(String id);

	Optional<Suggestion> findByReceiptLocator(String locator);

	void store(Suggestion suggestion);

	/** One page of a site's suggestions, each with its stored vote count; {@code authorKey} is used by the MINE view only. */
	List<Suggestion> list(Scope scope, SuggestionQuery query, String authorKey, PageRequest page);

	long count(Scope scope, SuggestionQuery query, String authorKey);

	/** Writes pending changes now, so a stale version is a {@code Conflict} here rather than at commit. */
	void flush();

	void addResponse(SuggestionResponse response);

	/** The responses of each of these suggestions, oldest first; a suggestion without any is missing from the map. */
	Map<String, List<SuggestionResponse>> responsesOf(Collection<String> suggestionIds);

	void addTransition(SuggestionTransition transition);

	/** The transitions of each of these suggestions, oldest first; a suggestion without any is missing from the map. */
	Map<String, List<SuggestionTransition>> transitionsOf(Collection<String> suggestionIds);

	void addMessage(SuggestionMessage message);

	List<SuggestionMessage> messagesOf(String suggestionId);

	boolean hasVote(String suggestionId, String voterHash);

	/** Which of these suggestions (id to the caller's voter hash in its site) hold the caller's vote. */
	Set<String> votedAmong(Map<String, String> voterHashBySuggestionId);

	/** @throws org.peervoice.core.kernel.Conflict when this voter already voted (the unique constraint decides) */
	void addVote(SuggestionVote vote);

	boolean removeVote(String suggestionId, String voterHash);

	/**
	 * Sets the suggestion's stored vote count to the number of its vote rows, counted by the
	 * database in one statement, without touching its version; then reloads the entity.
	 * Call it after {@link #addVote} or {@link #removeVote} on a suggestion found {@link #findForVoting}.
	 */
	void recountVotes(Suggestion suggestion);

	Optional<SiteSuggestionSettings> settingsOf(Scope scope);

	/** @throws org.peervoice.core.kernel.Conflict when another request created the site's settings meanwhile */
	void addSettings(SiteSuggestionSettings settings);

}
