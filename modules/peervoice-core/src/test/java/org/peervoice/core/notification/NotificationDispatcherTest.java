package org.peervoice.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.DirectUnitOfWork;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

class NotificationDispatcherTest {

	private static final Scope RIVERSIDE = new Scope(20097, 20121);
	private static final Scope NORTHSIDE = new Scope(20097, 20145);
	private static final Duration DAY = Duration.ofDays(1);

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T14:37:21Z"));
	private final InMemoryNotificationStore store = new InMemoryNotificationStore();
	private final List<Notification> delivered = new ArrayList<>();
	private final Map<Scope, List<String>> reviewers = Map.of(RIVERSIDE, List.of("u-lee", "u-casey"), NORTHSIDE, List.of("u-lee"));
	private final NotificationDispatcher dispatcher = new NotificationDispatcher(new DirectUnitOfWork(), store, delivered::add, site -> reviewers.getOrDefault(site, List.of()), site -> DAY, clock);

	@Test
	void anEventForOnePersonIsDeliveredToThemOnceAndLeavesTheOutbox() {
		store.publish(NotificationEvent.forPerson(NotificationType.SUGGESTION_RESPONSE, RIVERSIDE, "item-1", "u-alex", "PLANNED", clock.instant()));

		assertEquals(1, dispatcher.deliverToPersons());
		assertEquals(0, dispatcher.deliverToPersons());

		assertEquals(1, delivered.size());
		Notification notification = delivered.get(0);
		assertEquals("u-alex", notification.recipientKey());
		assertEquals(NotificationType.SUGGESTION_RESPONSE, notification.type());
		assertEquals("item-1", notification.itemId());
		assertEquals("PLANNED", notification.detail());
		assertTrue(store.outbox.isEmpty());
	}

	@Test
	void aFailedDeliveryKeepsTheEventForTheNextRun() {
		store.publish(NotificationEvent.forPerson(NotificationType.SUGGESTION_MESSAGE, RIVERSIDE, "item-1", "u-alex", null, clock.instant()));
		NotificationDispatcher failing = new NotificationDispatcher(new RollingBackUnitOfWork(store), store, notification -> {
			throw new IllegalStateException("host down");
		}, site -> List.of(), site -> DAY, clock);

		assertEquals(0, failing.deliverToPersons());
		assertEquals(1, store.outbox.size());

		assertEquals(1, dispatcher.deliverToPersons());
		assertEquals(1, delivered.size());
	}

	@Test
	void aTypeThePersonTurnedOffIsNotDelivered() {
		store.setPreference(20097, "u-alex", NotificationType.SUGGESTION_STATUS, false);
		store.publish(NotificationEvent.forPerson(NotificationType.SUGGESTION_STATUS, RIVERSIDE, "item-1", "u-alex", "DONE", clock.instant()));
		store.publish(NotificationEvent.forPerson(NotificationType.SUGGESTION_MESSAGE, RIVERSIDE, "item-1", "u-alex", null, clock.instant()));

		dispatcher.deliverToPersons();

		assertEquals(List.of(NotificationType.SUGGESTION_MESSAGE), delivered.stream().map(Notification::type).collect(Collectors.toList()));
		assertTrue(store.outbox.isEmpty());
	}

	@Test
	void reviewerEventsWaitForTheDigestAndNeverGoOutOneByOne() {
		store.publish(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, RIVERSIDE, "item-1", clock.instant()));

		assertEquals(0, dispatcher.deliverToPersons());

