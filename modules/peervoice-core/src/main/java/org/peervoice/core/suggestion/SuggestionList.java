package org.peervoice.core.suggestion;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.peervoice.core.kernel.Page;

/** A page of suggestions with the number of items in each status under the same filters (the status filter aside). */
public final class SuggestionList {

	private final Page<SuggestionView> page;
	private final Map<SuggestionStatus, Long> statusCounts;

	public SuggestionList(Page<SuggestionView> page, Map<SuggestionStatus, Long> statusCounts) {
		this.page = page;
		Map<SuggestionStatus, Long> counts = new EnumMap<>(SuggestionStatus.class);
		for (SuggestionStatus status : SuggestionStatus.values()) {
			counts.put(status, statusCounts.getOrDefault(status, 0L));
		}
		this.statusCounts = Collections.unmodifiableMap(counts);
	}

	public Page<SuggestionView> page() {
		return page;
	}

	/** Every status, in the order of {@link SuggestionStatus}, with 0 where the list holds none. */
	public Map<SuggestionStatus, Long> statusCounts() {
		return statusCounts;
	}

}
