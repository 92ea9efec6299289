package org.peervoice.core.recognition;

/**
 * A recipient as one viewer may see them: a name, and for the recipient themselves their consent and comment choice
 * (null for everyone else: nobody learns another recipient's choice).
 */
public final class RecipientView {

	private final String name;
	private final boolean me;
	private final Consent consent;
	private final Boolean commentsOff;

	RecipientView(String name, boolean me, Consent consent, Boolean commentsOff) {
		this.name = name;
		this.me = me;
		this.consent = consent;
		this.commentsOff = commentsOff;
	}

	public String getName() {
		return name;
	}

	public boolean isMe() {
		return me;
	}

	public Consent getConsent() {
		return consent;
	}

	public Boolean getCommentsOff() {
		return commentsOff;
	}

}