		assertTrue(delivered.isEmpty());
		assertEquals(1, store.outbox.size());
	}

	@Test
	void eachReviewerOfTheSiteGetsOneDigestCountingDistinctItems() {
		store.publish(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, RIVERSIDE, "item-1", clock.instant()));
		store.publish(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, RIVERSIDE, "item-2", clock.instant()));
		store.publish(NotificationEvent.forReviewers(DigestEntry.WRITER_REPLY, RIVERSIDE, "item-1", clock.instant()));
		store.publish(NotificationEvent.forReviewers(DigestEntry.WRITER_REPLY, RIVERSIDE, "item-1", clock.instant()));
		store.publish(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, NORTHSIDE, "item-9", clock.instant()));

		assertEquals(2, dispatcher.sendDueDigests());

		Map<String, List<Notification>> byReviewer = delivered.stream().collect(Collectors.groupingBy(Notification::recipientKey));
		assertEquals(Set.of("u-lee", "u-casey"), byReviewer.keySet());
		assertEquals(2, byReviewer.get("u-lee").size(), "one digest per site");
		Notification caseys = byReviewer.get("u-casey").get(0);
		assertEquals(NotificationType.REVIEW_DIGEST, caseys.type());
		assertEquals(RIVERSIDE, caseys.scope());
		assertEquals(2, caseys.newItems());
		assertEquals(1, caseys.writerReplies());
		assertEquals(null, caseys.itemId());
		assertTrue(store.outbox.isEmpty());
	}

	@Test
	void aSiteGetsNoSecondDigestWithinItsPeriod() {
		store.publish(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, NORTHSIDE, "item-1", clock.instant()));
		assertEquals(1, dispatcher.sendDueDigests());

		clock.advance(DAY.minusMinutes(1));
		store.publish(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, NORTHSIDE, "item-2", clock.instant()));
		assertEquals(0, dispatcher.sendDueDigests());
		assertEquals(1, delivered.size());

		clock.advance(Duration.ofMinutes(1));
		assertEquals(1, dispatcher.sendDueDigests());
		assertEquals(2, delivered.size());
		assertEquals(1, delivered.get(1).newItems());
	}

	@Test
	void digestsSentNowIgnoreThePeriodButNotWhatIsPending() {
		store.publish(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, NORTHSIDE, "item-1", clock.instant()));
		dispatcher.sendDueDigests();
		assertEquals(0, dispatcher.sendDigestsNow(), "nothing is pending");

		store.publish(NotificationEvent.forReviewers(DigestEntry.WRITER_REPLY, NORTHSIDE, "item-1", clock.instant()));
		assertEquals(1, dispatcher.sendDigestsNow());
		assertEquals(2, delivered.size());
	}

	@Test
	void aReviewerWhoTurnedDigestsOffGetsNone() {
		store.setPreference(20097, "u-casey", NotificationType.REVIEW_DIGEST, false);
		store.publish(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, RIVERSIDE, "item-1", clock.instant()));

		dispatcher.sendDueDigests();

		assertEquals(List.of("u-lee"), delivered.stream().map(Notification::recipientKey).collect(Collectors.toList()));
	}

	@Test
	void theSameEventsGiveTheSameDigestRunWhateverTheirOrder() {
		Random random = new Random(9);
		for (int round = 0; round < 50; round++) {
			List<NotificationEvent> events = new ArrayList<>();
			for (int i = 0; i < 1 + random.nextInt(8); i++) {
				events.add(NotificationEvent.forReviewers(DigestEntry.values()[random.nextInt(2)], RIVERSIDE, "item-" + i, clock.instant()));
			}
			List<NotificationEvent> shuffled = new ArrayList<>(events);
			Collections.shuffle(shuffled, random);
			assertEquals(NotificationDispatcher.runId(events), NotificationDispatcher.runId(shuffled));
			events.add(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, RIVERSIDE, "another", clock.instant()));
			assertTrue(!NotificationDispatcher.runId(events).equals(NotificationDispatcher.runId(shuffled)));
		}
	}

	@Test
	void anEventForOnePersonNeedsAPersonAndAPersonalType() {
		assertThrows(IllegalArgumentException.class,
			() -> NotificationEvent.forPerson(NotificationType.REVIEW_DIGEST, RIVERSIDE, "item-1", "u-lee", null, clock.instant()));
		assertThrows(NullPointerException.class,
			() -> NotificationEvent.forPerson(NotificationType.SUGGESTION_MESSAGE, RIVERSIDE, "item-1", null, null, clock.instant()));
	}

	@Test
	void storedDeliveryKeepsOneNotificationPerSourceAndPerson() {
		StoredNotifications stored = new StoredNotifications(store);
		NotificationEvent event = NotificationEvent.forPerson(NotificationType.SUGGESTION_MESSAGE, RIVERSIDE, "item-1", "u-alex", null,
			clock.instant());

		stored.deliver(Notification.of(event, clock.instant()));
		stored.deliver(Notification.of(event, clock.instant()));

		assertEquals(1, store.stored.size());
	}

	/** Puts the outbox back when the work fails, as a rolled-back transaction does. */
	private static final class RollingBackUnitOfWork implements UnitOfWork {

		private final InMemoryNotificationStore store;

		RollingBackUnitOfWork(InMemoryNotificationStore store) {
			this.store = store;
		}

		@Override
		public <T> T inTransaction(Supplier<T> work) {
			Map<String, NotificationEvent> before = new LinkedHashMap<>(store.outbox);
			try {
				return work.get();
			}
			catch (RuntimeException failed) {
				store.outbox.clear();
				store.outbox.putAll(before);
				throw failed;
			}
		}

		@Override
		public EntityManager entityManager() {
			throw new IllegalStateException("no database in this test");
		}

	}

}
