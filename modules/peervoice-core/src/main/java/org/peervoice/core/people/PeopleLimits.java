package org.peervoice.core.people;

/** The bounds of a people search; openapi.yaml repeats them. */
public final class PeopleLimits {

	/** The longest search text, in UTF-16 code units. */
	public static final int SEARCH_TEXT = 100;

	/** The most people one search returns: a picker shows a handful, never the whole staff list. */
	public static final int SEARCH_LIMIT_MAX = 20;

	public static final int SEARCH_LIMIT_DEFAULT = 10;

	private PeopleLimits() {
	}

}
