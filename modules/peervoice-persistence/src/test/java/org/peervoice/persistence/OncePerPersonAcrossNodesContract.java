package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.recognition.RecognitionDraft;
import org.peervoice.core.recognition.RecognitionSettings;
import org.peervoice.core.recognition.Visibility;
import org.peervoice.core.townhall.FeedbackDraft;
import org.peervoice.core.townhall.PollDraft;
import org.peervoice.core.townhall.PollView;
import org.peervoice.core.townhall.TownHallDraft;
import org.peervoice.core.townhall.TownHallFeedback;
import org.peervoice.core.townhall.TownHallPoll;
import org.peervoice.core.townhall.TownHallState;

/**
 * The rules that promise "once per person" on two nodes sharing one database (docs/reliability.md, "Once per person,
 * across nodes"): two {@link PeerVoiceDatabase}s, each with its own services, on one database and one server secret,
 * and every person sending the same kind of request to both at the same moment. Poll answers, town-hall feedback and
 * the recognition daily limit; votes and celebrations are in the fault suite and {@link SuggestionBoxContract}. Run per
 * database.
 */
abstract class OncePerPersonAcrossNodesContract {

	private static final long SITE = SiteMember.SITE;
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);
	private static final int PEOPLE = 10;

	private final SiteMember lee = SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE);
	private final SiteMember admin = SiteMember.named("user-admin-20004", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SITE);
	private final List<SiteMember> people = IntStream.range(0, PEOPLE)
		.mapToObj(i -> SiteMember.named("user-person-" + (40000 + i), "Person " + i, PeerVoiceRole.SITE_MEMBER, SITE))
		.collect(Collectors.toList());

	private DataSource dataSource;
	private final List<PeerVoiceDatabase> databases = new ArrayList<>();
	private final List<PeerVoiceServices> nodes = new ArrayList<>();
	private MovableClock clock;

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
		PeopleDirectory members = new PeopleDirectory() {

			@Override
			public Optional<Profile> profile(long companyId, String userKey) {
				return Optional.empty();
			}

			@Override
			public Optional<PersonSummary> member(long companyId, long siteId, String userKey) {
				return siteId == SITE && userKey.startsWith("user-") ? Optional.of(new PersonSummary(userKey, userKey, "")) : Optional.empty();
			}

		};
		for (int node = 0; node < 2; node++) {
			PeerVoiceDatabase database = PeerVoiceDatabase.open(dataSource);
			databases.add(database);
			nodes.add(new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock, members));
		}
	}

	@AfterEach
	void closeNodes() throws Exception {
		for (PeerVoiceDatabase database : databases) {
			database.close();
		}
		dropDataSource(dataSource);
	}

	private PeerVoiceServices node(int index) {
		return nodes.get(index % 2);
	}

	@Test
	void pollAnswersAndFeedbackSentToBothNodesAtOnceCountEachPersonOnce() throws Exception {
		PeerVoiceServices a = node(0);
		String townHall = a.townHalls().create(lee, SITE, new TownHallDraft("Spring town hall", "2027-03-04T15:00:00-06:00",
			"2027-03-04T16:00:00-06:00", "America/Chicago").withTopics(List.of("policies-and-procedures"))).getId();
		a.townHalls().moveTo(lee, townHall, TownHallState.SCHEDULED);
		a.townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		String poll = a.townHallPolls().create(lee, townHall, new PollDraft("How useful was today?", List.of("Very", "Somewhat", "Not"),
			false, true)).getId();
		a.townHallPolls().moveTo(lee, poll, TownHallPoll.State.OPEN);

		// each person answers "Very" on one node and "Somewhat" on the other at the same moment, twice over (one person's
		// four requests at a time: the test's databases open a connection per unit of work, with no pool to wait in)
		for (SiteMember person : people) {
			List<Callable<String>> answers = new ArrayList<>();
			for (int node = 0; node < 4; node++) {
				PeerVoiceServices on = node(node);
				int option = node % 2;
				answers.add(() -> {
					on.townHallPolls().answer(person, poll, List.of(option));
					return "answered";
				});
			}
			List<String> answered = race(answers);
			assertEquals(answers.size(), answered.stream().filter("answered"::equals).count(), "an answer may be changed: " + answered);
		}
		for (int node = 0; node < 2; node++) {
			PollView seen = node(node).townHallPolls().answer(lee, poll, List.of(2));
			assertEquals(PEOPLE + 1L, seen.getOptions().stream().mapToLong(PollView.Option::getCount).sum(),
				"one answer per person whichever node asks: " + seen.getOptions().stream().map(PollView.Option::getCount).collect(Collectors.toList()));
		}
		assertEquals(PEOPLE + 1, countRows("PV_TOWN_HALL_POLL_ANSWER"));

		a.townHalls().moveTo(lee, townHall, TownHallState.ENDED);
		for (SiteMember person : people) {
			List<Callable<String>> feedback = new ArrayList<>();
			for (int node = 0; node < 4; node++) {
				PeerVoiceServices on = node(node);
				int rating = 1 + node;
				feedback.add(() -> {
					on.townHallFeedback().give(person, townHall, new FeedbackDraft(rating, TownHallFeedback.Answered.YES, null, false));
					return "given";
				});
			}
			List<String> given = race(feedback);
			assertEquals(1, given.stream().filter("given"::equals).count(), given.toString());
			assertEquals(3, given.stream().filter("Conflict"::equals).count(), "feedback is once per person: " + given);
		}
		node(1).townHallMixer().mixNow(new Scope(SiteMember.COMPANY, SITE));
		assertEquals(PEOPLE, node(0).townHallFeedback().summary(lee, townHall).getResponseCount());
		assertEquals(PEOPLE, node(1).townHallFeedback().summary(lee, townHall).getResponseCount());
	}

	@Test
	void theDailyRecognitionLimitHoldsForGivesSpreadOverBothNodes() throws Exception {
		int limit = 3;
		node(0).recognitionSettings().updateSettings(admin, SITE, new RecognitionSettings(RecognitionSettings.DEFAULT_VALUES, true, limit));
		SiteMember giver = people.get(0);
		List<Callable<String>> gives = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			PeerVoiceServices on = node(i);
			String recipient = people.get(1 + i % (PEOPLE - 1)).userKey().orElseThrow();
			String message = "Thank you for the shift cover, number " + i;
			gives.add(() -> {
				on.recognitionBoard().give(giver, SITE, new RecognitionDraft(List.of(recipient), message, List.of("hope"), Visibility.BOARD, false));
				return "given";
			});
		}
		List<String> outcomes = race(gives);
		assertEquals(limit, outcomes.stream().filter("given"::equals).count(), outcomes.toString());
		assertEquals(gives.size() - limit, outcomes.stream().filter("TooManyRequests"::equals).count(), outcomes.toString());
		assertEquals(limit, countRows("PV_RECOGNITION"));
	}

	/** Runs every attempt at the same moment on its own thread: what it returned, or the simple name of what it threw. */
	private static List<String> race(List<Callable<String>> attempts) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> outcomes = new ArrayList<>();
			for (Callable<String> attempt : attempts) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						return attempt.call();
					}
					catch (RuntimeException refused) {
						return refused.getClass().getSimpleName();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			// interrupts a thread still waiting after a timeout (on HSQLDB, for a row lock), so the test fails instead of hanging
			pool.shutdownNow();
		}
	}

	private int countRows(String table) throws Exception {
		try (java.sql.Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement();
			java.sql.ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
