package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.anonymity.Mixer;
import org.peervoice.core.anonymity.VoterHash;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotConfigured;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.ServerSecret;
import org.peervoice.core.kernel.ServiceUnavailable;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.privacy.PrivacyWarningsFound;
import org.peervoice.core.suggestion.Category;
import org.peervoice.core.suggestion.Publication;
import org.peervoice.core.suggestion.ReceiptView;
import org.peervoice.core.suggestion.SubmittedSuggestion;
import org.peervoice.core.suggestion.SuggestionBoard;
import org.peervoice.core.suggestion.SuggestionDraft;
import org.peervoice.core.suggestion.SuggestionList;
import org.peervoice.core.suggestion.SuggestionQuery;
import org.peervoice.core.suggestion.SuggestionReceipts;
import org.peervoice.core.suggestion.SuggestionReview;
import org.peervoice.core.suggestion.SuggestionSettings;
import org.peervoice.core.suggestion.SuggestionSettingsService;
import org.peervoice.core.suggestion.SuggestionStatus;
import org.peervoice.core.suggestion.SuggestionThreads;
import org.peervoice.core.suggestion.SuggestionView;
import org.peervoice.core.suggestion.ThreadMessageView;
import org.peervoice.core.suggestion.VoteTally;

/** The suggestion box end to end on a real database: migrations, JPA, services. Run per database. */
abstract class SuggestionBoxContract {

