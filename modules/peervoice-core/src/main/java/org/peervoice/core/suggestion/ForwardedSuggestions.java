package org.peervoice.core.suggestion;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * The suggestion box as another capability uses it inside its own unit of work: the site's categories (a town hall's
 * topics), and items taken forward into the box (a town-hall question that becomes a suggestion, linked both ways, so
 * its outcome shows in "you said, we did").
 */
public final class ForwardedSuggestions {

	private final UnitOfWork unitOfWork;
	private final JpaSuggestionRepository suggestions;

	public ForwardedSuggestions(UnitOfWork unitOfWork) {
		this.unitOfWork = unitOfWork;
		this.suggestions = new JpaSuggestionRepository(unitOfWork);
	}

	/** Whether the key names a category of the site's box that is not retired. */
	public boolean isCategory(Scope site, String key) {
		return SuggestionSettingsService.current(suggestions, site).hasCategory(key);
	}

	/** The site's first category still in use, for an item without a topic. */
	public Optional<String> firstCategory(Scope site) {
		return SuggestionSettingsService.current(suggestions, site).getCategories().stream()
			.filter(category -> !category.isRetired()).map(Category::getKey).findFirst();
	}

	/**
	 * A new published suggestion in {@code status} (PLANNED or UNDER_REVIEW), moved there by the moderator, with its
	 * origin's id.
	 *
	 * @param authorKey the named asker, or null to post it anonymously
	 * @return the suggestion's id
	 */
	public String takeForward(Actor moderator, String title, String body, String category, String authorKey, String authorName,
		SuggestionStatus status, String origin, Instant now) {
		if (status != SuggestionStatus.PLANNED && status != SuggestionStatus.UNDER_REVIEW) {
			throw new IllegalArgumentException("Taken forward as PLANNED or UNDER_REVIEW only");
		}
		Suggestion suggestion = Suggestion.forwarded(moderator.scope(), title, body, category, authorKey, authorName, status, origin, now);
		suggestions.store(suggestion);
		suggestions.addTransition(SuggestionTransition.byReviewer(suggestion.id(), SuggestionStatus.SUBMITTED, status,
			moderator.userKey().orElse(""), moderator.displayName(), now));
		suggestions.flush();
		return suggestion.id();
	}

	/** The current status of each of these suggestions that still exists. */
	public Map<String, SuggestionStatus> statuses(Collection<String> ids) {
		Map<String, SuggestionStatus> found = new HashMap<>();
		for (String id : ids) {
			unitOfWork.find(Suggestion.class, id).ifPresent(suggestion -> found.put(id, suggestion.status()));
		}
		return found;
	}

}
