package org.peervoice.core.suggestion;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.notification.DigestPeriod;
import org.peervoice.core.notification.ItemTitles;

/** What the suggestion box gives the notifications: each site's digest period, and its items' current titles. */
public final class SuggestionNotifications {

	private SuggestionNotifications() {
	}

	public static DigestPeriod digestPeriod(UnitOfWork unitOfWork) {
		JpaSuggestionRepository suggestions = new JpaSuggestionRepository(unitOfWork);
		return site -> Duration.ofMinutes(suggestions.settingsOf(site).map(SiteSuggestionSettings::settings)
			.orElseGet(SuggestionSettings::defaults).getDigestPeriodMinutes());
	}

	/** Titles of identified items only: a notification with a title is about its recipient's own item. */
	public static ItemTitles titles(UnitOfWork unitOfWork) {
		JpaSuggestionRepository suggestions = new JpaSuggestionRepository(unitOfWork);
		return itemIds -> titlesOf(suggestions, itemIds);
	}

	static Map<String, String> titlesOf(SuggestionRepository suggestions, Collection<String> itemIds) {
		Map<String, String> titles = new LinkedHashMap<>();
		for (String id : itemIds) {
			suggestions.find(id).filter(suggestion -> !suggestion.isAnonymous()).ifPresent(suggestion -> titles.put(id, suggestion.title()));
		}
		return titles;
	}

}
