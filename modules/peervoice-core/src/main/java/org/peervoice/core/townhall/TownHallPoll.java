package org.peervoice.core.townhall;

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

/** A poll moderators run in a town hall: a question and 2 to 10 options, single or multiple choice. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_TOWN_HALL_POLL")
public class TownHallPoll {

	/** {@code DRAFT → OPEN → CLOSED}. */
	public enum State {
		DRAFT, OPEN, CLOSED
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

	@Column(name = "question", nullable = false, length = 200)
	private String question;

	// one option a line
	@Column(name = "options", nullable = false, length = 1009)
	private String options;

	@Column(name = "multiple_choice", nullable = false)
	private boolean multipleChoice;

	@Column(name = "results_while_open", nullable = false)
	private boolean resultsWhileOpen;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 10)
	private State state;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected TownHallPoll() {
	}

	TownHallPoll(TownHall townHall, String question, List<String> options, boolean multipleChoice, boolean resultsWhileOpen, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.townHallId = townHall.id();
		this.companyId = townHall.companyId();
		this.siteId = townHall.siteId();
		this.question = question;
		this.options = String.join("\n", options);
		this.multipleChoice = multipleChoice;
		this.resultsWhileOpen = resultsWhileOpen;
		this.state = State.DRAFT;
		this.createdAt = now.truncatedTo(ChronoUnit.SECONDS);
	}

	void moveTo(State next) {
		boolean allowed = state == State.DRAFT && next == State.OPEN || state == State.OPEN && next == State.CLOSED;
		if (!allowed) {
			throw new Conflict("A poll cannot go from " + state + " to " + next + ".");
		}
		state = next;
	}

	String id() {
		return id;
	}

	String townHallId() {
		return townHallId;
	}

	long companyId() {
		return companyId;
	}

	long siteId() {
		return siteId;
	}

	String question() {
		return question;
	}

	List<String> options() {
		return Arrays.asList(options.split("\n"));
	}

	boolean isMultipleChoice() {
		return multipleChoice;
	}

	boolean isResultsWhileOpen() {
		return resultsWhileOpen;
	}

	State state() {
		return state;
	}

}
