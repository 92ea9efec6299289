package org.peervoice.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.WrittenOnce;
import org.peervoice.core.townhall.LiveView;
import org.peervoice.core.townhall.PollDraft;
import org.peervoice.core.townhall.QuestionDraft;
import org.peervoice.core.townhall.TownHallDraft;
import org.peervoice.core.townhall.TownHallPoll;
import org.peervoice.core.townhall.TownHallQuestions;
import org.peervoice.core.townhall.TownHallState;
import org.peervoice.persistence.PeerVoiceDatabase;

/**
 * A live view's questions, polls and town hall are written once per shared copy and key (WrittenOnceParts): for every
 * caller the JSON is the same as the part's own serializer writes it for that caller alone, and the copy's parts are
 * written once, not once per caller. Generated town halls: askers, votes and poll answers at random (seed printed).
 */
class WrittenOnceTest {

	private static final long SITE = SiteMember.SITE;
	private static final String TOPIC = "policies-and-procedures";

	private final SiteMember lee = SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE);
	private final List<SiteMember> members = new ArrayList<>();
	/** Who asked each question of the last town hall made, and who voted on what ("user question"). */
	private final Map<String, SiteMember> askers = new HashMap<>();
	private final Set<String> votes = new HashSet<>();
	private PeerVoiceDatabase database;
	private PeerVoiceServices services;

	@BeforeEach
	void open() {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:mem:written-once-" + UUID.randomUUID());
		dataSource.setUser("SA");
		dataSource.setPassword("");
		database = PeerVoiceDatabase.open(dataSource);
		byte[] secret = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);
		services = new PeerVoiceServices(database.unitOfWork(), secret::clone, new MovableClock(Instant.parse("2027-03-01T14:37:21.123Z")));
		for (int i = 0; i < 9; i++) {
			members.add(SiteMember.named("user-member-" + (20100 + i), "Member " + i, PeerVoiceRole.SITE_MEMBER, SITE));
		}
	}

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void everyCallerReadsWhatTheirOwnViewWouldWriteAndTheCopysPartsAreWrittenOnce() throws Exception {
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		ObjectMapper kept = PeerVoiceJson.mapper();
		ObjectMapper alone = PeerVoiceJson.mapper(false);
		for (int round = 0; round < 3; round++) {
			String townHall = liveTownHall(random);
			List<Identity> callers = new ArrayList<>(members);
			callers.add(lee);
			for (int change = 0; change < 3; change++) {
				for (TownHallQuestions.Sort sort : TownHallQuestions.Sort.values()) {
					Set<WrittenOnce> copies = Collections.newSetFromMap(new IdentityHashMap<>());
					int parts = 0;
					for (Identity caller : callers) {
						LiveView view = services.townHallLive().live(caller, townHall, sort, null).view().orElseThrow();
						JsonNode expected = alone.readTree(alone.writeValueAsString(view));
						JsonNode actual = kept.readTree(kept.writeValueAsString(view));
						assertEquals(expected, actual, "seed " + seed + ", caller " + caller.userKey() + ", " + sort);
						copies.add(view.getTownHall().writtenOnce());
						parts += view.getQuestions().size() + view.getPolls().size() + 1;
					}
					int written = copies.stream().mapToInt(WrittenOnce::size).sum();
					for (Identity caller : callers) {
						kept.writeValueAsString(services.townHallLive().live(caller, townHall, sort, null).view().orElseThrow());
					}
					assertEquals(written, copies.stream().mapToInt(WrittenOnce::size).sum(), "seed " + seed + ": written again for the same copy");
					assertTrue(written > 0 && written < parts / 2, "seed " + seed + ": " + written + " forms for " + parts + " parts");
				}
				vote(members.get(random.nextInt(members.size())), new ArrayList<>(askers.keySet()).get(random.nextInt(askers.size())));
			}
		}
	}

	@Test
	void twoCallersWhoDifferOnlyInTheirVoteReadTheirOwnVote() throws Exception {
		String townHall = liveTownHall(new Random(7));
		ObjectMapper kept = PeerVoiceJson.mapper();
		String question = askers.keySet().iterator().next();
		SiteMember voter = null;
		SiteMember other = null;
		for (SiteMember member : members) {
			if (member != askers.get(question)) {
				if (voter == null) {
					voter = member;
					vote(member, question);
				}
				else if (other == null && !votes.contains(member.userKey() + " " + question)) {
					other = member;
				}
			}
		}
		JsonNode voters = find(kept.readTree(kept.writeValueAsString(services.townHallLive().live(voter, townHall, null, null).view().orElseThrow())),
			question);
		JsonNode others = find(kept.readTree(kept.writeValueAsString(services.townHallLive().live(other, townHall, null, null).view().orElseThrow())),
			question);
		assertTrue(voters.path("votedByMe").asBoolean());
		assertEquals(false, others.path("votedByMe").asBoolean());
		assertNotEquals(voters, others);
	}

	/** A vote unless the member asked the question or voted on it already. */
	private void vote(SiteMember member, String question) {
		if (askers.get(question) != member && votes.add(member.userKey() + " " + question)) {
			services.townHallQuestions().vote(member, question);
		}
	}

	private static JsonNode find(JsonNode live, String question) {
		for (JsonNode listed : live.path("questions")) {
			if (listed.path("id").asText().equals(question)) {
				return listed;
			}
		}
		throw new AssertionError("question " + question + " not listed");
	}

	/** A live town hall: named questions of some members, votes at random, an open poll with live results. */
	private String liveTownHall(Random random) {
		String townHall = services.townHalls().create(lee, SITE, new TownHallDraft("Spring town hall", "2027-03-04T15:00:00-06:00",
			"2027-03-04T16:00:00-06:00", "America/Chicago").withTopics(List.of(TOPIC)).withSettings(true, false, null, null, null))
			.getId();
		services.townHalls().moveTo(lee, townHall, TownHallState.SCHEDULED);
		services.townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		askers.clear();
		votes.clear();
		for (int i = 0; i < 4 + random.nextInt(6); i++) {
			SiteMember asker = members.get(random.nextInt(members.size()));
			askers.put(services.townHallQuestions().ask(asker, townHall, new QuestionDraft("Question " + i + " about the rota?", TOPIC, false, false))
				.getId(), asker);
		}
		for (SiteMember member : members) {
			for (String question : askers.keySet()) {
				if (random.nextInt(3) == 0) {
					vote(member, question);
				}
			}
		}
		String poll = services.townHallPolls().create(lee, townHall, new PollDraft("Useful?", List.of("Yes", "No", "Maybe"), false, true)).getId();
		services.townHallPolls().moveTo(lee, poll, TownHallPoll.State.OPEN);
		for (SiteMember member : members) {
			if (random.nextInt(4) != 0) {
				services.townHallPolls().answer(member, poll, List.of(random.nextInt(3)));
			}
		}
		return townHall;
	}

}
