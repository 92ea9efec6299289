package org.peervoice.core.townhall;

/** The body of giving feedback on a town hall, as it is read (properties are what the getters expose). */
public final class FeedbackDraft {

	private Integer rating;
	private TownHallFeedback.Answered answered;
	private String comment;
	private boolean confirmPrivacyWarnings;

	// for the JSON reader
	private FeedbackDraft() {
	}

	public FeedbackDraft(Integer rating, TownHallFeedback.Answered answered, String comment, boolean confirmPrivacyWarnings) {
		this.rating = rating;
		this.answered = answered;
		this.comment = comment;
		this.confirmPrivacyWarnings = confirmPrivacyWarnings;
	}

	public Integer getRating() {
		return rating;
	}

	public TownHallFeedback.Answered getAnswered() {
		return answered;
	}

	public String getComment() {
		return comment;
	}

	public boolean isConfirmPrivacyWarnings() {
		return confirmPrivacyWarnings;
	}

}
