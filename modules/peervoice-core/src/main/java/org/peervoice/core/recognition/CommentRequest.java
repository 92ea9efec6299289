package org.peervoice.core.recognition;

/** The body of {@code POST .../recognitions/{id}/comments}: the text, and whether the writer confirms screen warnings. */
public final class CommentRequest {

	private String text;
	private boolean confirmed;

	// for the JSON reader
	private CommentRequest() {
	}

	public CommentRequest(String text, boolean confirmed) {
		this.text = text;
		this.confirmed = confirmed;
	}

	public String getText() {
		return text;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

}
