package org.peervoice.core.champion;

/** One value of a facet and how many listings have it (counted with the other filters applied). */
public final class FacetCount {

	private final String value;
	private final long count;

	FacetCount(String value, long count) {
		this.value = value;
		this.count = count;
	}

	public String getValue() {
		return value;
	}

	public long getCount() {
		return count;
	}

}
