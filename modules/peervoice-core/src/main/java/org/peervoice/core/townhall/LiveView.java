package org.peervoice.core.townhall;

import java.util.List;

/** What a live view of a town hall shows (properties are what the getters expose). */
public final class LiveView {

	private final TownHallView townHall;
	private final long changeCount;
	private final QuestionView highlighted;
	private final List<QuestionView> questions;
	private final long openQuestionCount;
	private final List<PollView> polls;

	LiveView(TownHallView townHall, long changeCount, QuestionView highlighted, List<QuestionView> questions, long openQuestionCount,
		List<PollView> polls) {
		this.townHall = townHall;
		this.changeCount = changeCount;
		this.highlighted = highlighted;
		this.questions = questions;
		this.openQuestionCount = openQuestionCount;
		this.polls = polls;
	}

	public TownHallView getTownHall() {
		return townHall;
	}

	public long getChangeCount() {
		return changeCount;
	}

	/** The question being answered now, or null (then absent from the JSON). */
	public QuestionView getHighlighted() {
		return highlighted;
	}

	public List<QuestionView> getQuestions() {
		return questions;
	}

	public long getOpenQuestionCount() {
		return openQuestionCount;
	}

	public List<PollView> getPolls() {
		return polls;
	}

}
