package org.peervoice.core.suggestion;

import java.util.List;
import java.util.Optional;

import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Scope;

/** Suggestions with their responses, transitions, private thread and votes. */
interface SuggestionRepository {

	Optional<Suggestion> find(String id);

	Optional<Suggestion> findByReceiptLocator(String locator);

	void store(Suggestion suggestion);

	/** One page of a site's suggestions; {@code authorKey} is used by the MINE view only. */
	List<Suggestion> list(Scope scope, SuggestionQuery query, String authorKey, PageRequest page);

	long count(Scope scope, SuggestionQuery query, String authorKey);

	/** Writes pending changes now, so a stale version is a {@code Conflict} here rather than at commit. */
	void flush();

	void addResponse(SuggestionResponse response);

	List<SuggestionResponse> responsesOf(String suggestionId);

	void addTransition(SuggestionTransition transition);

	List<SuggestionTransition> transitionsOf(String suggestionId);

	void addMessage(SuggestionMessage message);

	List<SuggestionMessage> messagesOf(String suggestionId);

	long voteCount(String suggestionId);

	boolean hasVote(String suggestionId, String voterHash);

	/** @throws org.peervoice.core.kernel.Conflict when this voter already voted (the unique constraint decides) */
	void addVote(SuggestionVote vote);

	boolean removeVote(String suggestionId, String voterHash);

	Optional<SiteSuggestionSettings> settingsOf(Scope scope);

	/** @throws org.peervoice.core.kernel.Conflict when another request created the site's settings meanwhile */
	void addSettings(SiteSuggestionSettings settings);

}
