package org.peervoice.core.suggestion;

import java.util.List;

/**
 * What a receipt holder sees: the suggestion and its private thread, all of it at once, and
 * whether some of it still waits for the mixing before reviewers see it.
 */
public final class ReceiptView {

	private final SuggestionView suggestion;
	private final List<ThreadMessageView> thread;
	private final Long deliveredWithinMinutes;

	ReceiptView(SuggestionView suggestion, List<ThreadMessageView> thread, Long deliveredWithinMinutes) {
		this.suggestion = suggestion;
		this.thread = List.copyOf(thread);
		this.deliveredWithinMinutes = deliveredWithinMinutes;
	}

	public SuggestionView getSuggestion() {
		return suggestion;
	}

	public List<ThreadMessageView> getThread() {
		return thread;
	}

	/**
	 * {@code null} once reviewers see everything the writer did; otherwise the minutes within which
	 * they will (the site's next mixing).
	 */
	public Long getDeliveredWithinMinutes() {
		return deliveredWithinMinutes;
	}

}
