package org.peervoice.core.townhall;

/**
 * Where a town-hall question is: {@code PENDING} (pre-moderation) {@code → OPEN → HIGHLIGHTED} (being answered now, one
 * per town hall) {@code → ANSWERED}; from PENDING, OPEN or HIGHLIGHTED also {@code DISMISSED} or {@code MERGED}; after
 * the end OPEN {@code → TAKEN_FORWARD} (a suggestion); PENDING or OPEN {@code → WITHDRAWN} by the asker.
 */
public enum QuestionState {

	PENDING, OPEN, HIGHLIGHTED, ANSWERED, DISMISSED, MERGED, TAKEN_FORWARD, WITHDRAWN;

	/** Attendees see it and may vote for it. */
	boolean isOpen() {
		return this == OPEN || this == HIGHLIGHTED;
	}

	/** Its asker may still edit or withdraw it. */
	boolean isChangeableByAsker() {
		return this == PENDING || this == OPEN;
	}

	/** Moderators may still decide its fate. */
	boolean isUndecided() {
		return this == PENDING || this == OPEN || this == HIGHLIGHTED;
	}

}
