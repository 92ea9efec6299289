package org.peervoice.core.notification;

/** What an event for reviewers adds to their next digest. */
public enum DigestEntry {

	/** An item entered the review queue (an anonymous one at its mixing point). */
	NEW_ITEM,
	/** A writer replied in an item's private thread (an anonymous writer's reply at its mixing point). */
	WRITER_REPLY

}
