package org.peervoice.core.champion;

import java.util.List;
import java.util.Locale;

import org.peervoice.core.kernel.UserText;

/**
 * The columns a listing is found, ordered and filed by in the database, derived from what its owner wrote: the folded
 * text of every searchable field ({@link SearchFolding#fold}), the name's collation key and A–Z letter in English and
 * in Spanish. A listing computes them on every write; the V6 migration computes them once for the rows before it.
 */
public final class ChampionSearchKeys {

	/** Column lengths (V6__champion_search.sql). */
	static final int SEARCH_TEXT_COLUMN = 2600;
	static final int SORT_KEY_COLUMN = 400;
	static final int INITIAL_COLUMN = 8;

	private final String searchText;
	private final String sortKeyEn;
	private final String sortKeyEs;
	private final String initialEn;
	private final String initialEs;

	private ChampionSearchKeys(String searchText, String sortKeyEn, String sortKeyEs, String initialEn, String initialEs) {
		this.searchText = searchText;
		this.sortKeyEn = sortKeyEn;
		this.sortKeyEs = sortKeyEs;
		this.initialEn = initialEn;
		this.initialEs = initialEs;
	}

	public static ChampionSearchKeys of(String displayName, String title, String role, List<String> programs, List<String> languages,
		List<String> expertise) {
		String text = SearchFolding.fold(String.join("\n", displayName, title, role, String.join("\n", programs),
			String.join("\n", expertise), String.join("\n", languages)));
		return new ChampionSearchKeys(UserText.cut(text, SEARCH_TEXT_COLUMN),
			SearchFolding.sortKey(displayName, SearchFolding.ENGLISH, SORT_KEY_COLUMN),
			SearchFolding.sortKey(displayName, SearchFolding.SPANISH, SORT_KEY_COLUMN),
			UserText.cut(SearchFolding.initialOf(displayName, SearchFolding.ENGLISH), INITIAL_COLUMN),
			UserText.cut(SearchFolding.initialOf(displayName, SearchFolding.SPANISH), INITIAL_COLUMN));
	}

	/** The keys of a listing as stored: lists as lines, as in {@code PV_CHAMPION_LISTING}. */
	public static ChampionSearchKeys ofStored(String displayName, String title, String role, String programs, String languages,
		String expertise) {
		return of(displayName, title, role, ChampionListing.lines(programs), ChampionListing.lines(languages),
			ChampionListing.lines(expertise));
	}

	static boolean isSpanish(Locale locale) {
		return "es".equals(locale.getLanguage());
	}

	public String getSearchText() {
		return searchText;
	}

	public String getSortKeyEn() {
		return sortKeyEn;
	}

	public String getSortKeyEs() {
		return sortKeyEs;
	}

	public String getInitialEn() {
		return initialEn;
	}

	public String getInitialEs() {
		return initialEs;
	}

}