	private static final long SITE = SiteMember.SITE;
	private static final long NORTHSIDE = SiteMember.OTHER_SITE;
	private static final Scope RIVERSIDE = new Scope(SiteMember.COMPANY, SITE);
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);

	private final SiteMember alex = SiteMember.named("user-alex-20001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember casey = SiteMember.named("user-casey-20002", "Casey Morgan", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember lee = SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE, NORTHSIDE);
	private final SiteMember admin = SiteMember.named("user-admin-20004", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SITE, NORTHSIDE);

	private DataSource dataSource;
	private PeerVoiceDatabase database;
	private MovableClock clock;
	private SuggestionBoard board;
	private SuggestionReview review;
	private SuggestionThreads threads;
	private SuggestionReceipts receipts;
	private SuggestionSettingsService settings;
	private Mixer mixer;

	/**
	 * How many requests each person sends in {@link #votesAndRetractionsOnTwoNodesWhileBothMixStayExact}: 80 found the
	 * fault on HSQLDB and MariaDB within seconds; a database whose every mixing is slow may send fewer.
	 */
	int toggleRounds() {
		return 80;
	}

	/** A data source on an empty database (or schema) of its own. */
	abstract DataSource createDataSource() throws Exception;

	/** The database of one test: by default {@link #createDataSource() an empty one}, which the test then migrates. */
	DataSource createTestDataSource() throws Exception {
		return createDataSource();
	}

	abstract void dropDataSource(DataSource dataSource) throws Exception;

	/** The database of the running test, migrated and open, for checks of a database's own. */
	DataSource dataSource() {
		return dataSource;
	}

	PeerVoiceDatabase database() {
		return database;
	}

	/** Casey votes for a published suggestion of Alex's and the site is mixed at once; returns the suggestion's id. */
	String aVoteMixedAtOnce() {
		String id = publishedSuggestion("Voted and mixed");
		board.vote(casey, id);
		mixer.mixNow(RIVERSIDE);
		return id;
	}

	/** Alex's published suggestion, its row already written; the site is not mixed afterwards. */
	String aPublishedSuggestion() {
		return publishedSuggestion("Published");
	}

	@BeforeEach
	void openDatabase() throws Exception {
		dataSource = createTestDataSource();
		database = PeerVoiceDatabase.open(dataSource);
		clock = new MovableClock(Instant.parse("2026-11-23T14:37:21.123Z"));
		PeerVoiceServices services = new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock);
		board = services.suggestionBoard();
		review = services.suggestionReview();
		threads = services.suggestionThreads();
		receipts = services.suggestionReceipts();
		settings = services.suggestionSettings();
		mixer = services.mixer();
	}

	@AfterEach
	void closeDatabase() throws Exception {
		database.close();
		dropDataSource(dataSource);
	}

	private SuggestionDraft draft(String title, boolean anonymous) {
		return new SuggestionDraft(title, "More time between groups would help us prepare.", "workplace-culture", anonymous, false);
	}

	@Test
	void migrationsCreateTheTablesOnceAndRecordThem() throws Exception {
		List<String> tables = pvTables();
		assertTrue(tables.containsAll(List.of("PV_SUGGESTION", "PV_SUGGESTION_RESPONSE", "PV_SUGGESTION_TRANSITION",
			"PV_SUGGESTION_MESSAGE", "PV_SUGGESTION_VOTE", "PV_SUGGESTION_SETTINGS", "PV_AUDIT_EVENT", "PV_SCHEMA_HISTORY")), tables.toString());
		PeerVoiceDatabase.open(dataSource).close();
		for (String version : List.of("1", "2", "2.1")) {
			assertEquals(1, countRows("PV_SCHEMA_HISTORY", "{success} = TRUE AND {version} = '" + version + "'"), version);
		}
	}

	@Test
	void theVoteCountMigrationCountsTheVotesAlreadyCast() throws Exception {
		DataSource older = createDataSource();
		try {
			Flyway.configure(PeerVoiceDatabase.class.getClassLoader())
				.dataSource(older)
				.locations(PeerVoiceDatabase.MIGRATIONS)
				.table(PeerVoiceDatabase.HISTORY_TABLE)
				.target("1")
				.load()
				.migrate();
			try (Connection connection = older.getConnection(); Statement statement = connection.createStatement()) {
				for (String id : List.of("voted-twice", "voted-once", "not-voted")) {
					statement.executeUpdate("INSERT INTO PV_SUGGESTION (id, company_id, site_id, title, body, category, anonymous, status,"
						+ " published, redacted, created_at, version) VALUES ('" + id + "', 1, 2, 't', 'b', 'other', FALSE, 'SUBMITTED',"
						+ " TRUE, FALSE, CURRENT_TIMESTAMP, 1)");
				}
				statement.executeUpdate("INSERT INTO PV_SUGGESTION_VOTE (id, suggestion_id, voter_hash) VALUES ('v1', 'voted-twice', 'a')");
				statement.executeUpdate("INSERT INTO PV_SUGGESTION_VOTE (id, suggestion_id, voter_hash) VALUES ('v2', 'voted-twice', 'b')");
				statement.executeUpdate("INSERT INTO PV_SUGGESTION_VOTE (id, suggestion_id, voter_hash) VALUES ('v3', 'voted-once', 'a')");
			}
			PeerVoiceDatabase.open(older).close();
			try (Connection connection = older.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, vote_count, version FROM PV_SUGGESTION ORDER BY id")) {
				List<String> counts = new ArrayList<>();
				while (rows.next()) {
					counts.add(rows.getString(1) + "=" + rows.getLong(2) + "@" + rows.getInt(3));
				}
				assertEquals(List.of("not-voted=0@1", "voted-once=1@1", "voted-twice=2@1"), counts);
			}
		}
		finally {
			dropDataSource(older);
		}
	}

	@Test
	void migratesBesideAPortalsOwnTables() throws Exception {
		DataSource portal = createDataSource();
		try {
			try (Connection connection = portal.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE User_ (userId BIGINT NOT NULL PRIMARY KEY, screenName VARCHAR(75))");
			}
			PeerVoiceDatabase.open(portal).close();
			try (Connection connection = portal.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM PV_SUGGESTION")) {
				rows.next();
				assertEquals(0, rows.getLong(1));
			}
		}
		finally {
			dropDataSource(portal);
		}
	}

	@Test
	void concurrentVotesOfOnePersonCountOnce() throws Exception {
		String id = publishedSuggestion("Concurrent");
		int attempts = 6;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					board.vote(casey, id);
					return "voted";
				}
				catch (Conflict duplicate) {
					return "conflict";
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (java.util.concurrent.Future<String> outcome : outcomes) {
			results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertEquals(1, results.stream().filter("voted"::equals).count(), results.toString());
		assertEquals(1, board.get(casey, id).getVoteCount());
	}

	@Test
	void concurrentVotesOfDifferentPeopleAllCount() throws Exception {
		String id = publishedSuggestion("Everyone at once");
		int voters = 8;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(voters);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<VoteTally>> outcomes = new ArrayList<>();
		for (int i = 0; i < voters; i++) {
			SiteMember voter = SiteMember.named("user-voter-" + i, "Voter " + i, PeerVoiceRole.SITE_MEMBER, SITE);
			outcomes.add(pool.submit(() -> {
				start.await();
				return board.vote(voter, id);
			}));
		}
		start.countDown();
		List<Long> tallies = new ArrayList<>();
		for (java.util.concurrent.Future<VoteTally> outcome : outcomes) {
			tallies.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS).getVoteCount());
		}
		pool.shutdown();
		assertTrue(tallies.stream().allMatch(tally -> tally >= 1 && tally <= voters), "each voter sees a count with their vote: " + tallies);
		assertEquals(8, board.get(casey, id).getVoteCount());
		mixer.mixNow(RIVERSIDE);
		assertEquals(8, storedVoteCount(id));
		assertEquals(8, countRows("PV_SUGGESTION_VOTE", "suggestion_id = '" + id + "'"));
	}

	@Test
	void theStoredVoteCountFollowsVotesAndRetractionsOnlyWhenMixed() throws Exception {
		String id = publishedSuggestion("Counted");
		assertEquals(0, storedVoteCount(id));
		board.vote(casey, id);
		assertEquals(0, storedVoteCount(id), "a vote does not write its suggestion's row");
		assertEquals(2, board.vote(admin, id).getVoteCount(), "shown counts are live");
		mixer.mixNow(RIVERSIDE);
		assertEquals(2, storedVoteCount(id));
		board.retractVote(casey, id);
		assertEquals(2, storedVoteCount(id));
		assertEquals(1, board.get(lee, id).getVoteCount());
		assertThrows(UnknownItem.class, () -> board.retractVote(casey, id));
		assertThrows(Conflict.class, () -> board.vote(admin, id));
		mixer.mixNow(RIVERSIDE);
		assertEquals(1, storedVoteCount(id), "refused votes and retractions change nothing");
		board.retractVote(admin, id);
		mixer.mixNow(RIVERSIDE);
		assertEquals(0, storedVoteCount(id));
		assertEquals(0, board.list(casey, SITE, SuggestionQuery.board(), PageRequest.of(1, 20)).items().get(0).getVoteCount());
	}

	@Test
	void votesLeaveTheSuggestionsVersionAloneSoReviewersAreNotInterrupted() throws Exception {
		String id = publishedSuggestion("Voted while reviewed");
		long version = storedVersion(id);
		board.vote(casey, id);
		board.vote(admin, id);
		board.retractVote(admin, id);
		assertEquals(version, storedVersion(id));

		SuggestionView answered = database.unitOfWork().inTransaction(() -> {
			board.get(lee, id);
			try {
				java.util.concurrent.CompletableFuture.runAsync(() -> board.vote(admin, id)).get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			return review.respond(lee, id, SuggestionStatus.IN_PROGRESS, "Started this week.");
		});
		assertEquals(SuggestionStatus.IN_PROGRESS, answered.getStatus());
		assertEquals(version + 1, storedVersion(id), "only the reviewer's change counts as a new version");
		mixer.mixNow(RIVERSIDE);
		assertEquals(version + 1, storedVersion(id), "the mixing's count leaves the version alone");
		assertEquals(2, storedVoteCount(id));
		assertEquals(2, board.get(lee, id).getVoteCount());
	}

	@Test
	void boardByVotesRanksByTheStoredCountThenNewestFirst() {
		String a = publishedSuggestion("A");
		clock.advance(Duration.ofMinutes(1));
		String b = publishedSuggestion("B");
		clock.advance(Duration.ofMinutes(1));
		String c = publishedSuggestion("C");
		clock.advance(Duration.ofMinutes(1));
		String d = publishedSuggestion("D");
		board.vote(casey, a);
		board.vote(casey, c);
		board.vote(admin, c);
		mixer.mixNow(RIVERSIDE);
		SuggestionQuery byVotes = new SuggestionQuery(null, null, SuggestionQuery.Sort.VOTES, null);
		Page<SuggestionView> page = board.list(admin, SITE, byVotes, PageRequest.of(1, 20));
		assertEquals(List.of(c, a, d, b), ids(page));
		assertEquals(List.of(2L, 1L, 0L, 0L), page.items().stream().map(SuggestionView::getVoteCount).collect(Collectors.toList()));
		assertEquals(List.of(true, false, false, false), page.items().stream().map(SuggestionView::isVotedByMe).collect(Collectors.toList()));

		board.retractVote(admin, c);
		board.vote(admin, a);
		board.vote(lee, b);
		mixer.mixNow(RIVERSIDE);
		assertEquals(List.of(a, c, b, d), ids(board.list(alex, SITE, byVotes, PageRequest.of(1, 20))),
			"equal counts: newest first");
		assertEquals(List.of(b, d), ids(board.list(alex, SITE, byVotes, PageRequest.of(2, 2))));
		review.respond(lee, a, SuggestionStatus.DONE, "Done.");
		assertEquals(List.of(a), ids(board.list(alex, SITE, new SuggestionQuery(null, null, SuggestionQuery.Sort.VOTES,
			SuggestionQuery.View.DONE), PageRequest.of(1, 20))));
	}

	@Test
	void youSaidWeDidListsTheNewestCompletionsFirst() {
		String older = publishedSuggestion("Written first");
		clock.advance(Duration.ofMinutes(1));
		String newer = publishedSuggestion("Written second");
		clock.advance(Duration.ofMinutes(1));
		String third = publishedSuggestion("Written third");
		clock.advance(Duration.ofMinutes(1));
		review.respond(lee, newer, SuggestionStatus.DONE, "Done first.");
		clock.advance(Duration.ofMinutes(1));
		review.respond(lee, third, SuggestionStatus.DONE, "Done second.");
		clock.advance(Duration.ofMinutes(1));
		review.respond(lee, older, SuggestionStatus.DONE, "Done last.");
		SuggestionQuery done = new SuggestionQuery(null, null, null, SuggestionQuery.View.DONE);

		assertEquals(List.of(older, third, newer), ids(board.list(alex, SITE, done, PageRequest.of(1, 20))));
		assertEquals(List.of(third), ids(board.list(alex, SITE, done, PageRequest.of(2, 1))));
	}

	@Test
	void aPageShowsEachItemsOwnResponsesVotesAndTransitions() {
		String quiet = publishedSuggestion("Quiet");
		clock.advance(Duration.ofMinutes(1));
		String busy = publishedSuggestion("Busy");
		clock.advance(Duration.ofMinutes(1));
		review.respond(lee, busy, SuggestionStatus.IN_PROGRESS, "Started.");
		board.vote(casey, busy);
		Page<SuggestionView> reviewed = board.list(lee, SITE, SuggestionQuery.board(), PageRequest.of(1, 20));
		assertEquals(List.of(busy, quiet), ids(reviewed));
		assertEquals(List.of("Planned.", "Started."), reviewed.items().get(0).getResponses().stream()
			.map(response -> response.getMessage()).collect(Collectors.toList()));
		assertEquals(List.of("Planned."), reviewed.items().get(1).getResponses().stream()
			.map(response -> response.getMessage()).collect(Collectors.toList()));
		assertEquals(2, reviewed.items().get(0).getReview().getTransitions().size());
		assertEquals(1, reviewed.items().get(1).getReview().getTransitions().size());
		Page<SuggestionView> staff = board.list(casey, SITE, SuggestionQuery.board(), PageRequest.of(1, 20));
		assertTrue(staff.items().get(0).isVotedByMe());
		assertFalse(staff.items().get(1).isVotedByMe());
		assertEquals(1, staff.items().get(0).getVoteCount());
		assertNull(staff.items().get(0).getReview());
	}

	@Test
	void identifiedSuggestionWaitsForReviewThenGoesThroughTheWorkflow() {
		SubmittedSuggestion submitted = board.submit(alex, SITE, draft("Longer breaks", false));
		SuggestionView created = submitted.getSuggestion();
		String id = created.getId();
		assertFalse(submitted.receipt().isPresent());
		assertNull(created.getReceipt());
		assertEquals("Alex Rivera", created.getAuthor().getName());
		assertTrue(created.isMine());
		assertFalse(created.isPublished());
		assertEquals(SuggestionStatus.SUBMITTED, created.getStatus());
		assertNull(created.getReview());
		assertEquals(List.of(), created.getAllowedTransitions());

		assertEquals(0, board.list(casey, SITE, SuggestionQuery.board(), PageRequest.of(1, 20)).totalCount());
		assertThrows(UnknownItem.class, () -> board.get(casey, id));
		assertEquals(1, board.list(alex, SITE, new SuggestionQuery(null, null, null, SuggestionQuery.View.MINE),
			PageRequest.of(1, 20)).totalCount());
		assertThrows(NotPermitted.class, () -> board.list(alex, SITE,
			new SuggestionQuery(null, null, null, SuggestionQuery.View.QUEUE), PageRequest.of(1, 20)));
		Page<SuggestionView> queue = board.list(lee, SITE, new SuggestionQuery(null, null, null, SuggestionQuery.View.QUEUE),
			PageRequest.of(1, 20));
		assertEquals(1, queue.totalCount());
		assertNotNull(queue.items().get(0).getReview());
		assertTrue(queue.items().get(0).getAllowedTransitions().contains(SuggestionStatus.DECLINED));

		assertThrows(NotPermitted.class, () -> review.respond(casey, id, SuggestionStatus.PLANNED, "no"));
		clock.advance(Duration.ofHours(5));
		SuggestionView planned = review.respond(lee, id, SuggestionStatus.PLANNED, "We will pilot this in January.");
		assertTrue(planned.isPublished());
		assertEquals(SuggestionStatus.PLANNED, planned.getStatus());
		assertEquals("Lee Park", planned.getResponses().get(0).getResponder().getName());
		assertEquals(5L, planned.getReview().getHoursToFirstResponse());
		assertEquals(0L, planned.getReview().getDaysToFirstResponse());
		assertEquals(1, planned.getReview().getTransitions().size());
		assertEquals(SuggestionStatus.SUBMITTED, planned.getReview().getTransitions().get(0).getFrom());
		assertEquals("Lee Park", planned.getReview().getTransitions().get(0).getBy().getName());

		assertEquals(1, board.list(casey, SITE, SuggestionQuery.board(), PageRequest.of(1, 20)).totalCount());
		assertThrows(Conflict.class, () -> review.respond(lee, id, SuggestionStatus.UNDER_REVIEW, "back"));
		assertThrows(InvalidInput.class, () -> review.respond(lee, id, SuggestionStatus.DONE, "  "));
		assertThrows(InvalidInput.class, () -> review.respond(lee, id, null, null));

		SuggestionView done = review.respond(lee, id, SuggestionStatus.DONE, "Breaks are now 15 minutes.");
		assertEquals(SuggestionStatus.DONE, done.getStatus());
		assertEquals(2, done.getResponses().size());
		Page<SuggestionView> youSaidWeDid = board.list(casey, SITE, new SuggestionQuery(null, null, null, SuggestionQuery.View.DONE),
			PageRequest.of(1, 20));
		assertEquals(1, youSaidWeDid.totalCount());
		assertEquals(2, youSaidWeDid.items().get(0).getResponses().size());
		assertThrows(Conflict.class, () -> review.respond(lee, id, SuggestionStatus.DECLINED, "too late"));
		assertThrows(Conflict.class, () -> board.withdraw(alex, id));
	}

	@Test
	void votesAreOnePerPersonCountedAndRetractable() throws Exception {
		String id = publishedSuggestion("Quiet room");
		VoteTally first = board.vote(casey, id);
		assertEquals(1, first.getVoteCount());
		assertTrue(first.isVotedByMe());
		assertThrows(Conflict.class, () -> board.vote(casey, id));
		assertEquals(2, board.vote(admin, id).getVoteCount());
		assertThrows(Conflict.class, () -> board.vote(alex, id), "the writer does not vote for their own suggestion");
		assertTrue(board.get(casey, id).isVotedByMe());
		assertFalse(board.get(lee, id).isVotedByMe());

		board.retractVote(casey, id);
		assertEquals(1, board.get(casey, id).getVoteCount());
		assertFalse(board.get(casey, id).isVotedByMe());
		assertThrows(UnknownItem.class, () -> board.retractVote(casey, id));

		String votes = dump("PV_SUGGESTION_VOTE");
		assertFalse(votes.contains("user-casey"), "votes must not hold user keys");
		assertFalse(votes.contains("user-admin"), "votes must not hold user keys");
		assertTrue(votes.contains(VoterHash.of(SECRET, SiteMember.COMPANY, SITE, id, "user-admin-20004")));
	}

	@Test
	void onePersonsVotesOnDifferentItemsShareNoValue() throws Exception {
		String first = publishedSuggestion("Quiet room");
		String second = publishedSuggestion("Shared calendar");
		board.vote(casey, first);
		board.vote(casey, second);
		List<String> hashes = voterHashes();
		assertEquals(2, hashes.size());
		assertFalse(hashes.get(0).equals(hashes.get(1)), "one person's votes link: " + hashes);
		assertFalse(hashes.contains(legacySiteWideHash(SECRET, "user-casey-20002")));
	}

	@Test
	void votesUnderAPreviousSecretStillCountAfterRotation() throws Exception {
		String id = publishedSuggestion("Quiet room");
		board.vote(casey, id);
		byte[] next = "the-next-server-secret-of-32-byte".getBytes(StandardCharsets.US_ASCII);
		SuggestionBoard rotated = new PeerVoiceServices(database.unitOfWork(), rotatedSecret(next, SECRET), clock).suggestionBoard();

		assertTrue(rotated.get(casey, id).isVotedByMe());
		assertThrows(Conflict.class, () -> rotated.vote(casey, id));
		rotated.vote(admin, id);
		assertTrue(voterHashes().contains(VoterHash.of(next, SiteMember.COMPANY, SITE, id, "user-admin-20004")), "new votes use the current secret");
		rotated.retractVote(casey, id);
		assertEquals(1, rotated.get(admin, id).getVoteCount());
	}

	@Test
	void votesFromBeforeVersionTwoAreUnlinkedYetStillRecognized() throws Exception {
		DataSource older = createDataSource();
		try {
			Flyway.configure(PeerVoiceDatabase.class.getClassLoader()).dataSource(older).locations(PeerVoiceDatabase.MIGRATIONS)
				.table(PeerVoiceDatabase.HISTORY_TABLE).target("2").load().migrate();
			String legacy = legacySiteWideHash(SECRET, "user-casey-20002");
			try (Connection connection = older.getConnection(); Statement statement = connection.createStatement()) {
				for (String id : List.of("old-one", "old-two")) {
					statement.executeUpdate("INSERT INTO PV_SUGGESTION (id, company_id, site_id, title, body, category, anonymous, status,"
						+ " published, redacted, created_at, version, vote_count) VALUES ('" + id + "', " + SiteMember.COMPANY + ", " + SITE
						+ ", 't', 'b', 'other', FALSE, 'UNDER_REVIEW', TRUE, FALSE, CURRENT_TIMESTAMP, 1, 1)");
					statement.executeUpdate("INSERT INTO PV_SUGGESTION_VOTE (id, suggestion_id, voter_hash) VALUES ('v-" + id + "', '" + id + "', '"
						+ legacy + "')");
				}
			}
			try (PeerVoiceDatabase upgraded = PeerVoiceDatabase.open(older)) {
				SuggestionBoard upgradedSuggestions = new PeerVoiceServices(upgraded.unitOfWork(), () -> SECRET.clone(), clock).suggestionBoard();
				List<String> hashes = new ArrayList<>();
				try (Connection connection = older.getConnection(); Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT voter_hash FROM PV_SUGGESTION_VOTE")) {
					while (rows.next()) {
						hashes.add(rows.getString(1));
					}
				}
				assertEquals(2, hashes.size());
				assertFalse(hashes.contains(legacy), "the old site-wide value is gone");
				assertFalse(hashes.get(0).equals(hashes.get(1)), "the old votes no longer link: " + hashes);

				assertTrue(upgradedSuggestions.get(casey, "old-one").isVotedByMe());
				assertFalse(upgradedSuggestions.get(alex, "old-one").isVotedByMe());
				assertThrows(Conflict.class, () -> upgradedSuggestions.vote(casey, "old-one"));
				upgradedSuggestions.retractVote(casey, "old-two");
				assertEquals(0, upgradedSuggestions.get(casey, "old-two").getVoteCount());
				assertEquals(1, upgradedSuggestions.get(casey, "old-one").getVoteCount());
			}
		}
		finally {
			dropDataSource(older);
		}
	}

	@Test
	void withoutASecretVotesAreRefusedAndTheBoardStillReads() {
		String id = publishedSuggestion("Quiet room");
		SuggestionBoard unconfigured = new PeerVoiceServices(database.unitOfWork(), new ServerSecret() {
			@Override
			public byte[] key() {
				throw new NotConfigured();
			}

			@Override
			public List<byte[]> keys() {
				return List.of();
			}
		}, clock).suggestionBoard();
		assertThrows(NotConfigured.class, () -> unconfigured.vote(casey, id));
		assertThrows(NotConfigured.class, () -> unconfigured.retractVote(casey, id));
		assertFalse(unconfigured.get(casey, id).isVotedByMe());
	}

	private static ServerSecret rotatedSecret(byte[] current, byte[] previous) {
		return new ServerSecret() {
			@Override
			public byte[] key() {
				return current.clone();
			}

			@Override
			public List<byte[]> keys() {
				return List.of(current.clone(), previous.clone());
			}
		};
	}

	// What version 1 stored for every vote of a person in a site.
	private static String legacySiteWideHash(byte[] key, String userKey) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		byte[] digest = mac.doFinal((SiteMember.COMPANY + "|" + SITE + "|" + userKey).getBytes(StandardCharsets.UTF_8));
		StringBuilder hex = new StringBuilder();
		for (byte b : digest) {
			hex.append(String.format("%02x", b));
		}
		return hex.toString();
	}

	private List<String> voterHashes() throws SQLException {
		List<String> hashes = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
			ResultSet rows = statement.executeQuery("SELECT voter_hash FROM PV_SUGGESTION_VOTE")) {
			while (rows.next()) {
				hashes.add(rows.getString(1));
			}
		}
		return hashes;
	}

	@Test
	void theDatabaseRejectsADuplicateVoteRow() throws Exception {
		String id = publishedSuggestion("Shared calendar");
		board.vote(casey, id);
		String hash;
		try (Connection connection = dataSource.getConnection();
			PreparedStatement select = connection.prepareStatement("SELECT voter_hash FROM PV_SUGGESTION_VOTE WHERE suggestion_id = ?")) {
			select.setString(1, id);
			try (ResultSet rows = select.executeQuery()) {
				assertTrue(rows.next());
				hash = rows.getString(1);
			}
			try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO PV_SUGGESTION_VOTE (id, suggestion_id, voter_hash) VALUES ('another-id', ?, ?)")) {
				insert.setString(1, id);
				insert.setString(2, hash);
				assertThrows(SQLException.class, insert::executeUpdate);
			}
		}
	}

	@Test
	void votesOnlyOnPublishedOpenItems() {
		String unpublished = board.submit(alex, SITE, draft("Unpublished", false)).getSuggestion().getId();
		assertThrows(Conflict.class, () -> board.vote(lee, unpublished));
		assertThrows(UnknownItem.class, () -> board.vote(casey, unpublished));
	}

	@Test
	void boardSortsByVotesOrNewestAndFilters() {
		String older = publishedSuggestion("Older");
		clock.advance(Duration.ofMinutes(10));
		String newer = publishedSuggestion("Newer");
		board.vote(casey, older);
		mixer.mixNow(RIVERSIDE);
		List<String> byVotes = ids(board.list(alex, SITE, new SuggestionQuery(null, null, SuggestionQuery.Sort.VOTES, null),
			PageRequest.of(1, 20)));
		assertEquals(List.of(older, newer), byVotes);
		List<String> newest = ids(board.list(alex, SITE, new SuggestionQuery(null, null, SuggestionQuery.Sort.NEWEST, null),
			PageRequest.of(1, 20)));
		assertEquals(List.of(newer, older), newest);
		Page<SuggestionView> firstPage = board.list(alex, SITE, new SuggestionQuery(null, null, SuggestionQuery.Sort.VOTES, null),
			PageRequest.of(1, 1));
		assertEquals(2, firstPage.totalCount());
		assertEquals(2, firstPage.lastPage());
		assertEquals(List.of(older), ids(firstPage));
		assertEquals(List.of(newer), ids(board.list(alex, SITE,
			new SuggestionQuery(null, null, SuggestionQuery.Sort.VOTES, null), PageRequest.of(2, 1))));
		assertEquals(0, board.list(alex, SITE, new SuggestionQuery(SuggestionStatus.DONE, null, null, null),
			PageRequest.of(1, 20)).totalCount());
		assertEquals(2, board.list(alex, SITE, new SuggestionQuery(SuggestionStatus.PLANNED, "workplace-culture", null, null),
			PageRequest.of(1, 20)).totalCount());
		assertEquals(0, board.list(alex, SITE, new SuggestionQuery(null, "other", null, null), PageRequest.of(1, 20)).totalCount());
	}

	@Test
	void aDaysAnonymousItemsSitTogetherAboveItsNamedOnesNewestFirstAndBelowThemOldestFirst() {
		String morning = board.submit(alex, SITE, draft("Named in the morning", false)).getSuggestion().getId();
		clock.advance(Duration.ofHours(1));
		String noon = board.submit(alex, SITE, draft("Named at noon", false)).getSuggestion().getId();
		String firstAnonymous = board.submit(alex, SITE, draft("Anonymous one", true)).getSuggestion().getId();
		String secondAnonymous = board.submit(casey, SITE, draft("Anonymous two", true)).getSuggestion().getId();
		clock.advance(Duration.ofDays(1));
		String nextDay = board.submit(alex, SITE, draft("Named the next day", false)).getSuggestion().getId();
		mixer.mixNow(RIVERSIDE);

		List<String> newest = ids(board.list(lee, SITE, new SuggestionQuery(null, null, SuggestionQuery.Sort.NEWEST,
			SuggestionQuery.View.QUEUE), PageRequest.of(1, 20)));
		List<String> anonymousInIdOrder = List.of(firstAnonymous, secondAnonymous).stream().sorted().collect(Collectors.toList());
		List<String> expected = new ArrayList<>(List.of(nextDay));
		expected.addAll(anonymousInIdOrder);
		expected.addAll(List.of(noon, morning));
		assertEquals(expected, newest, "the day's anonymous items first, in id order, whenever they were written");
		List<String> oldest = ids(board.list(lee, SITE, new SuggestionQuery(null, null, null, SuggestionQuery.View.QUEUE),
			PageRequest.of(1, 20)));
		List<String> reversed = new ArrayList<>(expected);
		Collections.reverse(reversed);
		assertEquals(reversed, oldest, "the queue's default, oldest first, is the exact reverse");
		assertEquals(newest, ids(board.list(lee, SITE, new SuggestionQuery(null, null, SuggestionQuery.Sort.VOTES,
			SuggestionQuery.View.QUEUE), PageRequest.of(1, 20))), "no votes: most votes falls back to newest first");
	}

	@Test
	void searchKeepsItemsHoldingEveryWordInTitleOrTextInAnyCaseAndTakesWildcardsAsText() {
		String quiet = board.submit(alex, SITE, new SuggestionDraft("A quiet ROOM", "For breaks after hard calls.", "workplace-culture",
			false, false)).getSuggestion().getId();
		String parking = board.submit(alex, SITE, new SuggestionDraft("Parking", "Half the spaces (50%) in parking_lot B.", "other",
			false, false)).getSuggestion().getId();
		board.submit(alex, SITE, new SuggestionDraft("Rota", "Fewer changes at short notice; 50 percent of us agree.", "other",
			false, false));

		assertEquals(List.of(quiet), search("Quiet"));
		assertEquals(List.of(quiet), search("  room   BREAKS "), "every word, title or text");
		assertEquals(List.of(), search("quiet parking"), "every word in the same item");
		assertEquals(List.of(quiet), search("hard calls break"), "words inside longer words");
		assertEquals(List.of(parking), search("50%"), "a percent sign is a percent sign");
		assertEquals(List.of(parking), search("_"), "and an underscore an underscore");
		assertEquals(List.of(), search("!"));
		assertEquals(3, search(" ").size(), "blank searches nothing");
	}

	private List<String> search(String text) {
		return ids(board.list(lee, SITE, new SuggestionQuery(null, null, SuggestionQuery.Sort.NEWEST, SuggestionQuery.View.QUEUE)
			.searching(text), PageRequest.of(1, 20)));
	}

	@Test
	void theCountsByStatusFollowEveryFilterButTheStatusOne() {
		String planned = publishedSuggestion("Planned one");
		publishedSuggestion("Planned two");
		String done = publishedSuggestion("Finished");
		review.respond(lee, done, SuggestionStatus.DONE, "Done.");
		String withdrawn = publishedSuggestion("Withdrawn");
		board.withdraw(alex, withdrawn);
		board.submit(alex, SITE, new SuggestionDraft("Other category", "Not in the filter.", "other", false, false));

		SuggestionList board = this.board.listWithCounts(casey, SITE, new SuggestionQuery(SuggestionStatus.DONE, "workplace-culture",
			null, null), PageRequest.of(1, 20));
		assertEquals(List.of(done), ids(board.page()));
		assertEquals(2L, board.statusCounts().get(SuggestionStatus.PLANNED));
		assertEquals(1L, board.statusCounts().get(SuggestionStatus.DONE));
		assertEquals(0L, board.statusCounts().get(SuggestionStatus.WITHDRAWN), "the board lists no withdrawn items");
		assertEquals(0L, board.statusCounts().get(SuggestionStatus.SUBMITTED), "unpublished and other categories are not counted");
		SuggestionList queue = this.board.listWithCounts(lee, SITE, new SuggestionQuery(null, null, null, SuggestionQuery.View.QUEUE),
			PageRequest.of(1, 20));
		assertEquals(1L, queue.statusCounts().get(SuggestionStatus.WITHDRAWN));
		assertEquals(1L, queue.statusCounts().get(SuggestionStatus.SUBMITTED));
		SuggestionList searched = this.board.listWithCounts(lee, SITE, new SuggestionQuery(null, null, null, SuggestionQuery.View.QUEUE)
			.searching("planned"), PageRequest.of(1, 20));
		assertEquals(2L, searched.statusCounts().get(SuggestionStatus.PLANNED));
		assertEquals(0L, searched.statusCounts().get(SuggestionStatus.DONE));
		assertTrue(ids(searched.page()).contains(planned));
	}

	@Test
	void needsAFirstResponseListsLiveItemsNoReviewerHasAnsweredPubliclyOrPrivately() {
		SuggestionQuery waiting = new SuggestionQuery(null, null, null, SuggestionQuery.View.QUEUE).needingFirstResponse(true);
		String answered = board.submit(alex, SITE, draft("Answered in public", false)).getSuggestion().getId();
		String messaged = board.submit(alex, SITE, draft("Answered in private", false)).getSuggestion().getId();
		String unanswered = board.submit(alex, SITE, draft("Waiting", false)).getSuggestion().getId();
		String withdrawn = board.submit(alex, SITE, draft("Withdrawn", false)).getSuggestion().getId();
		review.respond(lee, answered, null, "Thank you, we are looking into it.");
		threads.postMessage(lee, messaged, "Which groups do you mean?");
		board.withdraw(alex, withdrawn);

		assertEquals(List.of(unanswered), ids(board.list(lee, SITE, waiting, PageRequest.of(1, 20))));
		assertEquals(1L, board.listWithCounts(lee, SITE, waiting, PageRequest.of(1, 20)).statusCounts().get(SuggestionStatus.SUBMITTED));
		InvalidInput outside = assertThrows(InvalidInput.class, () -> board.list(alex, SITE,
			SuggestionQuery.board().needingFirstResponse(true), PageRequest.of(1, 20)));
		assertTrue(outside.fieldErrors().containsKey("needsFirstResponse"), "a private message must not show on the board");
	}

	@Test
	void anAnonymousReplyTakesItsPlaceInTheThreadWhenMixedSoReviewersCannotBracketIt() throws Exception {
		SubmittedSuggestion submitted = board.submit(alex, SITE, draft("Rota changes at short notice", true));
		String receipt = submitted.receipt().orElseThrow();
		String id = submitted.getSuggestion().getId();
		mixer.mixNow(RIVERSIDE);
		threads.postMessage(lee, id, "Which rota?");
		threads.replyWithReceipt(alex, receipt, "The weekend rota.");
		threads.postMessage(lee, id, "Marker posted after the reply");

		List<String> writersView = new ArrayList<>();
		receipts.lookUpReceipt(alex, receipt).getThread().forEach(message -> writersView.add(message.getMessage()));
		assertEquals(List.of("Which rota?", "Marker posted after the reply", "The weekend rota."), writersView,
			"a reply waiting for mixing comes last");
		assertEquals(1, countRows("PV_SUGGESTION_MESSAGE", "suggestion_id = '" + id + "' AND seq = -1"), "it has no place yet");

		mixer.mixNow(RIVERSIDE);
		List<String> reviewersView = new ArrayList<>();
		threads.thread(lee, id).forEach(message -> reviewersView.add(message.getMessage()));
		assertEquals(List.of("Which rota?", "Marker posted after the reply", "The weekend rota."), reviewersView,
			"placed after everything posted until the mixing, not between the reviewer's messages around it");
		assertEquals(0, countRows("PV_SUGGESTION_MESSAGE", "suggestion_id = '" + id + "' AND seq < 1"));
		assertEquals(1, countRows("PV_SUGGESTION_MESSAGE", "suggestion_id = '" + id + "' AND seq = 3 AND sender = 'WRITER'"));
	}

	@Test
	void anonymousSuggestionStoresNoAuthorAndWorksByReceipt() throws Exception {
		SubmittedSuggestion submitted = board.submit(alex, SITE, draft("Supervision feels unsafe", true));
		String receipt = submitted.receipt().orElseThrow();
		SuggestionView created = submitted.getSuggestion();
		assertEquals(receipt, created.getReceipt());
		assertTrue(receipt.matches("PV(-[A-Z2-7]{4}){10}"), receipt);
		assertTrue(created.isAnonymous());
		assertNull(created.getAuthor());
		assertFalse(created.isMine());
		assertEquals(Instant.parse("2026-11-23T00:00:00Z"), created.getCreatedAt());
		String id = created.getId();

		assertThrows(UnknownItem.class, () -> board.get(lee, id), "reviewers see anonymous items once mixed");
		assertEquals(0, board.list(lee, SITE, new SuggestionQuery(null, null, null, SuggestionQuery.View.QUEUE),
			PageRequest.of(1, 20)).totalCount());
		assertEquals(id, receipts.lookUpReceipt(alex, receipt).getSuggestion().getId(), "the receipt works at once");
		assertEquals(61L, receipts.lookUpReceipt(alex, receipt).getDeliveredWithinMinutes(),
			"a site's first anonymous write waits a whole window, plus the timers' minute");
		assertEquals(0, mixer.mixDueSites(), "the timer's first sight of the site starts its window");
		clock.advance(Duration.ofMinutes(20));
		assertEquals(0, mixer.mixDueSites());
		assertEquals(41L, receipts.lookUpReceipt(alex, receipt).getDeliveredWithinMinutes());
		clock.advance(Duration.ofMinutes(40));
		assertEquals(1, mixer.mixDueSites());
		assertNull(receipts.lookUpReceipt(alex, receipt).getDeliveredWithinMinutes(), "delivered");
		assertThrows(UnknownItem.class, () -> board.get(alex, id), "the writer is not linked to an anonymous item");
		assertEquals(Instant.parse("2026-11-23T00:00:00Z"), board.get(lee, id).getCreatedAt());
		assertEquals(0, board.list(alex, SITE, new SuggestionQuery(null, null, null, SuggestionQuery.View.MINE),
			PageRequest.of(1, 20)).totalCount());

		ThreadMessageView question = threads.postMessage(lee, id, "Which shift is this about?");
		assertEquals("REVIEWER", question.getFrom());
		assertEquals("Lee Park", question.getAuthor().getName());

		clock.advance(Duration.ofHours(3));
		ReceiptView lookedUp = receipts.lookUpReceipt(alex, receipt.toLowerCase(Locale.ROOT));
		assertEquals(id, lookedUp.getSuggestion().getId());
		assertNull(lookedUp.getSuggestion().getReceipt());
		assertEquals(1, lookedUp.getThread().size());
		ThreadMessageView answer = threads.replyWithReceipt(alex, receipt, "The night shift.");
		assertEquals("WRITER", answer.getFrom());
		assertNull(answer.getAuthor());
		assertEquals(clock.instant().truncatedTo(ChronoUnit.DAYS), answer.getCreatedAt());
		assertEquals(1, threads.thread(lee, id).size(), "the reply reaches reviewers once mixed");
		assertEquals(2, receipts.lookUpReceipt(alex, receipt).getThread().size(), "the writer sees it at once");
		assertEquals(1L, receipts.lookUpReceipt(alex, receipt).getDeliveredWithinMinutes(), "the window has passed: the next timer run");
		clock.advance(Duration.ofMinutes(1));
		mixer.mixNow(RIVERSIDE);
		threads.postMessage(lee, id, "Thank you.");
		assertEquals(List.of("Which shift is this about?", "The night shift.", "Thank you."), threads.thread(lee, id).stream()
			.map(ThreadMessageView::getMessage).collect(Collectors.toList()), "the thread reads as written, though the reply carries only its day");
		assertThrows(UnknownItem.class, () -> threads.thread(casey, id), "unpublished items stay unknown to staff");
		review.publish(lee, id);
		assertThrows(NotPermitted.class, () -> threads.thread(casey, id));

		assertThrows(UnknownItem.class, () -> receipts.lookUpReceipt(alex, "PV-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"));
		assertThrows(UnknownItem.class, () -> receipts.lookUpReceipt(alex, receipt.substring(0, 13) + "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"));
		assertThrows(InvalidInput.class, () -> receipts.lookUpReceipt(alex, "not a receipt"), "not of a receipt's form: a 400 of its own");
		assertThrows(NotSignedIn.class, () -> receipts.lookUpReceipt(SiteMember.guest(), receipt));

		SuggestionView withdrawn = receipts.withdrawWithReceipt(casey, receipt);
		assertEquals(SuggestionStatus.WITHDRAWN, withdrawn.getStatus());
		assertThrows(Conflict.class, () -> receipts.withdrawWithReceipt(alex, receipt));
		assertEquals(0, board.list(casey, SITE, SuggestionQuery.board(), PageRequest.of(1, 20)).totalCount(), "off the board at once");
		assertThrows(UnknownItem.class, () -> board.get(lee, id), "the withdrawal reaches reviewers once mixed");
		mixer.mixNow(RIVERSIDE);
		SuggestionView reviewed = board.get(lee, id);
		assertNull(reviewed.getReview().getTransitions().get(0).getBy());
		assertEquals(Instant.parse("2026-11-23T00:00:00Z"), reviewed.getReview().getTransitions().get(0).getAt(),
			"an anonymous writer's actions carry only the day");

		String dump = dumpPvTables();
		String compact = receipt.replace("-", "");
		assertFalse(dump.contains(receipt), "the receipt is never stored");
		assertFalse(dump.contains(compact.substring(10)), "the receipt's secret is never stored");
		assertFalse(dump.contains("user-alex"), "no writer key");
		assertFalse(dump.contains("Alex Rivera"), "no writer name");
		assertTrue(dump.contains(compact.substring(2, 10)), "the random locator is stored");
		assertTrue(dump.contains("argon2id$"), "a slow hash is stored");
	}

	@Test
	void reviewersRedactAnonymousTextUnderTheirName() throws Exception {
		SubmittedSuggestion submitted = board.submit(alex, SITE,
			new SuggestionDraft("About my supervisor Jordan", "Jordan on the east team keeps ignoring us.", "other", true, false));
		String id = submitted.getSuggestion().getId();
		mixer.mixNow(RIVERSIDE);
		assertThrows(NotPermitted.class, () -> review.redact(casey, id, "x", "y"));
		SuggestionView redacted = review.redact(lee, id, "About my supervisor [redacted]", "[redacted] keeps ignoring us.");
		assertTrue(redacted.isRedacted());
		assertEquals("[redacted] keeps ignoring us.", redacted.getBody());
		String dump = dumpPvTables();
		assertFalse(dump.contains("Jordan"), "the original text is not kept");
		assertEquals(1, countRows("PV_AUDIT_EVENT", "action = 'suggestion.redact' AND actor_name = 'Lee Park' AND item_id = '" + id + "'"));

		String identified = board.submit(alex, SITE, draft("Identified", false)).getSuggestion().getId();
		assertThrows(Conflict.class, () -> review.redact(lee, identified, "a", "b"));
	}

	@Test
	void privacyWarningsStopThePostUntilConfirmed() throws Exception {
		SuggestionDraft risky = new SuggestionDraft("Client paperwork", "Client DOB 04/12/1987, call 555-123-4567", "other", true, false);
		PrivacyWarningsFound found = assertThrows(PrivacyWarningsFound.class, () -> board.submit(alex, SITE, risky));
		assertEquals(List.of("date-of-birth", "phone"),
			found.getWarnings().stream().map(w -> w.getCode()).collect(Collectors.toList()));
		assertEquals(0, countRows("PV_SUGGESTION", "1 = 1"));
		SuggestionDraft confirmed = new SuggestionDraft("Client paperwork", "Client DOB 04/12/1987, call 555-123-4567", "other", true, true);
		assertNotNull(board.submit(alex, SITE, confirmed).getSuggestion().getId());
	}

	@Test
	void invalidDraftsAreRejectedFieldByField() {
		InvalidInput invalid = assertThrows(InvalidInput.class,
			() -> board.submit(alex, SITE, new SuggestionDraft(" ", "x".repeat(5001), "no-such-category", false, false)));
		assertEquals(List.of("title", "body", "category"), new ArrayList<>(invalid.fieldErrors().keySet()));
		assertThrows(NotSignedIn.class, () -> board.submit(SiteMember.guest(), SITE, draft("guest", false)));
		assertThrows(UnknownItem.class, () -> board.submit(alex, NORTHSIDE, draft("other site", false)));
	}

	@Test
	void itemsOfAnotherSiteAreUnknown() {
		String northside = board.submit(lee, NORTHSIDE, draft("Northside only", false)).getSuggestion().getId();
		review.publish(lee, northside);
		assertThrows(UnknownItem.class, () -> board.get(alex, northside));
		assertThrows(UnknownItem.class, () -> board.vote(alex, northside));
		assertThrows(UnknownItem.class, () -> board.get(alex, "no-such-id"));
	}

	@Test
	void identifiedWritersTalkWithReviewersAndMayWithdraw() {
		String id = board.submit(alex, SITE, draft("Mine", false)).getSuggestion().getId();
		threads.postMessage(lee, id, "Can you say more?");
		ThreadMessageView reply = threads.postMessage(alex, id, "Yes: Tuesdays.");
		assertEquals("WRITER", reply.getFrom());
		assertEquals("Alex Rivera", reply.getAuthor().getName());
		assertEquals(2, threads.thread(alex, id).size());
		assertThrows(UnknownItem.class, () -> threads.postMessage(casey, id, "me too"));
		assertThrows(NotPermitted.class, () -> board.withdraw(lee, id));
		assertEquals(SuggestionStatus.WITHDRAWN, board.withdraw(alex, id).getStatus());
		assertThrows(Conflict.class, () -> review.publish(lee, id));
	}

	@Test
	void settingsDefaultThenChangeByConfigurersOnly() {
		SuggestionSettings defaults = settings.settings(alex, SITE);
		assertEquals(Publication.REVIEW_FIRST, defaults.getPublication());
		assertEquals(6, defaults.getCategories().size());
		SuggestionSettings immediate = new SuggestionSettings(Publication.IMMEDIATE,
			List.of(new Category("staffing", "Staffing"), new Category("other", "Other")));
		assertThrows(NotPermitted.class, () -> settings.updateSettings(lee, SITE, immediate));
		assertEquals(Publication.IMMEDIATE, settings.updateSettings(admin, SITE, immediate).getPublication());
		assertEquals(List.of("staffing", "other"),
			settings.settings(alex, SITE).getCategories().stream().map(Category::getKey).collect(Collectors.toList()));
		settings.updateSettings(admin, SITE, immediate);
		SuggestionView posted = board.submit(alex, SITE,
			new SuggestionDraft("Right away", "Published at once", "staffing", false, false)).getSuggestion();
		assertTrue(posted.isPublished());
		assertThrows(InvalidInput.class, () -> board.submit(alex, SITE, draft("Old category", false)));
		assertEquals(Publication.REVIEW_FIRST, settings.settings(lee, NORTHSIDE).getPublication());
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		String id = board.submit(alex, SITE, draft("Contended", false)).getSuggestion().getId();
		assertThrows(Conflict.class, () -> database.unitOfWork().run(() -> {
			board.get(lee, id);
			try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
				other.setAutoCommit(true);
				statement.executeUpdate("UPDATE PV_SUGGESTION SET version = version + 1 WHERE id = '" + id + "'");
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			review.publish(lee, id);
		}));
		assertFalse(board.get(lee, id).isPublished());
	}

	@Test
	void mixingRewritesEveryPendingRowOnceWithItsContentIntact() throws Exception {
		String identified = publishedSuggestion("Identified, never pending");
		SubmittedSuggestion anonymous = board.submit(casey, SITE, draft("Anonymous, pending", true));
		String receipt = anonymous.receipt().orElseThrow();
		threads.replyWithReceipt(casey, receipt, "More detail.");
		board.vote(admin, identified);
		String withdrawnReceipt = board.submit(alex, SITE, draft("Withdrawn before mixing", true)).receipt().orElseThrow();
		receipts.withdrawWithReceipt(alex, withdrawnReceipt);
		board.submit(lee, NORTHSIDE, draft("Another site's", true));
		List<String> before = rowsApartFromTheMixedFlag();
		assertEquals(6, countRows("PV_SUGGESTION", "mixed = FALSE") + countRows("PV_SUGGESTION_MESSAGE", "mixed = FALSE")
			+ countRows("PV_SUGGESTION_VOTE", "mixed = FALSE") + countRows("PV_SUGGESTION_TRANSITION", "mixed = FALSE"));

		mixer.mixNow(RIVERSIDE);
		assertEquals(1, countRows("PV_SUGGESTION", "mixed = FALSE"), "another site's rows wait for its own mixing");
		assertEquals(0, countRows("PV_SUGGESTION_MESSAGE", "mixed = FALSE") + countRows("PV_SUGGESTION_VOTE", "mixed = FALSE")
			+ countRows("PV_SUGGESTION_TRANSITION", "mixed = FALSE"));
		List<String> after = rowsApartFromTheMixedFlag();
		assertEquals(before, after, "rewritten rows keep every value");
		assertEquals(1, storedVoteCount(identified), "the stored count is set by the mixing");
		assertEquals(0, countRows("PV_SUGGESTION_MESSAGE", "seq < 1"), "every waiting reply has its place in its thread");
		mixer.mixNow(RIVERSIDE);
		assertEquals(after, rowsApartFromTheMixedFlag(), "mixing again changes nothing");
		assertEquals(anonymous.getSuggestion().getId(), board.get(lee, anonymous.getSuggestion().getId()).getId());
	}

	/*
	 * More pending rows than one statement of a mixing deletes or moves (1,000 on PostgreSQL and MariaDB): every row comes
	 * back once, unchanged but for its flag, and the count the mixing stores is all of them.
	 */
	@Test
	void aMixingOfMoreRowsThanOneStatementTakesRewritesEachOnce() throws Exception {
		String id = publishedSuggestion("Many votes at once");
		int votes = 2_500;
		try (Connection connection = dataSource.getConnection();
			PreparedStatement insert = connection.prepareStatement("INSERT INTO PV_SUGGESTION_VOTE (id, suggestion_id, voter_hash, mixed)"
				+ " VALUES (?, ?, ?, FALSE)")) {
			connection.setAutoCommit(false);
			for (int i = 0; i < votes; i++) {
				insert.setString(1, java.util.UUID.randomUUID().toString());
				insert.setString(2, id);
				insert.setString(3, String.format("%064d", i));
				insert.addBatch();
			}
			insert.executeBatch();
			connection.commit();
		}
		List<String> before = rowsApartFromTheMixedFlag();

		mixer.mixNow(RIVERSIDE);
		assertEquals(0, countRows("PV_SUGGESTION_VOTE", "mixed = FALSE"));
		assertEquals(votes, countRows("PV_SUGGESTION_VOTE", "suggestion_id = '" + id + "'"));
		assertEquals(before, rowsApartFromTheMixedFlag(), "every row back once with its values");
		assertEquals(votes, storedVoteCount(id));
	}

	@Test
	void twoNodesMixingAtOnceMixEachSiteOnce() throws Exception {
		board.submit(alex, SITE, draft("Pending", true));
		PeerVoiceServices otherNode = new PeerVoiceServices(PeerVoiceDatabase.open(dataSource).unitOfWork(), () -> SECRET.clone(), clock);
		assertEquals(0, mixer.mixDueSites(), "the window starts when the site is first seen");
		clock.advance(Duration.ofMinutes(60));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
		for (Mixer node : List.of(mixer, otherNode.mixer())) {
			runs.add(pool.submit(() -> {
				start.await();
				return node.mixDueSites();
			}));
		}
		start.countDown();
		int mixed = 0;
		for (java.util.concurrent.Future<Integer> run : runs) {
			mixed += run.get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertEquals(1, mixed, "one node mixed the site");
		assertEquals(1, countRows("PV_SUGGESTION", "mixed = TRUE"));
		assertEquals(0, countRows("PV_SUGGESTION", "mixed = FALSE"));
		clock.advance(Duration.ofMinutes(59));
		board.submit(alex, SITE, draft("Next window", true));
		assertEquals(0, mixer.mixDueSites() + otherNode.mixer().mixDueSites(), "not before the window has passed again");
	}

	/*
	 * The fault suite's finding on MariaDB (docs/reliability.md, "Votes and mixing on MariaDB"): one person votes and
	 * retracts on two nodes, one request after the other, while both nodes' mixers rewrite the pending votes. Every
	 * answer must follow from the ones before (a vote after an acknowledged retraction is never "already voted", a
	 * retraction after an acknowledged vote never "not voted"), and the rows left are exactly the acknowledged votes.
	 */
	@Test
	void votesAndRetractionsOnTwoNodesWhileBothMixStayExact() throws Exception {
		String id = publishedSuggestion("Toggled while mixed");
		try (PeerVoiceDatabase otherDatabase = PeerVoiceDatabase.open(dataSource)) {
			PeerVoiceServices otherNode = new PeerVoiceServices(otherDatabase.unitOfWork(), () -> SECRET.clone(), clock);
			List<SuggestionBoard> boards = List.of(board, otherNode.suggestionBoard());
			List<Mixer> mixers = List.of(mixer, otherNode.mixer());
			int voters = 6;
			int rounds = toggleRounds();
			java.util.concurrent.atomic.AtomicBoolean voting = new java.util.concurrent.atomic.AtomicBoolean(true);
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(voters + mixers.size());
			List<java.util.concurrent.Future<?>> mixing = new ArrayList<>();
			for (Mixer node : mixers) {
				mixing.add(pool.submit(() -> {
					while (voting.get()) {
						try {
							node.mixNow(RIVERSIDE);
						}
						catch (ServiceUnavailable busy) {
							// lost three times in a row: the next run mixes
						}
					}
					return null;
				}));
			}
			List<java.util.concurrent.Future<List<String>>> people = new ArrayList<>();
			for (int v = 0; v < voters; v++) {
				SiteMember voter = SiteMember.named("user-toggler-" + v, "Toggler " + v, PeerVoiceRole.SITE_MEMBER, SITE);
				int first = v;
				people.add(pool.submit(() -> {
					List<String> contradictions = new ArrayList<>();
					List<String> history = new ArrayList<>();
					Boolean voted = Boolean.FALSE;
					for (int round = 0; round < rounds; round++) {
						int node = (first + round) % boards.size();
						boolean vote = !Boolean.TRUE.equals(voted);
						String request = (vote ? "vote" : "retract") + " on node " + node;
						try {
							if (vote) {
								boards.get(node).vote(voter, id);
							}
							else {
								boards.get(node).retractVote(voter, id);
							}
							history.add(request + ": done");
							voted = vote;
						}
						catch (Conflict | UnknownItem refused) {
							history.add(request + ": refused (" + refused.getMessage() + "), then read as voted: " + board.get(voter, id).isVotedByMe());
							if (voted != null) {
								contradictions.add(voter.userKey().orElseThrow() + " round " + round + " contradicts " + history.subList(Math.max(0, history.size() - 3), history.size()));
							}
							voted = vote;
						}
						catch (ServiceUnavailable unknown) {
							history.add(request + ": unavailable");
							voted = null;
						}
					}
					if (voted == null) {
						voted = board.get(voter, id).isVotedByMe();
					}
					contradictions.add(voted ? "VOTED" : "NOT VOTED");
					return contradictions;
				}));
			}
			List<String> contradictions = new ArrayList<>();
			long acknowledged = 0;
			for (java.util.concurrent.Future<List<String>> person : people) {
				List<String> outcome = person.get(300, java.util.concurrent.TimeUnit.SECONDS);
				if ("VOTED".equals(outcome.get(outcome.size() - 1))) {
					acknowledged++;
				}
				contradictions.addAll(outcome.subList(0, outcome.size() - 1));
			}
			voting.set(false);
			for (java.util.concurrent.Future<?> run : mixing) {
				run.get(120, java.util.concurrent.TimeUnit.SECONDS);
			}
			pool.shutdown();
			assertEquals(List.of(), contradictions);
			assertEquals(acknowledged, countRows("PV_SUGGESTION_VOTE", "suggestion_id = '" + id + "'"), "the rows are the acknowledged votes");
			mixer.mixNow(RIVERSIDE);
			assertEquals(acknowledged, storedVoteCount(id), "the stored count after a mixing");
		}
	}

	@Test
	void everyUnitOfWorkRunsAtReadCommitted() {
		UnitOfWork unitOfWork = database.unitOfWork();
		int isolation = unitOfWork.inTransaction(() -> {
			try {
				return unitOfWork.entityManager().unwrap(Connection.class).getTransactionIsolation();
			}
			catch (SQLException failed) {
				throw new IllegalStateException(failed);
			}
		});
		assertEquals(Connection.TRANSACTION_READ_COMMITTED, isolation, "MariaDB's default, REPEATABLE READ, is not used");
	}

	@Test
	void theMixingWindowIsASiteSettingOfFiveToSixtyMinutes() {
		SuggestionSettings current = settings.settings(admin, SITE);
		assertEquals(60, current.getMixingWindowMinutes());
		for (int refused : new int[] { 0, 4, 61, -5 }) {
			InvalidInput invalid = assertThrows(InvalidInput.class, () -> settings.updateSettings(admin, SITE,
				new SuggestionSettings(current.getPublication(), current.getCategories(), refused)));
			assertTrue(invalid.fieldErrors().containsKey("mixingWindowMinutes"));
		}
		assertEquals(5, settings.updateSettings(admin, SITE, new SuggestionSettings(current.getPublication(), current.getCategories(), 5))
			.getMixingWindowMinutes());
		assertEquals(5, settings.settings(alex, SITE).getMixingWindowMinutes());
		board.submit(alex, SITE, draft("Short window", true));
		assertEquals(0, mixer.mixDueSites());
		clock.advance(Duration.ofMinutes(4));
		assertEquals(0, mixer.mixDueSites());
		clock.advance(Duration.ofMinutes(1));
		assertEquals(1, mixer.mixDueSites());
	}

	@Test
	void messagesPostedAtOnceAreAllKeptAfterTheThreadsEarlierMessages() throws Exception {
		String id = publishedSuggestion("Busy thread");
		threads.postMessage(lee, id, "Before the rush");
		int posts = 6;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(posts);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<ThreadMessageView>> outcomes = new ArrayList<>();
		for (int i = 0; i < posts; i++) {
			String text = "Message " + i;
			outcomes.add(pool.submit(() -> {
				start.await();
				return threads.postMessage(lee, id, text);
			}));
		}
		start.countDown();
		for (java.util.concurrent.Future<ThreadMessageView> outcome : outcomes) {
			outcome.get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		pool.shutdown();
		List<ThreadMessageView> thread = threads.thread(lee, id);
		assertEquals(posts + 1, thread.size());
		assertEquals("Before the rush", thread.get(0).getMessage());
		assertEquals(posts, countRows("PV_SUGGESTION_MESSAGE", "seq BETWEEN 2 AND " + (posts + 1)));
	}

	@Test
	void theMixingMigrationNumbersExistingThreadsByTimeThenIdAndCountsOldRowsAsMixed() throws Exception {
		DataSource older = createDataSource();
		try {
			Flyway.configure(PeerVoiceDatabase.class.getClassLoader()).dataSource(older).locations(PeerVoiceDatabase.MIGRATIONS)
				.table(PeerVoiceDatabase.HISTORY_TABLE).target("2").load().migrate();
			try (Connection connection = older.getConnection(); Statement statement = connection.createStatement()) {
				statement.executeUpdate("INSERT INTO PV_SUGGESTION (id, company_id, site_id, title, body, category, anonymous, status,"
					+ " published, redacted, created_at, version) VALUES ('s', 1, 2, 't', 'b', 'other', TRUE, 'SUBMITTED', TRUE, FALSE,"
					+ " TIMESTAMP '2026-01-02 00:00:00', 1)");
				String insert = "INSERT INTO PV_SUGGESTION_MESSAGE (id, suggestion_id, sender, message, created_at) VALUES ";
				statement.executeUpdate(insert + "('m3', 's', 'REVIEWER', 'third', TIMESTAMP '2026-01-02 10:00:00')");
				statement.executeUpdate(insert + "('m2', 's', 'WRITER', 'second', TIMESTAMP '2026-01-02 00:00:00')");
				statement.executeUpdate(insert + "('m1', 's', 'REVIEWER', 'first', TIMESTAMP '2026-01-02 00:00:00')");
			}
			PeerVoiceDatabase.open(older).close();
			try (Connection connection = older.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, seq, mixed FROM PV_SUGGESTION_MESSAGE ORDER BY seq")) {
				List<String> thread = new ArrayList<>();
				while (rows.next()) {
					thread.add(rows.getString(1) + "@" + rows.getInt(2) + (rows.getBoolean(3) ? "" : " unmixed"));
				}
				assertEquals(List.of("m1@1", "m2@2", "m3@3"), thread);
			}
			assertEquals(0, countRowsIn(older, "PV_SUGGESTION", "mixed = FALSE"));
		}
		finally {
			dropDataSource(older);
		}
	}

	/** Every row of the suggestion box's tables as text, sorted, without the mixed flag and the count the mixing sets. */
	private List<String> rowsApartFromTheMixedFlag() throws SQLException {
		List<String> lines = new ArrayList<>();
		for (String table : List.of("PV_SUGGESTION", "PV_SUGGESTION_MESSAGE", "PV_SUGGESTION_TRANSITION", "PV_SUGGESTION_VOTE",
			"PV_SUGGESTION_RESPONSE")) {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
				java.sql.ResultSetMetaData columns = rows.getMetaData();
				while (rows.next()) {
					StringBuilder line = new StringBuilder(table);
					for (int i = 1; i <= columns.getColumnCount(); i++) {
						String column = columns.getColumnName(i);
						// the mixing sets these: the flag, stored vote counts and the places of waiting replies
						if (!"mixed".equalsIgnoreCase(column) && !"vote_count".equalsIgnoreCase(column) && !"seq".equalsIgnoreCase(column)) {
							line.append('|').append(columns.getColumnName(i).toLowerCase(Locale.ROOT)).append('=').append(rows.getString(i));
						}
					}
					lines.add(line.toString());
				}
			}
		}
		java.util.Collections.sort(lines);
		return lines;
	}

	// A vote whose insert waited on a lock until its time limit answered "409 You already voted" though nothing was
	// stored (the fault suite found it): on every database, only a key really taken is a conflict (ConflictingWrites).
	@Test
	void aWriteRefusedByAKeyIsAConflictAndOneThatTimesOutOnALockIsServiceUnavailable() throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE FAULT_WRITE_PROBE (ID INT NOT NULL PRIMARY KEY)");
		}
		UnitOfWork unitOfWork = database.unitOfWork();
		insertProbeOrConflict(unitOfWork, 1);

		assertEquals("taken", assertThrows(Conflict.class, () -> insertProbeOrConflict(unitOfWork, 1)).getMessage());
		if (database.platformName().startsWith("HSQL")) {
			return; // embedded HSQLDB ignores a statement's time limit while it waits for a lock
		}
		try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
			holder.setAutoCommit(false);
			statement.executeUpdate("INSERT INTO FAULT_WRITE_PROBE (ID) VALUES (2)");

			assertThrows(ServiceUnavailable.class, () -> insertProbeOrConflict(unitOfWork, 2), "waits on the holder's lock until its time limit");
			holder.rollback();
		}
		insertProbeOrConflict(unitOfWork, 2);
		assertEquals(2, countRowsIn(dataSource, "FAULT_WRITE_PROBE", "ID > 0"));
	}

	private static void insertProbeOrConflict(UnitOfWork unitOfWork, int id) {
		unitOfWork.run(() -> ConflictingWrites.orConflict(() -> unitOfWork.entityManager()
			.createNativeQuery("INSERT INTO FAULT_WRITE_PROBE (ID) VALUES (?1)").setParameter(1, id)
			.setHint("eclipselink.jdbc.timeout", 1).executeUpdate(), "taken"));
	}

	private static long countRowsIn(DataSource source, String table, String condition) throws SQLException {
		try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
			ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + condition)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private String publishedSuggestion(String title) {
		String id = board.submit(alex, SITE, draft(title, false)).getSuggestion().getId();
		review.respond(lee, id, SuggestionStatus.PLANNED, "Planned.");
		return id;
	}

	private long storedVoteCount(String id) throws SQLException {
		return storedNumber("vote_count", id);
	}

	private long storedVersion(String id) throws SQLException {
		return storedNumber("version", id);
	}

	private long storedNumber(String column, String id) throws SQLException {
		try (Connection connection = dataSource.getConnection();
			PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM PV_SUGGESTION WHERE id = ?")) {
			select.setString(1, id);
			try (ResultSet rows = select.executeQuery()) {
				assertTrue(rows.next());
				return rows.getLong(1);
			}
		}
	}

	private static List<String> ids(Page<SuggestionView> page) {
		return page.items().stream().map(SuggestionView::getId).collect(Collectors.toList());
	}

	private List<String> pvTables() throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			// Without schemas (MariaDB) the database is the JDBC catalog: this test's own, not every one the user may see.
			String catalog = connection.getSchema() == null ? connection.getCatalog() : null;
			try (ResultSet rows = metaData.getTables(catalog, connection.getSchema(), null, new String[] {"TABLE"})) {
				while (rows.next()) {
					String name = rows.getString("TABLE_NAME");
					if (name.toUpperCase(Locale.ROOT).startsWith("PV_")) {
						tables.add(name.toUpperCase(Locale.ROOT));
					}
				}
			}
		}
		return tables;
	}

	/** {@code condition} may name Flyway's columns as {@code {column}}: Flyway quotes their lower-case names. */
	private long countRows(String table, String condition) throws SQLException {
		try (Connection connection = dataSource.getConnection();
			Statement statement = connection.createStatement();
			ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + historyQuoted(connection, table) + " WHERE "
				+ condition.replaceAll("\\{(\\w+)\\}", quoteOf(connection) + "$1" + quoteOf(connection)))) {
			rows.next();
			return rows.getLong(1);
		}
	}

	// Flyway quotes the name of its history table, in the database's own way ("..." or `...`).
	private static String historyQuoted(Connection connection, String table) throws SQLException {
		return "PV_SCHEMA_HISTORY".equals(table) ? quoteOf(connection) + table + quoteOf(connection) : table;
	}

	private static String quoteOf(Connection connection) throws SQLException {
		return connection.getMetaData().getIdentifierQuoteString().trim();
	}

	/** Every value of every PV_ table, as text. */
	private String dumpPvTables() throws SQLException {
		StringBuilder dump = new StringBuilder();
		for (String table : pvTables()) {
			dump.append(dump(table));
		}
		return dump.toString();
	}

	private String dump(String table) throws SQLException {
		StringBuilder dump = new StringBuilder();
		{
			try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT * FROM " + historyQuoted(connection, table))) {
				int columns = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					for (int i = 1; i <= columns; i++) {
						dump.append(rows.getString(i)).append('\u0001');
					}
					dump.append('\n');
				}
			}
		}
		return dump.toString();
	}

	@Test
	void threadMessagesAndResponsesAreScreenedUnlessConfirmed() {
		String id = board.submit(alex, SITE, draft("Longer breaks", false)).getSuggestion().getId();

		PrivacyWarningsFound fromReviewer = assertThrows(PrivacyWarningsFound.class,
			() -> threads.postMessage(lee, id, "Llámame al 612 345 678", false));
		assertEquals("phone", fromReviewer.getWarnings().get(0).getCode());
		assertEquals("message", fromReviewer.getWarnings().get(0).getField());
		assertThrows(PrivacyWarningsFound.class, () -> threads.postMessage(alex, id, "fecha de nacimiento 04/12/1987", false));
		assertEquals(0, threads.thread(lee, id).size(), "nothing is stored before the writer confirms");
		threads.postMessage(alex, id, "fecha de nacimiento 04/12/1987", true);
		assertEquals(1, threads.thread(lee, id).size());

		PrivacyWarningsFound response = assertThrows(PrivacyWarningsFound.class,
			() -> review.respond(lee, id, SuggestionStatus.PLANNED, "Ask jo@example.org", false));
		assertEquals(List.of("message"), response.getWarnings().stream().map(warning -> warning.getField()).collect(Collectors.toList()));
		assertEquals(SuggestionStatus.SUBMITTED, board.get(lee, id).getStatus(), "a refused response changes nothing");
		assertEquals(SuggestionStatus.PLANNED, review.respond(lee, id, SuggestionStatus.PLANNED, "Ask jo@example.org", true).getStatus());

		String receipt = board.submit(alex, SITE, draft("Night shift", true)).receipt().orElseThrow();
		assertThrows(PrivacyWarningsFound.class, () -> threads.replyWithReceipt(alex, receipt, "Vivo en Calle Mayor 12", false));
		assertEquals(0, receipts.lookUpReceipt(alex, receipt).getThread().size());
		threads.replyWithReceipt(alex, receipt, "Vivo en Calle Mayor 12", true);
		assertEquals(1, receipts.lookUpReceipt(alex, receipt).getThread().size());
	}

	@Test
	void reviewersSeeTheFindingsAndConfirmBeforePublishingThem() {
		String body = "My client's MRN 00123456 was mixed up again.";
		String id = board.submit(alex, SITE,
			new SuggestionDraft("Records mix-up", body, "workplace-culture", false, true)).getSuggestion().getId();
		SuggestionView reviewed = board.get(lee, id);
		assertEquals(1, reviewed.getReview().getPrivacyFindings().size());
		var finding = reviewed.getReview().getPrivacyFindings().get(0);
		assertEquals("record-number", finding.getCode());
		assertEquals("body", finding.getField());
		assertEquals("MRN 00123456", body.substring(finding.getStart(), finding.getEnd()));

		assertThrows(PrivacyWarningsFound.class, () -> review.publish(lee, id, false));
		assertFalse(board.get(lee, id).isPublished());
		assertThrows(PrivacyWarningsFound.class, () -> review.respond(lee, id, null, "Thanks, we are on it.", false),
			"a response publishes the item, so the item's findings need the same confirmation");
		assertTrue(review.publish(lee, id, true).isPublished());

		String clean = board.submit(alex, SITE, draft("Quiet room", false)).getSuggestion().getId();
		assertTrue(board.get(lee, clean).getReview().getPrivacyFindings().isEmpty());
		assertTrue(review.publish(lee, clean, false).isPublished());
	}

	@Test
	void userTextIsNormalizedBeforeItIsStoredAndInvisibleTextIsRefused() {
		InvalidInput invisible = assertThrows(InvalidInput.class, () -> board.submit(alex, SITE,
			new SuggestionDraft("\u200B\uFEFF\u00A0\u3000", "\u202E", "workplace-culture", false, false)));
		assertEquals("required", invisible.fieldCodes().get("title"));
		assertEquals("bidi-control", invisible.fieldCodes().get("body"));
		InvalidInput controls = assertThrows(InvalidInput.class, () -> board.submit(alex, SITE,
			new SuggestionDraft("NUL\u0000", "lone \uD800", "workplace-culture", false, false)));
		assertEquals("control-character", controls.fieldCodes().get("title"));
		assertEquals("unpaired-surrogate", controls.fieldCodes().get("body"));

		String emoji = "\uD83D\uDE00";
		String longestTitle = emoji.repeat(150 / 2);
		String id = board.submit(alex, SITE, new SuggestionDraft("\u3000" + longestTitle + "\u200B", "Cafe\u0301\r\nsecond line",
			"workplace-culture", false, false)).getSuggestion().getId();
		SuggestionView stored = board.get(alex, id);
		assertEquals(longestTitle, stored.getTitle(), "the column holds the longest title on this database");
		assertEquals("Caf\u00E9\nsecond line", stored.getBody());

		String longestMessage = emoji.repeat(2000 / 2);
		assertEquals(longestMessage, threads.postMessage(alex, id, longestMessage).getMessage());
		InvalidInput tooLong = assertThrows(InvalidInput.class, () -> threads.postMessage(alex, id, longestMessage + "x"));
		assertEquals("too-long", tooLong.fieldCodes().get("message"));
		assertEquals(longestMessage, threads.thread(lee, id).get(0).getMessage());
	}

}
