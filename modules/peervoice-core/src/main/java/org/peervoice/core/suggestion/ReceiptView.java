package org.peervoice.core.suggestion;

import java.util.List;

/** What a receipt holder sees: the suggestion and its private thread. */
public final class ReceiptView {

	private final SuggestionView suggestion;
	private final List<ThreadMessageView> thread;

	ReceiptView(SuggestionView suggestion, List<ThreadMessageView> thread) {
		this.suggestion = suggestion;
		this.thread = List.copyOf(thread);
	}

	public SuggestionView getSuggestion() {
		return suggestion;
	}

	public List<ThreadMessageView> getThread() {
		return thread;
	}

}
