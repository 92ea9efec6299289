package org.peervoice.core.recognition;

/**
 * What one recipient allows of a recognition about them: {@code SHOWN} to everyone who may see the recognition,
 * {@code PENDING} until they approve it ("ask me first", or text that may disclose something about them), or
 * {@code HIDDEN}, which they may choose at any time. Only the recipient sees their own consent; the giver is never told.
 */
public enum Consent {
	PENDING, SHOWN, HIDDEN
}
