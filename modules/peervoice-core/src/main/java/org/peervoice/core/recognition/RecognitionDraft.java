package org.peervoice.core.recognition;

import java.util.List;

/**
 * What a giver sends, and the body of {@code POST /sites/{siteId}/recognitions} as it is read: the recipients' user keys
 * (from the people picker), the message, the values, where it should show, and whether the giver confirms text the
 * screen warned about.
 */
public final class RecognitionDraft {

	private List<String> recipients;
	private String message;
	private List<String> values;
	private Visibility visibility;
	private boolean confirmed;

	// for the JSON reader
	private RecognitionDraft() {
	}

	public RecognitionDraft(List<String> recipients, String message, List<String> values, Visibility visibility, boolean confirmed) {
		this.recipients = recipients;
		this.message = message;
		this.values = values;
		this.visibility = visibility;
		this.confirmed = confirmed;
	}

	public List<String> getRecipients() {
		return recipients;
	}

	public String getMessage() {
		return message;
	}

	public List<String> getValues() {
		return values;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

}
