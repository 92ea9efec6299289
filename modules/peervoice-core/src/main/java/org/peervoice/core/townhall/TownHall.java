package org.peervoice.core.townhall;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.Scope;

/** A town hall meeting of a site: what it is about, when and where, its settings and its state. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_TOWN_HALL")
public class TownHall {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "title", nullable = false, length = 150)
	private String title;

	@Column(name = "description", length = 5000)
	private String description;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "time_zone", nullable = false, length = 60)
	private String timeZone;

	@Column(name = "place", length = 200)
	private String place;

	@Column(name = "meeting_url", length = 500)
	private String meetingUrl;

	// category keys, one a line
	@Column(name = "topics", nullable = false, length = 1829)
	private String topics;

	@Column(name = "anonymous_allowed", nullable = false)
	private boolean anonymousAllowed;

	@Column(name = "pre_moderation", nullable = false)
	private boolean preModeration;

	@Column(name = "questions_open_at")
	private Instant questionsOpenAt;

	@Column(name = "feedback_days", nullable = false)
	private int feedbackDays;

	@Column(name = "live_mixing_seconds", nullable = false)
	private int liveMixingSeconds;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 12)
	private TownHallState state;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected TownHall() {
	}

	TownHall(Scope scope, TownHallContent content, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.state = TownHallState.DRAFT;
		this.createdAt = now.truncatedTo(ChronoUnit.SECONDS);
		apply(content, now);
	}

	void apply(TownHallContent content, Instant now) {
		title = content.title;
		description = content.description;
		startsAt = content.startsAt;
		endsAt = content.endsAt;
		timeZone = content.timeZone;
		place = content.place;
		meetingUrl = content.meetingUrl;
		topics = String.join("\n", content.topics);
		anonymousAllowed = content.anonymousAllowed;
		preModeration = content.preModeration;
		questionsOpenAt = content.questionsOpenAt;
		feedbackDays = content.feedbackDays;
		liveMixingSeconds = content.liveMixingSeconds;
		updatedAt = now.truncatedTo(ChronoUnit.SECONDS);
	}

	void moveTo(TownHallState next, Instant now) {
		if (!state.next().contains(next)) {
			throw new Conflict("A town hall cannot go from " + state + " to " + next + ".");
		}
		state = next;
		if (next == TownHallState.ENDED) {
			endedAt = now.truncatedTo(ChronoUnit.SECONDS);
		}
		updatedAt = now.truncatedTo(ChronoUnit.SECONDS);
	}

	public String id() {
		return id;
	}

	public Scope scope() {
		return new Scope(companyId, siteId);
	}

	long companyId() {
		return companyId;
	}

	long siteId() {
		return siteId;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	Instant startsAt() {
		return startsAt;
	}

	Instant endsAt() {
		return endsAt;
	}

	String timeZone() {
		return timeZone;
	}

	String place() {
		return place;
	}

	String meetingUrl() {
		return meetingUrl;
	}

	List<String> topics() {
		return topics.isEmpty() ? List.of() : Arrays.asList(topics.split("\n"));
	}

	boolean anonymousAllowed() {
		return anonymousAllowed;
	}

	boolean preModeration() {
		return preModeration;
	}

	Instant questionsOpenAt() {
		return questionsOpenAt;
	}

	int feedbackDays() {
		return feedbackDays;
	}

	int liveMixingSeconds() {
		return liveMixingSeconds;
	}

	TownHallState state() {
		return state;
	}

	int version() {
		return version;
	}

	Instant createdAt() {
		return createdAt;
	}

	/** Questions can be asked: published and past its questions' opening time, or live. */
	boolean questionsOpen(Instant now) {
		return state == TownHallState.LIVE
			|| state == TownHallState.SCHEDULED && (questionsOpenAt == null || !now.isBefore(questionsOpenAt));
	}

	/** When feedback closes: the end plus the feedback days; null before the end. */
	Instant feedbackOpenUntil() {
		return endedAt == null ? null : endedAt.plus(Duration.ofDays(feedbackDays));
	}

	boolean feedbackOpen(Instant now) {
		Instant until = feedbackOpenUntil();
		return state.isOver() && feedbackDays > 0 && until != null && now.isBefore(until);
	}

}
