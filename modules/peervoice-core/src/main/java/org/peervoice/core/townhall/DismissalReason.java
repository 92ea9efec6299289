package org.peervoice.core.townhall;

/** Why moderators dismissed a question; the asker sees it, and for OTHER the moderator's text. */
public enum DismissalReason {

	OFF_TOPIC, DUPLICATE, ANSWERED_ELSEWHERE, NOT_APPROPRIATE, OTHER

}
