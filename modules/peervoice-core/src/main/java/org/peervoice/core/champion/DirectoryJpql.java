package org.peervoice.core.champion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.TypedQuery;

import org.peervoice.core.kernel.Scope;

/**
 * The JPQL condition of a directory query: the site's published listings confirmed in time, each search word somewhere
 * in the folded search text, and the facet filters; optionally without one facet's own filter, to count that facet.
 * Values are always parameters; words are LIKE patterns with their wildcards escaped.
 */
final class DirectoryJpql {

	private static final char ESCAPE = '!';

	private final String condition;
	private final Map<String, Object> parameters;

	private DirectoryJpql(String condition, Map<String, Object> parameters) {
		this.condition = condition;
		this.parameters = parameters;
	}

	static DirectoryJpql of(Scope scope, Instant confirmedAfter, DirectoryQuery query, DirectoryFacet leftOut) {
		return without(scope, confirmedAfter, query, leftOut == null ? Set.of() : Set.of(leftOut));
	}

	/** The condition without the filters of the facets {@code leftOut}. */
	static DirectoryJpql without(Scope scope, Instant confirmedAfter, DirectoryQuery query, Set<DirectoryFacet> leftOut) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		conditions.add("l.companyId = :companyId AND l.siteId = :siteId AND l.stage = :stage AND l.status = :status"
			+ " AND l.lastConfirmedAt > :confirmedAfter");
		parameters.put("companyId", scope.companyId());
		parameters.put("siteId", scope.siteId());
		parameters.put("stage", ChampionListing.Stage.CURRENT);
		parameters.put("status", ListingStatus.PUBLISHED);
		parameters.put("confirmedAfter", confirmedAfter);
		List<String> words = words(query.text());
		for (int i = 0; i < words.size(); i++) {
			conditions.add("l.searchText LIKE :word" + i + " ESCAPE '" + ESCAPE + "'");
			parameters.put("word" + i, "%" + escaped(words.get(i)) + "%");
		}
		if (query.category() != null && !leftOut.contains(DirectoryFacet.CATEGORY)) {
			conditions.add("l.category = :category");
			parameters.put("category", query.category());
		}
		facet(conditions, parameters, ListingFacet.Kind.PROGRAM, query.program(), !leftOut.contains(DirectoryFacet.PROGRAM));
		facet(conditions, parameters, ListingFacet.Kind.LANGUAGE, query.language(), !leftOut.contains(DirectoryFacet.LANGUAGE));
		facet(conditions, parameters, ListingFacet.Kind.EXPERTISE, query.expertise(), !leftOut.contains(DirectoryFacet.EXPERTISE));
		if (query.letter() != null && !leftOut.contains(DirectoryFacet.LETTER)) {
			conditions.add((ChampionSearchKeys.isSpanish(query.locale()) ? "l.initialEs" : "l.initialEn") + " = :letter");
			parameters.put("letter", query.letter());
		}
		return new DirectoryJpql(String.join(" AND ", conditions), parameters);
	}

	/** The query's words as the search text holds them (folded), none for no text. */
	static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		String folded = SearchFolding.fold(text).trim();
		return folded.isEmpty() ? List.of() : List.of(folded.split("\\s+"));
	}

	private static void facet(List<String> conditions, Map<String, Object> parameters, ListingFacet.Kind kind, String value,
		boolean applied) {
		if (value == null || !applied) {
			return;
		}
		String name = kind.name().toLowerCase(Locale.ROOT);
		// a subquery on the listing's own facet rows: no second PV_CHAMPION_LISTING to join (PV_CHAMPION_FACET_VALUE_IX)
		conditions.add("EXISTS (SELECT f.item FROM IN(l.facets) f WHERE f.kind = :" + name + "Kind AND f.item = :" + name + ")");
		parameters.put(name + "Kind", kind);
		parameters.put(name, value);
	}

	private static String escaped(String word) {
		StringBuilder pattern = new StringBuilder(word.length());
		for (char c : word.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				pattern.append(ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.toString();
	}

	String condition() {
		return condition;
	}

	<T> TypedQuery<T> bind(TypedQuery<T> query) {
		parameters.forEach(query::setParameter);
		return query;
	}

}
