package org.peervoice.core.recognition;

import java.util.List;

/**
 * Recognitions received per month by role group, per head, and the values used per month: the last
 * {@link RecognitionInsights#MONTHS} complete calendar months, fixed groups, no filters (docs/recognition-board.md,
 * "Equity").
 */
public final class EquityView {

	private final List<String> months;
	private final List<EquityRow> groups;
	private final List<EquityRow> values;

	EquityView(List<String> months, List<EquityRow> groups, List<EquityRow> values) {
		this.months = List.copyOf(months);
		this.groups = List.copyOf(groups);
		this.values = List.copyOf(values);
	}

	public List<String> getMonths() {
		return months;
	}

	public List<EquityRow> getGroups() {
		return groups;
	}

	public List<EquityRow> getValues() {
		return values;
	}

}
