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
	private final int newSinceWritersLastMessage;

	ReceiptView(SuggestionView suggestion, List<ThreadMessageView> thread, Long deliveredWithinMinutes) {
		this.suggestion = suggestion;
		this.thread = List.copyOf(thread);
		this.deliveredWithinMinutes = deliveredWithinMinutes;
		this.newSinceWritersLastMessage = newSinceWritersLastMessage(this.thread);
	}

	/**
	 * How many reviewers' messages came after the writer's own last message (after the suggestion itself when the writer
	 * has not replied): what is new for an anonymous writer, whom nobody can notify. Computed from the thread at each
	 * look-up; nothing about look-ups is stored (docs/notifications.md).
	 */
	static int newSinceWritersLastMessage(List<ThreadMessageView> thread) {
		int newer = 0;
		for (ThreadMessageView message : thread) {
			newer = SuggestionMessage.WRITER.equals(message.getFrom()) ? 0 : newer + 1;
		}
		return newer;
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

	/** The last this many messages of the thread are reviewers' messages the writer has not answered yet. */
	public int getNewSinceWritersLastMessage() {
		return newSinceWritersLastMessage;
	}

}
