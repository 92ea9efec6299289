package org.peervoice.core.townhall;

import java.util.ArrayList;
import java.util.List;

import org.peervoice.core.kernel.WrittenOnce;

/** A poll as the caller sees it: results only when at least {@link TownHallLimits#SMALL_GROUP} people answered. */
public final class PollView implements WrittenOnce.Part {

	private final TownHallPoll poll;
	private final long responseCount;
	private final boolean resultsShown;
	private final List<Option> options;
	private final List<Integer> myChoices;
	private final WrittenOnce written;

	PollView(TownHallPoll poll, long[] counts, long responseCount, List<Integer> myChoices) {
		this(poll, counts, responseCount, myChoices, null);
	}

	/** @param written where a live view's shared copy keeps its parts' written forms, or null */
	PollView(TownHallPoll poll, long[] counts, long responseCount, List<Integer> myChoices, WrittenOnce written) {
		this.written = written;
		this.poll = poll;
		this.responseCount = responseCount;
		this.resultsShown = responseCount >= TownHallLimits.SMALL_GROUP
			&& (poll.state() == TownHallPoll.State.CLOSED || poll.state() == TownHallPoll.State.OPEN && poll.isResultsWhileOpen());
		this.options = new ArrayList<>();
		List<String> texts = poll.options();
		for (int i = 0; i < texts.size(); i++) {
			options.add(new Option(texts.get(i), resultsShown ? Long.valueOf(counts[i]) : null));
		}
		this.myChoices = myChoices;
	}

	@Override
	public WrittenOnce writtenOnce() {
		return written;
	}

	@Override
	public Object writtenOnceKey() {
		// the poll's row and tally are the copy's; the caller's choices are all that differ
		return List.of(poll.id(), myChoices);
	}

	public String getId() {
		return poll.id();
	}

	public String getTownHallId() {
		return poll.townHallId();
	}

	public String getQuestion() {
		return poll.question();
	}

	public List<Option> getOptions() {
		return options;
	}

	public boolean isMultipleChoice() {
		return poll.isMultipleChoice();
	}

	public boolean isResultsWhileOpen() {
		return poll.isResultsWhileOpen();
	}

	public TownHallPoll.State getState() {
		return poll.state();
	}

	public long getResponseCount() {
		return responseCount;
	}

	public boolean isResultsShown() {
		return resultsShown;
	}

	public List<Integer> getMyChoices() {
		return myChoices;
	}

	/** An option and, when results are shown, how many chose it. */
	public static final class Option {

		private final String text;
		private final Long count;

		Option(String text, Long count) {
			this.text = text;
			this.count = count;
		}

		public String getText() {
			return text;
		}

		public Long getCount() {
			return count;
		}

	}

}
