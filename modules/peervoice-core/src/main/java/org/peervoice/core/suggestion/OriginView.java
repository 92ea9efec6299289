package org.peervoice.core.suggestion;

/**
 * Where a suggestion came from when it was not written in the suggestion box: a town-hall question taken forward
 * (docs/town-hall.md). The town hall and the question, never the asker.
 */
public final class OriginView {

	private final String townHallId;
	private final String townHallTitle;
	private final String questionId;

	OriginView(String townHallId, String townHallTitle, String questionId) {
		this.townHallId = townHallId;
		this.townHallTitle = townHallTitle;
		this.questionId = questionId;
	}

	/** Always {@code TOWN_HALL_QUESTION} for now. */
	public String getType() {
		return "TOWN_HALL_QUESTION";
	}

	public String getTownHallId() {
		return townHallId;
	}

	public String getTownHallTitle() {
		return townHallTitle;
	}

	public String getQuestionId() {
		return questionId;
	}

}
