package org.peervoice.core.champion;

import java.util.EnumMap;
import java.util.Map;

/** How many directory listings match a query, and each facet value's count (each facet without its own filter). */
final class DirectoryCounts {

	private final long total;
	private final long beforeCategoryAndLetter;
	private final Map<DirectoryFacet, Map<String, Long>> facets;

	DirectoryCounts(long total, long beforeCategoryAndLetter, Map<DirectoryFacet, Map<String, Long>> facets) {
		this.total = total;
		this.beforeCategoryAndLetter = beforeCategoryAndLetter;
		this.facets = new EnumMap<>(facets);
	}

	long total() {
		return total;
	}

	/**
	 * How many listings match the query's words and list facets alone, before its category and letter narrow them: about
	 * how many rows the database reads to find the matches when it starts from the words' or the facets' index.
	 */
	long beforeCategoryAndLetter() {
		return beforeCategoryAndLetter;
	}

	/** The facet's values and counts, none if it has none. */
	Map<String, Long> facet(DirectoryFacet facet) {
		return facets.getOrDefault(facet, Map.of());
	}

}
