package org.peervoice.core.champion;

/**
 * Who may see one contact field of a listing, as its owner chose; the owner always sees their own. Declared from the
 * widest audience to the narrowest.
 */
public enum Audience {

	/** Everyone who may view the site's directory. */
	EVERYONE,
	/** Holders of MANAGE_OWN_LISTING or APPROVE_LISTINGS. */
	CHAMPIONS_AND_LEADERSHIP,
	/** Only the owner. */
	NOBODY;

	/** The narrower of the two: whoever it admits, both admit. */
	Audience tighter(Audience other) {
		return compareTo(other) >= 0 ? this : other;
	}

	boolean admits(Viewer viewer) {
		switch (viewer) {
			case OWNER:
				return true;
			case CHAMPION_OR_LEADERSHIP:
				return this != NOBODY;
			default:
				return this == EVERYONE;
		}
	}

}
