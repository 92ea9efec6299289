package org.peervoice.core.townhall;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One person's answer to a poll: the chosen option indexes under a keyed per-poll hash of the person, never who chose
 * what; no time, and mixed like an anonymous write (also after every change).
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_TOWN_HALL_POLL_ANSWER")
public class PollAnswer {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "poll_id", nullable = false, length = 36)
	private String pollId;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "respondent_hash", nullable = false, length = 64)
	private String respondentHash;

	@Column(name = "choices", nullable = false, length = 30)
	private String choices;

	@Column(name = "mixed", nullable = false)
	private boolean mixed;

	protected PollAnswer() {
	}

	PollAnswer(TownHallPoll poll, String respondentHash, List<Integer> choices) {
		this.id = UUID.randomUUID().toString();
		this.pollId = poll.id();
		this.companyId = poll.companyId();
		this.siteId = poll.siteId();
		this.respondentHash = respondentHash;
		choose(choices);
	}

	void choose(List<Integer> chosen) {
		choices = chosen.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		mixed = false;
	}

	List<Integer> choices() {
		return parse(choices);
	}

	static List<Integer> parse(String stored) {
		return Arrays.stream(stored.split(",")).map(Integer::valueOf).collect(Collectors.toList());
	}

}
