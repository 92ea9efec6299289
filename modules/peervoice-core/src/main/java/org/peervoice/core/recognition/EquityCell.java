package org.peervoice.core.recognition;

/**
 * One cell of the equity view: how many recognitions were received, and per head of the group, or neither when the cell
 * counts fewer than {@link RecognitionInsights#SMALLEST_CELL} people (or must hide to protect a cell that does).
 */
public final class EquityCell {

	private final String month;
	private final Long received;
	private final Double perHead;

	EquityCell(String month, Long received, Double perHead) {
		this.month = month;
		this.received = received;
		this.perHead = perHead;
	}

	static EquityCell fewerThanFive(String month) {
		return new EquityCell(month, null, null);
	}

	/** The calendar month, {@code yyyy-MM} (UTC). */
	public String getMonth() {
		return month;
	}

	/** Null: "fewer than 5". */
	public Long getReceived() {
		return received;
	}

	/** Null when the cell or the group's headcount is under 5, or for values (which have no head). */
	public Double getPerHead() {
		return perHead;
	}

	public boolean isFewerThanFive() {
		return received == null;
	}

}
