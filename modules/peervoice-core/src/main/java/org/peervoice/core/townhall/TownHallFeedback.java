package org.peervoice.core.townhall;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.peervoice.core.anonymity.AnonymousWriting;

/** One person's feedback on a town hall, always anonymous: a keyed per-town-hall hash (one each), its day, mixed. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_TOWN_HALL_FEEDBACK")
public class TownHallFeedback {

	/** "Did leadership answer your question?" */
	public enum Answered {
		YES, PARTLY, NO, DID_NOT_ASK
	}

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "town_hall_id", nullable = false, length = 36)
	private String townHallId;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "respondent_hash", nullable = false, length = 64)
	private String respondentHash;

	@Column(name = "rating", nullable = false)
	private int rating;

	@Enumerated(EnumType.STRING)
	@Column(name = "answered", nullable = false, length = 12)
	private Answered answered;

	@Column(name = "feedback_comment", length = 1000)
	private String comment;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "mixed", nullable = false)
	private boolean mixed;

	protected TownHallFeedback() {
	}

	TownHallFeedback(TownHall townHall, String respondentHash, int rating, Answered answered, String comment, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.townHallId = townHall.id();
		this.companyId = townHall.companyId();
		this.siteId = townHall.siteId();
		this.respondentHash = respondentHash;
		this.rating = rating;
		this.answered = answered;
		this.comment = comment;
		this.createdAt = AnonymousWriting.coarsened(now);
	}

	int rating() {
		return rating;
	}

	Answered answered() {
		return answered;
	}

	String comment() {
		return comment;
	}

}
