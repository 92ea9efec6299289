package org.peervoice.core.recognition;

import java.time.Instant;

/** A comment as the board shows it. */
public final class CommentView {

	private final String id;
	private final String authorName;
	private final String text;
	private final Instant createdAt;
	private final boolean mine;

	CommentView(RecognitionComment comment, String viewerKey) {
		this.id = comment.id();
		this.authorName = comment.authorName();
		this.text = comment.text();
		this.createdAt = comment.createdAt();
		this.mine = comment.authorKey().equals(viewerKey);
	}

	public String getId() {
		return id;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getText() {
		return text;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isMine() {
		return mine;
	}

}
