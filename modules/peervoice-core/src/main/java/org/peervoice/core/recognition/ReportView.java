package org.peervoice.core.recognition;

import java.util.List;

/**
 * A reported recognition or comment as moderators see it: the recognition as the board shows it (no more), the
 * comment's text if a comment was reported, and the reasons given; never who reported.
 */
public final class ReportView {

	private final RecognitionView recognition;
	private final String commentId;
	private final String commentText;
	private final List<String> reasons;

	ReportView(RecognitionView recognition, String commentId, String commentText, List<String> reasons) {
		this.recognition = recognition;
		this.commentId = commentId;
		this.commentText = commentText;
		this.reasons = List.copyOf(reasons);
	}

	public RecognitionView getRecognition() {
		return recognition;
	}

	/** Null when the recognition itself was reported. */
	public String getCommentId() {
		return commentId;
	}

	public String getCommentText() {
		return commentText;
	}

	/** The reasons reporters gave (blank ones left out); their number is not the number of reporters. */
	public List<String> getReasons() {
		return reasons;
	}

}
