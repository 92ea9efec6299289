package org.peervoice.core.suggestion;

/**
 * Which suggestions to list: optional status and category filters, an optional sort (by
 * default newest first, and oldest first for the queue), and a view.
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

	public SuggestionQuery(SuggestionStatus status, String category, Sort sort, View view) {
		this.status = status;
		this.category = category == null || category.isBlank() ? null : category;
		this.sort = sort;
		this.view = view == null ? View.BOARD : view;
	}

	public static SuggestionQuery board() {
		return new SuggestionQuery(null, null, null, View.BOARD);
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

}
