package org.peervoice.core.townhall;

import java.util.List;

/** A whole town hall for its export as JSON: no identity of an anonymous asker, named askers by the name they posted with. */
public final class TownHallExportView {

	private final TownHallView townHall;
	private final List<QuestionView> questions;
	private final List<PollView> polls;
	private final FeedbackSummary feedback;
	private final FollowUp followUp;

	TownHallExportView(TownHallView townHall, List<QuestionView> questions, List<PollView> polls, FeedbackSummary feedback, FollowUp followUp) {
		this.townHall = townHall;
		this.questions = questions;
		this.polls = polls;
		this.feedback = feedback;
		this.followUp = followUp;
	}

	public TownHallView getTownHall() {
		return townHall;
	}

	public List<QuestionView> getQuestions() {
		return questions;
	}

	public List<PollView> getPolls() {
		return polls;
	}

	public FeedbackSummary getFeedback() {
		return feedback;
	}

	public FollowUp getFollowUp() {
		return followUp;
	}

}
