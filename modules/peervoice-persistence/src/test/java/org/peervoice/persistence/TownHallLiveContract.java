package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Site;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.townhall.LiveView;
import org.peervoice.core.townhall.Moderation;
import org.peervoice.core.townhall.PollDraft;
import org.peervoice.core.townhall.PollView;
import org.peervoice.core.townhall.QuestionDraft;
import org.peervoice.core.townhall.QuestionView;
import org.peervoice.core.townhall.TownHallDraft;
import org.peervoice.core.townhall.TownHallLimits;
import org.peervoice.core.townhall.TownHallLive;
import org.peervoice.core.townhall.TownHallPoll;
import org.peervoice.core.townhall.TownHallState;

/**
 * The live view's per-node copy of its shared part and the polls counted by the database (docs/town-hall.md, "Live
 * updates"), on a real database, with two nodes ({@link PeerVoiceDatabase}s, each with its own services) on one
 * database like {@link OncePerPersonAcrossNodesContract}. Run per database.
 */
abstract class TownHallLiveContract {

	private static final long SITE = SiteMember.SITE;
	private static final String TOPIC = "policies-and-procedures";
	private static final Duration INTERVAL = Duration.ofMillis(TownHallLimits.LIVE_REFRESH_MILLIS);
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);

	private final SiteMember lee = SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE);
	private final SiteMember alex = SiteMember.named("user-alex-20001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember ana = SiteMember.named("user-ana-20010", "Ana Ruiz", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember jose = SiteMember.named("user-jose-20011", "José Núñez", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember sam = SiteMember.named("user-sam-20012", "Sam Lee", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember admin = SiteMember.named("user-admin-20004", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SITE);
	private final SiteMember elsewhere = SiteMember.named("user-kim-20013", "Kim Other", PeerVoiceRole.SITE_MEMBER, SiteMember.OTHER_SITE);

	private DataSource dataSource;
	/** Node A's way to the database: what a refresh on node A costs is counted here. */
	private CountingDataSource nodeA;
	private MovableClock clock;
	private final List<PeerVoiceDatabase> databases = new ArrayList<>();
	private final List<PeerVoiceServices> nodes = new ArrayList<>();

	abstract DataSource createDataSource() throws Exception;

	/** The database of one test: by default {@link #createDataSource() an empty one}, which the first node migrates. */
	DataSource createTestDataSource() throws Exception {
		return createDataSource();
	}

	abstract void dropDataSource(DataSource dataSource) throws Exception;

	@BeforeEach
	void openTwoNodes() throws Exception {
		dataSource = createTestDataSource();
		clock = new MovableClock(Instant.parse("2027-03-01T14:37:21.123Z"));
		nodeA = new CountingDataSource(dataSource);
		for (int node = 0; node < 2; node++) {
			PeerVoiceDatabase database = PeerVoiceDatabase.open(node == 0 ? nodeA.dataSource() : dataSource);
			databases.add(database);
			nodes.add(new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock, PeopleDirectory.NONE));
		}
	}

	@AfterEach
	void closeNodes() throws Exception {
		for (PeerVoiceDatabase database : databases) {
			database.close();
		}
		dropDataSource(dataSource);
	}

	private PeerVoiceServices a() {
		return nodes.get(0);
	}

	private PeerVoiceServices b() {
		return nodes.get(1);
	}

	/** A live town hall without pre-moderation (or with, as asked), and named questions of alex and ana. */
	private String liveTownHall(boolean preModeration) {
		String townHall = a().townHalls().create(lee, SITE, new TownHallDraft("Spring town hall", "2027-03-04T15:00:00-06:00",
			"2027-03-04T16:00:00-06:00", "America/Chicago").withTopics(List.of(TOPIC)).withSettings(true, preModeration, null, null, null))
			.getId();
		a().townHalls().moveTo(lee, townHall, TownHallState.SCHEDULED);
		a().townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		return townHall;
	}

	private QuestionView ask(PeerVoiceServices node, SiteMember who, String townHall, String text) {
		return node.townHallQuestions().ask(who, townHall, new QuestionDraft(text, TOPIC, false, false));
	}

	private static LiveView live(PeerVoiceServices node, Identity who, String townHall) {
		return node.townHallLive().live(who, townHall, null, null).view().orElseThrow();
	}

	private static QuestionView question(LiveView view, String id) {
		return view.getQuestions().stream().filter(question -> question.getId().equals(id)).findFirst().orElseThrow();
	}

	/** Changes a question's text behind the services' back: no change counter moves, so only a fresh read shows it. */
	private void changeTextUnseen(String questionId, String text) throws Exception {
		try (Connection connection = dataSource.getConnection();
			PreparedStatement update = connection.prepareStatement("UPDATE PV_TOWN_HALL_QUESTION SET question_text = ? WHERE id = ?")) {
			update.setString(1, text);
			update.setString(2, questionId);
			assertEquals(1, update.executeUpdate());
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
	}

	@Test
	void whileTheCounterStandsStillTheSharedCopyServesEveryoneAndAnyWriteMakesItReadAgain() throws Exception {
		String townHall = liveTownHall(false);
		QuestionView alexs = ask(a(), alex, townHall, "When will the new rota be published?");
		QuestionView anas = ask(a(), ana, townHall, "Can we have a quiet room?");
		a().townHallQuestions().vote(jose, anas.getId());

		LiveView first = live(a(), alex, townHall);
		assertEquals("When will the new rota be published?", question(first, alexs.getId()).getText());
		changeTextUnseen(alexs.getId(), "Changed without a change");
		for (SiteMember viewer : List.of(alex, jose, ana)) {
			LiveView same = live(a(), viewer, townHall);
			assertEquals("When will the new rota be published?", question(same, alexs.getId()).getText(), "the copy, for " + viewer.userKey());
			assertEquals(1, question(same, anas.getId()).getVoteCount());
			assertEquals(viewer == jose, question(same, anas.getId()).isVotedByMe(), "the caller's own votes, never the copy's reader's");
			assertEquals(viewer == alex, question(same, alexs.getId()).isMine());
			assertEquals(viewer == ana, question(same, anas.getId()).isMine());
		}

		// every kind of write moves the counter, and the next view reads again (and so shows the unseen change too)
		List<Runnable> writes = List.of(
			() -> a().townHallQuestions().vote(sam, alexs.getId()),
			() -> a().townHallQuestions().retractVote(sam, alexs.getId()),
			() -> ask(a(), sam, townHall, "Is the car park being repaved?"),
			() -> a().townHallQuestions().moderate(lee, anas.getId(), new Moderation("highlight")),
			() -> a().townHallPolls().create(lee, townHall, new PollDraft("Useful?", List.of("Yes", "No"), false, true)));
		for (int i = 0; i < writes.size(); i++) {
			String text = "Changed unseen, before write " + i;
			changeTextUnseen(alexs.getId(), text);
			String before = a().townHallLive().live(alex, townHall, null, null).etag();
			assertNotEquals(text, question(live(a(), alex, townHall), alexs.getId()).getText());
			writes.get(i).run();
			TownHallLive.LiveAnswer after = a().townHallLive().live(alex, townHall, null, before);
			assertTrue(after.view().isPresent(), "write " + i + " changes the ETag");
			assertEquals(text, question(after.view().orElseThrow(), alexs.getId()).getText(), "write " + i + " reads a fresh copy");
		}
		LiveView highlighted = live(a(), jose, townHall);
		assertEquals(anas.getId(), highlighted.getHighlighted().getId());
		assertTrue(highlighted.getHighlighted().isVotedByMe(), "the caller's vote on the highlighted question");
		assertFalse(live(a(), alex, townHall).getHighlighted().isVotedByMe());

		// an ended town hall is not kept: read in full each time
		a().townHalls().moveTo(lee, townHall, TownHallState.ENDED);
		live(a(), alex, townHall);
		changeTextUnseen(anas.getId(), "Read in full once the meeting ended");
		assertEquals("Read in full once the meeting ended", question(live(a(), alex, townHall), anas.getId()).getText());
	}

	@Test
	void withinTheIntervalARefreshTouchesNoDatabaseYetShowsEachCallerTheirOwnVotesAndAnswers() throws Exception {
		String townHall = liveTownHall(false);
		QuestionView alexs = ask(a(), alex, townHall, "When will the new rota be published?");
		QuestionView anas = ask(a(), ana, townHall, "Can we have a quiet room?");
		String poll = a().townHallPolls().create(lee, townHall, new PollDraft("Useful?", List.of("Yes", "No"), false, true)).getId();
		a().townHallPolls().moveTo(lee, poll, TownHallPoll.State.OPEN);
		a().townHallQuestions().vote(jose, anas.getId());
		a().townHallQuestions().vote(sam, alexs.getId());
		a().townHallQuestions().vote(sam, anas.getId());
		a().townHallPolls().answer(jose, poll, List.of(1));
		a().townHallPolls().answer(sam, poll, List.of(0));
		String etag = a().townHallLive().live(alex, townHall, null, null).etag();
		live(a(), admin, townHall); // moderators' copy is another copy, read once

		nodeA.reset();
		for (SiteMember viewer : List.of(alex, ana, jose, sam, admin)) {
			LiveView view = live(a(), viewer, townHall);
			assertEquals(viewer == jose || viewer == sam, question(view, anas.getId()).isVotedByMe(), "votes, for " + viewer.userKey());
			assertEquals(viewer == sam, question(view, alexs.getId()).isVotedByMe(), "votes, for " + viewer.userKey());
			assertEquals(2, question(view, anas.getId()).getVoteCount());
			assertEquals(1, question(view, alexs.getId()).getVoteCount());
			assertEquals(viewer == alex, question(view, alexs.getId()).isMine());
			List<Integer> chosen = viewer == jose ? List.of(1) : viewer == sam ? List.of(0) : List.of();
			assertEquals(chosen, view.getPolls().get(0).getMyChoices(), "poll answer, for " + viewer.userKey());
			assertEquals(2, view.getPolls().get(0).getResponseCount());
		}
		assertTrue(a().townHallLive().live(ana, townHall, null, etag).view().isEmpty(), "304 from memory");
		assertThrows(UnknownItem.class, () -> live(a(), elsewhere, townHall), "another site's member: 404 from memory");
		assertThrows(UnknownItem.class, () -> live(a(), inAnotherCompany(alex), townHall), "another company: 404 from memory");
		assertEquals(0, nodeA.connections(), "no connection within the interval");
		assertEquals(0, nodeA.statements(), "no statement within the interval");

		// after the interval one refresh reads the counter (and the town hall); unchanged, the copy serves on
		changeTextUnseen(alexs.getId(), "Changed without a change");
		clock.advance(INTERVAL);
		nodeA.reset();
		assertEquals("When will the new rota be published?", question(live(a(), jose, townHall), alexs.getId()).getText());
		assertTrue(nodeA.statements() > 0 && nodeA.statements() <= 2, "the town hall and the counter: " + nodeA.statements());
		nodeA.reset();
		live(a(), sam, townHall);
		assertEquals(0, nodeA.statements(), "read again: the interval starts anew");

		// a write of this node shows at once in the writer's next refresh (and everyone's), with the writer's own part
		a().townHallQuestions().vote(ana, alexs.getId());
		LiveView writers = live(a(), ana, townHall);
		assertTrue(question(writers, alexs.getId()).isVotedByMe());
		assertEquals(2, question(writers, alexs.getId()).getVoteCount());
		assertEquals("Changed without a change", question(writers, alexs.getId()).getText(), "a fresh copy");
		a().townHallPolls().answer(ana, poll, List.of(1));
		assertEquals(List.of(1), live(a(), ana, townHall).getPolls().get(0).getMyChoices());
		a().townHallQuestions().retractVote(ana, alexs.getId());
		assertFalse(question(live(a(), ana, townHall), alexs.getId()).isVotedByMe());
	}

	@Test
	void aRefreshBetweenAWriteAndItsCommitDoesNotHideTheWriteFromTheNextRefresh() throws Exception {
		String townHall = liveTownHall(false);
		QuestionView question = ask(a(), alex, townHall, "When will the new rota be published?");
		live(a(), jose, townHall);
		databases.get(0).unitOfWork().run(() -> {
			a().townHallQuestions().vote(ana, question.getId());
			// another request on node A refreshes while the vote is not committed yet: it reads the counter without it
			Thread other = new Thread(() -> assertEquals(0, question(live(a(), jose, townHall), question.getId()).getVoteCount()));
			other.start();
			try {
				other.join();
			}
			catch (InterruptedException interrupted) {
				throw new IllegalStateException(interrupted);
			}
		});
		LiveView writers = live(a(), ana, townHall);
		assertTrue(question(writers, question.getId()).isVotedByMe(), "the writer's next refresh, within the interval");
		assertEquals(1, question(writers, question.getId()).getVoteCount());
	}

	@Test
	void aVoteIsFourStatementsAndTheUniqueKeyStillRefusesASecond() {
		String townHall = liveTownHall(false);
		QuestionView question = ask(a(), alex, townHall, "When will the new rota be published?");
		nodeA.reset();
		assertEquals(1, a().townHallQuestions().vote(ana, question.getId()).getVoteCount());
		// the question, the vote's insert, the counter's row, the count: no read of the town hall, no look-up before the insert
		assertEquals(4, nodeA.statements(), "statements of a vote");
		assertThrows(Conflict.class, () -> a().townHallQuestions().vote(ana, question.getId()), "a second vote: the unique key");
		assertThrows(Conflict.class, () -> b().townHallQuestions().vote(ana, question.getId()), "on another node too");
		assertThrows(UnknownItem.class, () -> a().townHallQuestions().vote(elsewhere, question.getId()), "another site's question");
		assertThrows(UnknownItem.class, () -> a().townHallQuestions().vote(inAnotherCompany(ana), question.getId()));
		assertEquals(1, question(live(b(), jose, townHall), question.getId()).getVoteCount());
	}

	/** The same person as if signed in to another portal instance (company): no town hall of this one is theirs to see. */
	private static Identity inAnotherCompany(SiteMember member) {
		return new Identity() {

			@Override
			public long companyId() {
				return SiteMember.COMPANY + 1;
			}

			@Override
			public Optional<String> userKey() {
				return member.userKey();
			}

			@Override
			public Actor actorIn(long siteId) {
				return member.actorIn(siteId);
			}

			@Override
			public List<Site> visibleSites() {
				return member.visibleSites();
			}

		};
	}

	@Test
	void anAttendeeNeverSeesWhatModeratorsOrOtherPeopleSeeOrAnotherSitesTownHall() {
		String townHall = liveTownHall(true);
		QuestionView open = ask(a(), alex, townHall, "When will the new rota be published?");
		a().townHallQuestions().approveAll(lee, townHall, List.of(open.getId()));
		QuestionView pending = ask(a(), sam, townHall, "A question still waiting for the moderators?");
		PollView draft = a().townHallPolls().create(lee, townHall, new PollDraft("A poll not opened yet?", List.of("Yes", "No"), false, true));
		a().townHallQuestions().vote(lee, open.getId());

		// the moderator reads first (and so makes the copies), then the attendee
		LiveView moderators = live(a(), lee, townHall);
		assertFalse(moderators.getTownHall().getAllowedStates().isEmpty(), "leadership may move the town hall");
		assertTrue(question(moderators, open.getId()).isVotedByMe());
		for (SiteMember attendee : List.of(ana, sam)) {
			LiveView attendees = live(a(), attendee, townHall);
			assertEquals(List.of(open.getId()), attendees.getQuestions().stream().map(QuestionView::getId).collect(Collectors.toList()),
				"never a pending question");
			assertTrue(attendees.getPolls().stream().noneMatch(poll -> poll.getId().equals(draft.getId())), "never a draft poll");
			assertTrue(attendees.getTownHall().getAllowedStates().isEmpty(), "never the managers' steps");
			assertFalse(question(attendees, open.getId()).isVotedByMe(), "never the moderator's vote as the attendee's");
			assertEquals(1, question(attendees, open.getId()).getVoteCount());
		}
		assertThrows(UnknownItem.class, () -> live(a(), elsewhere, townHall), "another site's town hall, copy or not");
		assertTrue(a().townHallQuestions().list(lee, townHall, org.peervoice.core.townhall.QuestionState.PENDING, null, null,
			org.peervoice.core.kernel.PageRequest.of(1, 20)).items().stream().anyMatch(question -> question.getId().equals(pending.getId())));
	}

	@Test
	void aWriteOnNodeBShowsInNodeAsNextView() {
		String townHall = liveTownHall(false);
		QuestionView question = ask(a(), alex, townHall, "When will the new rota be published?");
		String poll = a().townHallPolls().create(lee, townHall, new PollDraft("Useful?", List.of("Yes", "No"), false, true)).getId();
		a().townHallPolls().moveTo(lee, poll, TownHallPoll.State.OPEN);

		LiveView before = live(a(), ana, townHall);
		assertEquals(0, question(before, question.getId()).getVoteCount());
		assertEquals(0, live(a(), ana, townHall).getPolls().get(0).getResponseCount(), "node A keeps its copy");

		b().townHallQuestions().vote(jose, question.getId());
		// node A reads the counter again only once its state is older than the interval: then B's vote shows
		clock.advance(Duration.ofMillis(TownHallLimits.LIVE_REFRESH_MILLIS - 1));
		assertEquals(0, question(live(a(), ana, townHall), question.getId()).getVoteCount(), "within the interval: A's own state");
		assertFalse(question(live(a(), jose, townHall), question.getId()).isVotedByMe());
		clock.advance(Duration.ofMillis(1));
		assertEquals(1, question(live(a(), ana, townHall), question.getId()).getVoteCount(), "B's vote in A's first view after the interval");
		assertTrue(question(live(a(), jose, townHall), question.getId()).isVotedByMe());

		QuestionView asked = ask(b(), sam, townHall, "Asked on node B?");
		clock.advance(INTERVAL);
		assertTrue(live(a(), ana, townHall).getQuestions().stream().anyMatch(listed -> listed.getId().equals(asked.getId())));
		b().townHallQuestions().moderate(lee, asked.getId(), new Moderation("highlight"));
		clock.advance(INTERVAL);
		assertEquals(asked.getId(), live(a(), ana, townHall).getHighlighted().getId());
		for (SiteMember member : List.of(alex, ana, jose, sam, admin)) {
			b().townHallPolls().answer(member, poll, List.of(member == admin ? 1 : 0));
		}
		clock.advance(INTERVAL);
		PollView seen = live(a(), ana, townHall).getPolls().get(0);
		assertEquals(5, seen.getResponseCount());
		assertEquals(List.of(4L, 1L), seen.getOptions().stream().map(PollView.Option::getCount).collect(Collectors.toList()));
		assertEquals(List.of(0), seen.getMyChoices());
		assertEquals(List.of(1), live(a(), admin, townHall).getPolls().get(0).getMyChoices());
	}

	@Test
	void pollResultsAreCountedByTheDatabasePeopleAndChoicesApartFromFiveOn() {
		String townHall = liveTownHall(false);
		String single = a().townHallPolls().create(lee, townHall, new PollDraft("Useful?", List.of("Very", "Somewhat", "Not"), false, true))
			.getId();
		List<String> ten = Arrays.asList("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
		String multiple = a().townHallPolls().create(lee, townHall, new PollDraft("Which days?", ten, true, true)).getId();
		a().townHallPolls().moveTo(lee, single, TownHallPoll.State.OPEN);
		a().townHallPolls().moveTo(lee, multiple, TownHallPoll.State.OPEN);

		List<SiteMember> people = List.of(alex, ana, jose, sam, admin);
		List<List<Integer>> singleChoices = List.of(List.of(0), List.of(2), List.of(0), List.of(1), List.of(0));
		List<List<Integer>> multipleChoices = List.of(List.of(0, 1, 9), List.of(1), List.of(9), List.of(2, 3, 4, 5, 6, 7, 8, 9), List.of(0));
		for (int i = 0; i < 4; i++) {
			a().townHallPolls().answer(people.get(i), single, singleChoices.get(i));
			a().townHallPolls().answer(people.get(i), multiple, multipleChoices.get(i));
		}
		for (PollView four : a().townHallPolls().list(alex, townHall)) {
			assertEquals(4, four.getResponseCount());
			assertFalse(four.isResultsShown(), "four people: a small group");
			assertTrue(four.getOptions().stream().allMatch(option -> option.getCount() == null));
		}
		a().townHallPolls().answer(admin, single, singleChoices.get(4));
		a().townHallPolls().answer(admin, multiple, multipleChoices.get(4));
		a().townHallPolls().answer(ana, multiple, List.of(1, 2));
		a().townHallPolls().answer(ana, multiple, List.of(1));

		for (List<PollView> polls : List.of(a().townHallPolls().list(alex, townHall), live(a(), alex, townHall).getPolls(),
			live(b(), jose, townHall).getPolls())) {
			PollView singleView = polls.stream().filter(poll -> poll.getId().equals(single)).findFirst().orElseThrow();
			assertEquals(5, singleView.getResponseCount());
			assertTrue(singleView.isResultsShown());
			assertEquals(List.of(3L, 1L, 1L), counts(singleView));
			PollView multipleView = polls.stream().filter(poll -> poll.getId().equals(multiple)).findFirst().orElseThrow();
			assertEquals(5, multipleView.getResponseCount(), "people, not choices");
			assertEquals(List.of(2L, 2L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 3L), counts(multipleView), "each option its own count, 1 apart from 9");
		}
		assertEquals(List.of(), live(a(), lee, townHall).getPolls().get(0).getMyChoices(), "lee answered nothing");
	}

	private static List<Long> counts(PollView poll) {
		return poll.getOptions().stream().map(PollView.Option::getCount).collect(Collectors.toList());
	}

}
