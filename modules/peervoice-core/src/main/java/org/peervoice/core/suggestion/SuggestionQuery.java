package org.peervoice.core.suggestion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Which suggestions to list: optional status and category filters, optional search words, the
 * reviewers' "needs a first response" filter, an optional sort (by default newest first, and
 * oldest first for the queue), and a view.
 */
public final class SuggestionQuery {

	public enum Sort {
		VOTES, NEWEST
	}

	public enum View {
		/** Published items, withdrawn ones excepted. */
		BOARD,
		/** The caller's own identified suggestions. */
		MINE,
		/** "You said, we did": published DONE items. */
		DONE,
		/** Everything, for reviewers (REVIEW). */
		QUEUE
	}

	private final SuggestionStatus status;
	private final String category;
	private final Sort sort;
	private final View view;
	private final List<String> searchWords;
	private final boolean needsFirstResponse;

	public SuggestionQuery(SuggestionStatus status, String category, Sort sort, View view) {
		this(status, category, sort, view, Collections.emptyList(), false);
	}

	private SuggestionQuery(SuggestionStatus status, String category, Sort sort, View view, List<String> searchWords,
		boolean needsFirstResponse) {
		this.status = status;
		this.category = category == null || category.isBlank() ? null : category;
		this.sort = sort;
		this.view = view == null ? View.BOARD : view;
		this.searchWords = searchWords;
		this.needsFirstResponse = needsFirstResponse;
	}

	public static SuggestionQuery board() {
		return new SuggestionQuery(null, null, null, View.BOARD);
	}

	/**
	 * The same query, keeping only items whose title or text holds every word of {@code text}
	 * (split at white space, compared in lower case, each word anywhere, even inside a longer word).
	 * Blank text searches nothing.
	 */
	public SuggestionQuery searching(String text) {
		return new SuggestionQuery(status, category, sort, view, words(text), needsFirstResponse);
	}

	/** The same query, keeping only live items that no reviewer has answered yet, publicly or privately. */
	public SuggestionQuery needingFirstResponse(boolean needed) {
		return new SuggestionQuery(status, category, sort, view, searchWords, needed);
	}

	/** The same query for every status: what the counts by status are taken over. */
	SuggestionQuery anyStatus() {
		return new SuggestionQuery(null, category, sort, view, searchWords, needsFirstResponse);
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		for (String word : text.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
			if (!word.isEmpty() && !words.contains(word)) {
				words.add(word);
			}
		}
		return Collections.unmodifiableList(words);
	}

	public SuggestionStatus getStatus() {
		return status;
	}

	public String getCategory() {
		return category;
	}

	/** The requested sort, or {@code null} for the view's default. */
	public Sort getSort() {
		return sort;
	}

	public View getView() {
		return view;
	}

	/** Distinct lower-case words, each of which a listed item holds in its title or text; empty when not searching. */
	public List<String> getSearchWords() {
		return searchWords;
	}

	public boolean isNeedsFirstResponse() {
		return needsFirstResponse;
	}

}
