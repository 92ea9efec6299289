package org.peervoice.core.recognition;

import java.util.List;

/** One role group (or one value) across the months of the equity view. */
public final class EquityRow {

	private final String name;
	private final Integer headcount;
	private final List<EquityCell> cells;

	EquityRow(String name, Integer headcount, List<EquityCell> cells) {
		this.name = name;
		this.headcount = headcount;
		this.cells = List.copyOf(cells);
	}

	/** A role group (PEER_STAFF, CLINICAL_STAFF, OTHER_STAFF, LEADERSHIP) or a value of the site. */
	public String getName() {
		return name;
	}

	/** The group's members now; null for "fewer than 5", and for values. */
	public Integer getHeadcount() {
		return headcount;
	}

	public List<EquityCell> getCells() {
		return cells;
	}

}
