package org.peervoice.core.townhall;

import java.time.Instant;

import java.util.Arrays;

import org.peervoice.core.kernel.Person;
import org.peervoice.core.kernel.WrittenOnce;

/** A town-hall question as the caller sees it; never anything of an anonymous asker (properties are the getters). */
public final class QuestionView implements WrittenOnce.Part {

	private final TownHallQuestion question;
	private final long voteCount;
	private final boolean votedByMe;
	private final boolean mine;
	private final String receipt;
	private final boolean forAsker;
	private final WrittenOnce written;

	QuestionView(TownHallQuestion question, long voteCount, boolean votedByMe, boolean mine, String receipt) {
		this(question, voteCount, votedByMe, mine, receipt, false, null);
	}

	private QuestionView(TownHallQuestion question, long voteCount, boolean votedByMe, boolean mine, String receipt, boolean forAsker,
		WrittenOnce written) {
		this.question = question;
		this.voteCount = voteCount;
		this.votedByMe = votedByMe;
		this.mine = mine;
		this.receipt = receipt;
		this.forAsker = forAsker;
		this.written = written;
	}

	/** The same, for the anonymous asker holding the receipt: with their edit when one waits for the mixing. */
	QuestionView forItsAsker() {
		return new QuestionView(question, voteCount, votedByMe, mine, receipt, true, null);
	}

	/** A question of a live view's shared copy, written once per copy and key (no receipt, never its asker's edit). */
	static QuestionView ofCopy(TownHallQuestion question, long voteCount, boolean votedByMe, boolean mine, WrittenOnce written) {
		return new QuestionView(question, voteCount, votedByMe, mine, null, false, written);
	}

	@Override
	public WrittenOnce writtenOnce() {
		return written;
	}

	@Override
	public Object writtenOnceKey() {
		// the question's row is the copy's; the count and the caller's two flags are all that differ
		return Arrays.asList(question.id(), voteCount, votedByMe, mine);
	}

	public String getId() {
		return question.id();
	}

	public String getTownHallId() {
		return question.townHallId();
	}

	public String getText() {
		return forAsker ? question.textForAsker() : question.text();
	}

	public String getTopic() {
		return question.topic();
	}

	public boolean isAnonymous() {
		return question.isAnonymous();
	}

	public Person getAuthor() {
		return question.isAnonymous() ? null : new Person(question.authorName());
	}

	public QuestionState getState() {
		return question.state();
	}

	public Instant getCreatedAt() {
		return question.createdAt();
	}

	public long getVoteCount() {
		return voteCount;
	}

	public boolean isVotedByMe() {
		return votedByMe;
	}

	public boolean isMine() {
		return mine;
	}

	public boolean isCorrected() {
		return question.isCorrected();
	}

	public Dismissal getDismissal() {
		return question.dismissalReason() == null ? null : new Dismissal(question.dismissalReason(), question.dismissalText());
	}

	public String getMergedInto() {
		return question.mergedInto();
	}

	public Answer getAnswer() {
		return question.state() == QuestionState.ANSWERED ? new Answer(question.answeredLive(), question.answerText(), question.answeredAt()) : null;
	}

	public String getSuggestionId() {
		return question.suggestionId();
	}

	/** Only in the answer to an anonymous question's asking; shown once. */
	public String getReceipt() {
		return receipt;
	}

	/** Why moderators dismissed the question. */
	public static final class Dismissal {

		private final DismissalReason reason;
		private final String text;

		Dismissal(DismissalReason reason, String text) {
			this.reason = reason;
			this.text = text;
		}

		public DismissalReason getReason() {
			return reason;
		}

		public String getText() {
			return text;
		}

	}

	/** How the question was answered: live at the meeting (perhaps with a written answer too), or in writing afterwards. */
	public static final class Answer {

		private final boolean live;
		private final String text;
		private final Instant answeredAt;

		Answer(boolean live, String text, Instant answeredAt) {
			this.live = live;
			this.text = text;
			this.answeredAt = answeredAt;
		}

		public boolean isLive() {
			return live;
		}

		public String getText() {
			return text;
		}

		public Instant getAnsweredAt() {
			return answeredAt;
		}

	}

}
