package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.core.notification.NotificationView;
import org.peervoice.core.notification.OutboxNotifier;
import org.peervoice.core.suggestion.SubmittedSuggestion;
import org.peervoice.core.suggestion.SuggestionDraft;
import org.peervoice.core.suggestion.SuggestionStatus;

/** Notifications end to end on a real database: the outbox, the mixing point, delivery once, the inbox. Run per database. */
abstract class NotificationContract {

	private static final Scope RIVERSIDE = new Scope(SiteMember.COMPANY, SiteMember.SITE);
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);

	private final SiteMember alex = SiteMember.named("user-alex-20001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SiteMember.SITE);
	private final SiteMember casey = SiteMember.named("user-casey-20002", "Casey Morgan", PeerVoiceRole.SITE_MEMBER, SiteMember.SITE);
	private final SiteMember lee = SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SiteMember.SITE, SiteMember.OTHER_SITE);
	private final SiteMember admin = SiteMember.named("user-admin-20004", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SiteMember.SITE, SiteMember.OTHER_SITE);

	private DataSource dataSource;
	private PeerVoiceDatabase database;
	private PeerVoiceServices services;
	private MovableClock clock;

	abstract DataSource createDataSource() throws Exception;

	/** The database of one test: by default {@link #createDataSource() an empty one}, which the test then migrates. */
	DataSource createTestDataSource() throws Exception {
		return createDataSource();
	}

	abstract void dropDataSource(DataSource dataSource) throws Exception;

	@BeforeEach
	void openDatabase() throws Exception {
		dataSource = createTestDataSource();
		database = PeerVoiceDatabase.open(dataSource);
		clock = new MovableClock(Instant.parse("2026-11-23T14:37:21.123Z"));
		List<String> reviewers = List.of(lee.userKey().orElseThrow(), admin.userKey().orElseThrow());
		services = new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock, site -> reviewers, null);
	}

	@AfterEach
	void closeDatabase() throws Exception {
		database.close();
		dropDataSource(dataSource);
	}

	@Test
	void anEventOfAChangeThatRollsBackIsNeverStored() throws Exception {
		UnitOfWork unitOfWork = database.unitOfWork();
		assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
			new OutboxNotifier(unitOfWork).publish(NotificationEvent.forPerson(NotificationType.SUGGESTION_MESSAGE, RIVERSIDE, "item",
				"user-alex-20001", null, Instant.now()));
			throw new IllegalStateException("the change fails");
		}));

		assertEquals(0, count("PV_NOTIFICATION_OUTBOX"));
		services.notificationDispatcher().run();
		assertEquals(0, count("PV_NOTIFICATION"));
	}

	@Test
	void aResponseReachesItsWriterOnceAndIsReadWhenMarked() throws Exception {
		String id = board("Quiet room", false, alex).getSuggestion().getId();
		services.suggestionReview().respond(lee, id, SuggestionStatus.PLANNED, "We will set one up.");

		services.notificationDispatcher().run();
		services.notificationDispatcher().run();

		List<NotificationView> mine = services.notificationInbox().mine(alex, new PageRequest(1, 20)).items();
		assertEquals(1, mine.size());
		NotificationView response = mine.get(0);
		assertEquals(NotificationType.SUGGESTION_RESPONSE, response.getType());
		assertEquals(id, response.getItemId());
		assertEquals("Quiet room", response.getItemTitle());
		assertEquals("PLANNED", response.getDetail());
		assertEquals(1, services.notificationInbox().unreadCount(alex));
		assertTrue(services.notificationInbox().mine(lee, new PageRequest(1, 20)).items().stream()
			.allMatch(notification -> notification.getType() == NotificationType.REVIEW_DIGEST), "the reviewer gets the digest only");

		services.notificationInbox().markRead(casey, List.of(response.getId()));
		assertEquals(1, services.notificationInbox().unreadCount(alex), "nobody marks another's");
		assertEquals(0, services.notificationInbox().markRead(alex, List.of(response.getId())));
	}

	@Test
	void anonymousWritesReachTheDigestOnlyAtTheirMixingPoint() throws Exception {
		SubmittedSuggestion anonymous = board("Rota", true, casey);
		services.suggestionThreads().replyWithReceipt(casey, anonymous.receipt().orElseThrow(), "Nights are uneven.");

		assertEquals(0, count("PV_NOTIFICATION_OUTBOX"), "nothing before the mixing point");
		assertEquals(0, services.notificationDispatcher().sendDigestsNow());
		assertEquals(0, count("PV_NOTIFICATION"));

		services.mixer().mixNow(RIVERSIDE);
		assertEquals(1, count("PV_NOTIFICATION_OUTBOX"), "the new item; its reply is part of it");
		assertEquals(1, services.notificationDispatcher().sendDigestsNow());

		for (SiteMember reviewer : List.of(lee, admin)) {
			List<NotificationView> digests = services.notificationInbox().mine(reviewer, new PageRequest(1, 20)).items();
			assertEquals(1, digests.size(), reviewer.userKey() + " " + digests);
			assertEquals(NotificationType.REVIEW_DIGEST, digests.get(0).getType());
			assertEquals(1, digests.get(0).getNewItems());
			assertEquals(null, digests.get(0).getItemId());
			assertEquals(null, digests.get(0).getItemTitle());
		}
		assertEquals(2, count("PV_NOTIFICATION"));
		assertEquals(0, count("PV_NOTIFICATION_OUTBOX"));

		services.suggestionThreads().replyWithReceipt(casey, anonymous.receipt().orElseThrow(), "One more thing.");
		assertEquals(0, count("PV_NOTIFICATION_OUTBOX"), "a later reply waits for its own mixing point");
		services.mixer().mixNow(RIVERSIDE);
		assertEquals(1, count("PV_NOTIFICATION_OUTBOX"), "the writer's reply");
		clock.advance(Duration.ofMinutes(1));
		services.notificationDispatcher().sendDigestsNow();
		assertEquals(1, services.notificationInbox().mine(lee, new PageRequest(1, 20)).items().get(0).getWriterReplies());
	}

	@Test
	void dispatchersRunningAtOnceDeliverEachEventExactlyOnce() throws Exception {
		String id = board("Quiet room", false, alex).getSuggestion().getId();
		for (int i = 0; i < 30; i++) {
			services.suggestionThreads().postMessage(lee, id, "Question " + i);
		}
		ExecutorService nodes = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int node = 0; node < 4; node++) {
				runs.add(nodes.submit(() -> services.notificationDispatcher().deliverToPersons()));
			}
			int delivered = 0;
			for (Future<Integer> run : runs) {
				delivered += run.get(60, TimeUnit.SECONDS);
			}
			assertEquals(30, delivered);
		}
		finally {
			nodes.shutdownNow();
		}
		assertEquals(30, count("PV_NOTIFICATION"));
		assertEquals(30, services.notificationInbox().unreadCount(alex));
		assertEquals(1, count("PV_NOTIFICATION_OUTBOX"), "only the new item, for the reviewers' digest");
	}

	private SubmittedSuggestion board(String title, boolean anonymous, SiteMember writer) {
		return services.suggestionBoard().submit(writer, SiteMember.SITE,
			new SuggestionDraft(title, "More time between groups would help us prepare.", "workplace-culture", anonymous, false));
	}

	private long count(String table) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
			ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
