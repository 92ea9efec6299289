package org.peervoice.core.townhall;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.peervoice.core.kernel.WrittenOnce;

/** A town hall as the caller sees it (properties are what the getters expose). */
public final class TownHallView implements WrittenOnce.Part {

	private final TownHall townHall;
	private final boolean questionsOpen;
	private final boolean feedbackOpen;
	private final boolean feedbackGivenByMe;
	private final List<TownHallState> allowedStates;
	private final WrittenOnce written;

	TownHallView(TownHall townHall, Instant now, boolean feedbackGivenByMe, boolean mayManage) {
		this(townHall, now, feedbackGivenByMe, mayManage, null);
	}

	/** @param written where a live view's shared copy keeps its parts' written forms, or null */
	TownHallView(TownHall townHall, Instant now, boolean feedbackGivenByMe, boolean mayManage, WrittenOnce written) {
		this.written = written;
		this.townHall = townHall;
		this.questionsOpen = townHall.questionsOpen(now);
		this.feedbackOpen = townHall.feedbackOpen(now);
		this.feedbackGivenByMe = feedbackGivenByMe;
		this.allowedStates = mayManage ? townHall.state().next() : List.of();
	}

	@Override
	public WrittenOnce writtenOnce() {
		return written;
	}

	@Override
	public Object writtenOnceKey() {
		// the row as of its version (every change of a town hall is a new version); what the clock and the caller decide
		return Arrays.asList(townHall.id(), townHall.version(), townHall.state(), questionsOpen, feedbackOpen, feedbackGivenByMe, allowedStates);
	}

	public String getId() {
		return townHall.id();
	}

	public long getSiteId() {
		return townHall.siteId();
	}

	public String getTitle() {
		return townHall.title();
	}

	public String getDescription() {
		return townHall.description();
	}

	public Instant getStartsAt() {
		return townHall.startsAt();
	}

	public Instant getEndsAt() {
		return townHall.endsAt();
	}

	public String getTimeZone() {
		return townHall.timeZone();
	}

	public String getPlace() {
		return townHall.place();
	}

	public String getMeetingUrl() {
		return townHall.meetingUrl();
	}

	public List<String> getTopics() {
		return townHall.topics();
	}

	public boolean isAnonymousQuestionsAllowed() {
		return townHall.anonymousAllowed();
	}

	public boolean isPreModeration() {
		return townHall.preModeration();
	}

	public Instant getQuestionsOpenAt() {
		return townHall.questionsOpenAt();
	}

	public int getFeedbackDays() {
		return townHall.feedbackDays();
	}

	public int getLiveMixingSeconds() {
		return townHall.liveMixingSeconds();
	}

	public TownHallState getState() {
		return townHall.state();
	}

	public long getVersion() {
		return townHall.version();
	}

	public boolean isQuestionsOpen() {
		return questionsOpen;
	}

	public boolean isFeedbackOpen() {
		return feedbackOpen;
	}

	public Instant getFeedbackOpenUntil() {
		return townHall.feedbackOpenUntil();
	}

	public boolean isFeedbackGivenByMe() {
		return feedbackGivenByMe;
	}

	public List<TownHallState> getAllowedStates() {
		return allowedStates;
	}

}
