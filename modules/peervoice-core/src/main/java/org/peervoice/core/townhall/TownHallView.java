package org.peervoice.core.townhall;

import java.time.Instant;
import java.util.List;

/** A town hall as the caller sees it (properties are what the getters expose). */
public final class TownHallView {

	private final TownHall townHall;
	private final boolean questionsOpen;
	private final boolean feedbackOpen;
	private final boolean feedbackGivenByMe;
	private final List<TownHallState> allowedStates;

	TownHallView(TownHall townHall, Instant now, boolean feedbackGivenByMe, boolean mayManage) {
		this.townHall = townHall;
		this.questionsOpen = townHall.questionsOpen(now);
		this.feedbackOpen = townHall.feedbackOpen(now);
		this.feedbackGivenByMe = feedbackGivenByMe;
		this.allowedStates = mayManage ? townHall.state().next() : List.of();
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
