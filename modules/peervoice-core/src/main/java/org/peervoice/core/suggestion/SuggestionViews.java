package org.peervoice.core.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.privacy.PrivacyScreen;
import org.peervoice.core.privacy.PrivacyWarning;

/** Builds what a caller sees of suggestions (the read models), shared by the suggestion use cases. */
final class SuggestionViews {

	private final SuggestionRepository suggestions;
	private final AnonymousWriting anonymity;
	private final PrivacyScreen privacyScreen;
	private final Clock clock;

	SuggestionViews(SuggestionRepository suggestions, AnonymousWriting anonymity, PrivacyScreen privacyScreen, Clock clock) {
		this.suggestions = suggestions;
		this.anonymity = anonymity;
		this.privacyScreen = privacyScreen;
		this.clock = clock;
	}

	SuggestionView view(Actor actor, Suggestion suggestion) {
		return view(actor, suggestion, null);
	}

	/** @param receipt the receipt to show once, on the writer's own new anonymous item; otherwise {@code null} */
	SuggestionView view(Actor actor, Suggestion suggestion, String receipt) {
		return views(actor, List.of(suggestion), receipt).get(0);
	}

	List<SuggestionView> views(Actor actor, List<Suggestion> page) {
		return views(actor, page, null);
	}

	// A fixed number of queries per page, whatever its size: the vote counts, the caller's votes, the responses and
	// (for reviewers) the transitions of all its items at once. Counts are live: the stored one waits for the mixing.
	private List<SuggestionView> views(Actor actor, List<Suggestion> page, String receipt) {
		if (page.isEmpty()) {
			return Collections.emptyList();
		}
		List<String> ids = page.stream().map(Suggestion::id).collect(Collectors.toList());
		Optional<String> userKey = actor.userKey();
		Set<String> votedByMe = userKey.isPresent() ? votedBy(userKey.get(), page) : Collections.emptySet();
		Map<String, Long> voteCounts = suggestions.voteCounts(ids);
		Map<String, List<SuggestionResponse>> responses = suggestions.responsesOf(ids);
		boolean reviewer = actor.can(Permission.REVIEW);
		Map<String, List<SuggestionTransition>> transitions = reviewer ? suggestions.transitionsOf(ids) : Collections.emptyMap();
		Set<String> writerReplied = reviewer && userKey.isPresent() ? suggestions.withUnreadWriterReplies(userKey.get(), ids) : Collections.emptySet();
		Set<String> originIds = page.stream().map(Suggestion::origin).filter(origin -> origin != null).collect(Collectors.toSet());
		Map<String, OriginView> origins = originIds.isEmpty() ? Collections.emptyMap() : suggestions.originsOf(originIds);
		List<SuggestionView> views = new ArrayList<>(page.size());
		for (Suggestion suggestion : page) {
			String id = suggestion.id();
			VoteTally votes = new VoteTally(voteCounts.getOrDefault(id, 0L), votedByMe.contains(id));
			boolean mine = userKey.isPresent() && suggestion.isWrittenBy(userKey.get());
			List<ResponseView> responseViews = responses.getOrDefault(id, Collections.emptyList()).stream()
				.map(SuggestionResponse::view)
				.collect(Collectors.toList());
			List<SuggestionStatus> allowed = actor.can(Permission.RESPOND) ? suggestion.status().reviewerTransitions() : Collections.emptyList();
			ReviewView review = reviewer ? review(suggestion, transitions.getOrDefault(id, Collections.emptyList()), writerReplied.contains(id)) : null;
			views.add(new SuggestionView(suggestion, votes, mine, responseViews, allowed, review, receipt)
				.withOrigin(suggestion.origin() == null ? null : origins.get(suggestion.origin())));
		}
		return views;
	}

	// One query per possible form of the caller's votes (one per listed secret, and its pre-version-2 form).
	private Set<String> votedBy(String userKey, List<Suggestion> page) {
		List<Map<String, String>> forms = new ArrayList<>();
		for (Suggestion suggestion : page) {
			int form = 0;
			for (String candidate : anonymity.voterHashesIfConfigured(suggestion.companyId(), suggestion.siteId(), suggestion.id(), userKey)) {
				if (forms.size() == form) {
					forms.add(new LinkedHashMap<>());
				}
				forms.get(form++).put(suggestion.id(), candidate);
			}
		}
		Set<String> votedByMe = new HashSet<>();
		for (Map<String, String> form : forms) {
			votedByMe.addAll(suggestions.votedAmong(form));
		}
		return votedByMe;
	}

	private ReviewView review(Suggestion suggestion, List<SuggestionTransition> transitions, boolean writerReplied) {
		Instant created = suggestion.createdAt();
		long ageDays = Math.max(0, Duration.between(created, clock.instant()).toDays());
		Instant firstResponse = suggestion.firstResponseAt();
		Long hours = firstResponse == null || suggestion.isAnonymous() ? null : Math.max(0, Duration.between(created, firstResponse).toHours());
		Long days = firstResponse == null ? null
			: Math.max(0, ChronoUnit.DAYS.between(created.truncatedTo(ChronoUnit.DAYS), firstResponse.truncatedTo(ChronoUnit.DAYS)));
		List<PrivacyWarning> findings = privacyScreen.screen(titleAndBody(suggestion.title(), suggestion.body()));
		return new ReviewView(ageDays, firstResponse, hours, days, transitions.stream().map(SuggestionTransition::view).collect(Collectors.toList()),
			findings, writerReplied);
	}

	static Map<String, String> titleAndBody(String title, String body) {
		Map<String, String> text = new LinkedHashMap<>();
		text.put("title", title);
		text.put("body", body);
		return text;
	}

}
