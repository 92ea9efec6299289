package org.peervoice.core.champion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
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
		return of(scope, confirmedAfter, query, leftOut, true);
	}

	/**
	 * The condition of a page. {@code wordsFromTheirIndex} false: each word is looked for in an expression of the search
	 * text ({@code CONCAT(text, '')}, the same text) that no index holds, so a database cannot start from the words'
	 * index (PostgreSQL: the trigram index of V17) and starts from the category's or the name's index instead. For words
	 * that most listings have ("peer"), a plan made without the pattern's value (a prepared statement's generic plan)
	 * still estimated few matches and read the whole directory through the trigram index before sorting.
	 */
	static DirectoryJpql page(Scope scope, Instant confirmedAfter, DirectoryQuery query, boolean wordsFromTheirIndex) {
		return of(scope, confirmedAfter, query, Set.of(), wordsFromTheirIndex);
	}

	private static DirectoryJpql of(Scope scope, Instant confirmedAfter, DirectoryQuery query, Set<DirectoryFacet> leftOut,
		boolean wordsFromTheirIndex) {
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
			conditions.add((wordsFromTheirIndex ? "l.searchText" : "CONCAT(l.searchText, '')") + " LIKE :word" + i + " ESCAPE '" + ESCAPE + "'");
			parameters.put("word" + i, "%" + escaped(words.get(i)) + "%");
		}
		if (query.category() != null && !leftOut.contains(DirectoryFacet.CATEGORY)) {
			conditions.add("l.category = :category");
			parameters.put("category", query.category());
		}
		Map<ListingFacet.Kind, String> facets = new EnumMap<>(ListingFacet.Kind.class);
		applied(facets, ListingFacet.Kind.PROGRAM, query.program(), !leftOut.contains(DirectoryFacet.PROGRAM));
		applied(facets, ListingFacet.Kind.LANGUAGE, query.language(), !leftOut.contains(DirectoryFacet.LANGUAGE));
		applied(facets, ListingFacet.Kind.EXPERTISE, query.expertise(), !leftOut.contains(DirectoryFacet.EXPERTISE));
		facets(conditions, parameters, facets);
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

	private static void applied(Map<ListingFacet.Kind, String> facets, ListingFacet.Kind kind, String value, boolean applied) {
		if (value != null && applied) {
			facets.put(kind, value);
		}
	}

	/**
	 * One facet: a subquery on the listing's own facet rows, no second PV_CHAMPION_LISTING to join. Several: the listing
	 * ids of the first facet's rows that are also among the second's (and the third's), each read from
	 * PV_CHAMPION_FACET_VALUE_IX alone, so the database fetches only the listings having them all. With one EXISTS per
	 * facet PostgreSQL read every listing of the site and semi-joined each facet (12 ms for two facets on 10,000
	 * listings against 1.2–1.9 ms this way; docs/benchmarks.md, "Two facets").
	 */
	private static void facets(List<String> conditions, Map<String, Object> parameters, Map<ListingFacet.Kind, String> facets) {
		if (facets.size() == 1) {
			Map.Entry<ListingFacet.Kind, String> only = facets.entrySet().iterator().next();
			String name = bound(parameters, only.getKey(), only.getValue());
			conditions.add("EXISTS (SELECT f.item FROM IN(l.facets) f WHERE f.kind = :" + name + "Kind AND f.item = :" + name + ")");
			return;
		}
		String intersection = null;
		List<ListingFacet.Kind> kinds = new ArrayList<>(facets.keySet());
		for (int i = kinds.size() - 1; i >= 0; i--) {
			String name = bound(parameters, kinds.get(i), facets.get(kinds.get(i)));
			String row = "r" + i;
			intersection = "SELECT " + row + ".listingId FROM ChampionFacetRow " + row + " WHERE " + row + ".kind = :" + name + "Kind AND "
				+ row + ".item = :" + name + (intersection == null ? "" : " AND " + row + ".listingId IN (" + intersection + ")");
		}
		if (intersection != null) {
			conditions.add("l.id IN (" + intersection + ")");
		}
	}

	private static String bound(Map<String, Object> parameters, ListingFacet.Kind kind, String value) {
		String name = kind.name().toLowerCase(Locale.ROOT);
		parameters.put(name + "Kind", kind);
		parameters.put(name, value);
		return name;
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
