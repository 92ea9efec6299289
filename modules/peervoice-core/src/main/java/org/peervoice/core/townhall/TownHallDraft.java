package org.peervoice.core.townhall;

import java.util.List;

/**
 * The body of creating or editing a town hall as it is read (properties are what the getters expose); times are ISO-8601
 * texts checked by {@link TownHalls}, so a wrong one is a field error like any other.
 */
public final class TownHallDraft {

	private String title;
	private String description;
	private String startsAt;
	private String endsAt;
	private String timeZone;
	private String place;
	private String meetingUrl;
	private List<String> topics;
	private Boolean anonymousQuestionsAllowed;
	private Boolean preModeration;
	private String questionsOpenAt;
	private Integer feedbackDays;
	private Integer liveMixingSeconds;
	private Long version;

	// for the JSON reader
	private TownHallDraft() {
	}

	public TownHallDraft(String title, String startsAt, String endsAt, String timeZone) {
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.timeZone = timeZone;
	}

	public TownHallDraft withDescription(String text) {
		this.description = text;
		return this;
	}

	public TownHallDraft withPlace(String text, String url) {
		this.place = text;
		this.meetingUrl = url;
		return this;
	}

	public TownHallDraft withTopics(List<String> keys) {
		this.topics = keys;
		return this;
	}

	public TownHallDraft withSettings(Boolean anonymousAllowed, Boolean moderated, String openAt, Integer days, Integer mixingSeconds) {
		this.anonymousQuestionsAllowed = anonymousAllowed;
		this.preModeration = moderated;
		this.questionsOpenAt = openAt;
		this.feedbackDays = days;
		this.liveMixingSeconds = mixingSeconds;
		return this;
	}

	public TownHallDraft withVersion(Long read) {
		this.version = read;
		return this;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getStartsAt() {
		return startsAt;
	}

	public String getEndsAt() {
		return endsAt;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public String getPlace() {
		return place;
	}

	public String getMeetingUrl() {
		return meetingUrl;
	}

	public List<String> getTopics() {
		return topics;
	}

	public Boolean getAnonymousQuestionsAllowed() {
		return anonymousQuestionsAllowed;
	}

	public Boolean getPreModeration() {
		return preModeration;
	}

	public String getQuestionsOpenAt() {
		return questionsOpenAt;
	}

	public Integer getFeedbackDays() {
		return feedbackDays;
	}

	public Integer getLiveMixingSeconds() {
		return liveMixingSeconds;
	}

	public Long getVersion() {
		return version;
	}

}
