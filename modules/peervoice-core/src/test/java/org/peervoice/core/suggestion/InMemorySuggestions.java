package org.peervoice.core.suggestion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Scope;

/** The suggestion repository in memory, for unit tests of the use cases (no sorting, filtering or mixing). */
final class InMemorySuggestions implements SuggestionRepository {

	final Map<String, Suggestion> suggestions = new LinkedHashMap<>();
	final List<SuggestionResponse> responses = new ArrayList<>();
	final List<SuggestionTransition> transitions = new ArrayList<>();
	final List<SuggestionMessage> messages = new ArrayList<>();
	final List<SuggestionVote> votes = new ArrayList<>();
	final Map<Scope, SiteSuggestionSettings> settings = new HashMap<>();
	int receiptLookUps;

	@Override
	public Optional<Suggestion> find(String id) {
		return Optional.ofNullable(suggestions.get(id));
	}

	@Override
	public Optional<Suggestion> findByReceiptLocator(String locator) {
		receiptLookUps++;
		return suggestions.values().stream().filter(suggestion -> locator.equals(suggestion.receiptLocator())).findFirst();
	}

	@Override
	public void store(Suggestion suggestion) {
		suggestions.put(suggestion.id(), suggestion);
	}

	@Override
	public List<Suggestion> list(Scope scope, SuggestionQuery query, String authorKey, PageRequest page) {
		return inScope(scope, authorKey);
	}

	@Override
	public long count(Scope scope, SuggestionQuery query, String authorKey) {
		return inScope(scope, authorKey).size();
	}

	@Override
	public Map<SuggestionStatus, Long> countByStatus(Scope scope, SuggestionQuery query, String authorKey) {
		return inScope(scope, authorKey).stream().collect(Collectors.groupingBy(Suggestion::status, Collectors.counting()));
	}

	private List<Suggestion> inScope(Scope scope, String authorKey) {
		return suggestions.values().stream()
			.filter(suggestion -> suggestion.scope().equals(scope) && suggestion.isMixed())
			.filter(suggestion -> authorKey == null || suggestion.isWrittenBy(authorKey))
			.collect(Collectors.toList());
	}

	@Override
	public void flush() {
	}

	@Override
	public void addResponse(SuggestionResponse response) {
		responses.add(response);
	}

	@Override
	public Map<String, List<SuggestionResponse>> responsesOf(Collection<String> suggestionIds) {
		return responses.stream().filter(response -> suggestionIds.contains(response.suggestionId()))
			.collect(Collectors.groupingBy(SuggestionResponse::suggestionId));
	}

	@Override
	public void addTransition(SuggestionTransition transition) {
		transitions.add(transition);
	}

	@Override
	public Map<String, List<SuggestionTransition>> transitionsOf(Collection<String> suggestionIds) {
		return transitions.stream().filter(transition -> suggestionIds.contains(transition.suggestionId()))
			.collect(Collectors.groupingBy(SuggestionTransition::suggestionId));
	}

	@Override
	public void addMessage(SuggestionMessage message) {
		List<SuggestionMessage> thread = messagesOf(message.suggestionId());
		int placed = (int) thread.stream().filter(SuggestionMessage::isPlaced).count();
		message.placeAfter(placed, placed - thread.size());
		messages.add(message);
	}

	@Override
	public List<SuggestionMessage> messagesOf(String suggestionId) {
		return messages.stream().filter(message -> message.suggestionId().equals(suggestionId)).collect(Collectors.toList());
	}

	final Map<String, Integer> reads = new HashMap<>();

	@Override
	public Set<String> withUnreadWriterReplies(String readerKey, Collection<String> suggestionIds) {
		return messages.stream()
			.filter(message -> suggestionIds.contains(message.suggestionId()) && message.isFromWriter() && message.isMixed() && message.isPlaced())
			.filter(message -> message.position() > reads.getOrDefault(message.suggestionId() + "/" + readerKey, 0))
			.map(SuggestionMessage::suggestionId)
			.collect(Collectors.toSet());
	}

	@Override
	public void markThreadRead(String suggestionId, String readerKey, int position) {
		reads.merge(suggestionId + "/" + readerKey, position, Math::max);
	}

	@Override
	public boolean hasVote(String suggestionId, String voterHash) {
		return votes.stream().anyMatch(vote -> vote.suggestionId().equals(suggestionId) && vote.voterHash().equals(voterHash));
	}

	@Override
	public Set<String> votedAmong(Map<String, String> voterHashBySuggestionId) {
		return voterHashBySuggestionId.entrySet().stream()
			.filter(entry -> hasVote(entry.getKey(), entry.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	@Override
	public void addVote(SuggestionVote vote) {
		if (hasVote(vote.suggestionId(), vote.voterHash())) {
			throw new Conflict("You already voted for this suggestion.");
		}
		votes.add(vote);
	}

	@Override
	public boolean removeVote(String suggestionId, String voterHash) {
		return votes.removeIf(vote -> vote.suggestionId().equals(suggestionId) && vote.voterHash().equals(voterHash));
	}

	@Override
	public Map<String, Long> voteCounts(Collection<String> suggestionIds) {
		return votes.stream().filter(vote -> suggestionIds.contains(vote.suggestionId()))
			.collect(Collectors.groupingBy(SuggestionVote::suggestionId, Collectors.counting()));
	}

	@Override
	public Optional<SiteSuggestionSettings> settingsOf(Scope scope) {
		return Optional.ofNullable(settings.get(scope));
	}

	@Override
	public void addSettings(SiteSuggestionSettings siteSettings) {
		settings.put(siteSettings.scope(), siteSettings);
	}

}
