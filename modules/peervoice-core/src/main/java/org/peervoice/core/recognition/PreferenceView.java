package org.peervoice.core.recognition;

/**
 * A person's standing choice in a site, and the body of {@code PUT /sites/{siteId}/recognition-preference} as it is
 * read: {@code askFirst} keeps recognition about them off the board until they approve each one.
 */
public final class PreferenceView {

	private boolean askFirst;
	private boolean chosen;

	// for the JSON reader
	private PreferenceView() {
	}

	PreferenceView(boolean askFirst, boolean chosen) {
		this.askFirst = askFirst;
		this.chosen = chosen;
	}

	public static PreferenceView asking(boolean askFirst) {
		return new PreferenceView(askFirst, true);
	}

	public boolean isAskFirst() {
		return askFirst;
	}

	/** False while the person follows the site's default (which an administrator may change). */
	public boolean isChosen() {
		return chosen;
	}

}
