package org.peervoice.core.champion;

import java.util.EnumMap;
import java.util.Map;

/** How many directory listings match a query, and each facet value's count (each facet without its own filter). */
final class DirectoryCounts {

	private final long total;
	private final Map<DirectoryFacet, Map<String, Long>> facets;

	DirectoryCounts(long total, Map<DirectoryFacet, Map<String, Long>> facets) {
		this.total = total;
		this.facets = new EnumMap<>(facets);
	}

	long total() {
		return total;
	}

	/** The facet's values and counts, none if it has none. */
	Map<String, Long> facet(DirectoryFacet facet) {
		return facets.getOrDefault(facet, Map.of());
	}

}
