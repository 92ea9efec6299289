package org.peervoice.core.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox (docs/notifications.md, "Delivery"). Each event for one person is taken out
 * of the outbox and delivered in one transaction: a failed delivery puts it back, a committed one
 * cannot be taken again (on another node either). Events for reviewers wait for the site's digest:
 * once the site's digest period has passed since its last digest, one transaction starts the run
 * under the site's row lock, takes the site's reviewer events and delivers one digest to each
 * reviewer. Every node may run it; nothing is logged about who gets what.
 */
public final class NotificationDispatcher {

	static final int BATCH = 200;

	private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

	private final UnitOfWork unitOfWork;
	private final NotificationStore store;
	private final NotificationDelivery delivery;
	private final ReviewerDirectory reviewers;
	private final DigestPeriod digestPeriod;
	private final Clock clock;

	public NotificationDispatcher(UnitOfWork unitOfWork, NotificationDelivery delivery, ReviewerDirectory reviewers, DigestPeriod digestPeriod,
		Clock clock) {
		this(unitOfWork, new JpaNotificationStore(unitOfWork), delivery, reviewers, digestPeriod, clock);
	}

	NotificationDispatcher(UnitOfWork unitOfWork, NotificationStore store, NotificationDelivery delivery, ReviewerDirectory reviewers,
		DigestPeriod digestPeriod, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.store = store;
		this.delivery = delivery;
		this.reviewers = reviewers;
		this.digestPeriod = digestPeriod;
		this.clock = clock;
	}

	/** What the hosts' timers call: every pending event for one person, and the digests that are due. */
	public void run() {
		deliverToPersons();
		sendDueDigests();
	}

	/** @return how many notifications were delivered */
	public int deliverToPersons() {
		int delivered = 0;
		List<String> pending;
		do {
			pending = unitOfWork.inTransaction(() -> store.pendingPersonEvents(BATCH));
			int before = delivered;
			for (String eventId : pending) {
				try {
					delivered += unitOfWork.inTransaction(() -> store.take(eventId).map(this::deliverToPerson).orElse(0));
				}
				catch (RuntimeException failed) {
					LOG.warn("Delivering notification event {} failed; the next run tries again", eventId, failed);
				}
			}
			if (delivered == before) {
				break;
			}
		}
		while (pending.size() == BATCH);
		return delivered;
	}

	/** @return how many sites' digests were sent */
	public int sendDueDigests() {
		return sendDigests(false);
	}

	/**
	 * Sends every site's digest now, whatever the digest periods: for tests, and for an operator. Anonymous writes are
	 * in it only once mixed, as always.
	 */
	public int sendDigestsNow() {
		return sendDigests(true);
	}

	private int sendDigests(boolean now) {
		int sent = 0;
		for (Scope site : unitOfWork.inTransaction(store::sitesWithReviewerEvents)) {
			try {
				unitOfWork.inTransaction(() -> store.registerDigestSite(site));
			}
			catch (RuntimeException registeredMeanwhile) {
				LOG.debug("Site {} was registered for digests by another node", site.siteId());
			}
			try {
				if (unitOfWork.inTransaction(() -> sendDigest(site, now))) {
					sent++;
				}
			}
			catch (RuntimeException failed) {
				LOG.warn("Sending the review digest of site {} failed; the next run tries again", site.siteId(), failed);
			}
		}
		return sent;
	}

	private int deliverToPerson(NotificationEvent event) {
		if (!wants(event.scope(), event.recipientKey(), event.type())) {
			return 0;
		}
		delivery.deliver(Notification.of(event, clock.instant()));
		return 1;
	}

	private boolean sendDigest(Scope site, boolean whateverThePeriod) {
		Instant now = clock.instant();
		Duration period = digestPeriod.of(site);
		if (!store.startDigestRun(site, now, whateverThePeriod ? null : now.minus(period))) {
			return false;
		}
		List<NotificationEvent> events = store.takeReviewerEvents(site);
		if (events.isEmpty()) {
			return false;
		}
		int newItems = distinctItems(events, DigestEntry.NEW_ITEM);
		int replies = distinctItems(events, DigestEntry.WRITER_REPLY);
		String runId = runId(events);
		for (String reviewer : new TreeSet<>(reviewers.reviewersOf(site))) {
			if (wants(site, reviewer, NotificationType.REVIEW_DIGEST)) {
				delivery.deliver(Notification.digest(runId, site, reviewer, newItems, replies, now));
			}
		}
		return true;
	}

	private boolean wants(Scope site, String userKey, NotificationType type) {
		return store.preferences(site.companyId(), userKey).getOrDefault(type, Boolean.TRUE);
	}

	private static int distinctItems(Collection<NotificationEvent> events, DigestEntry entry) {
		return (int) events.stream().filter(event -> event.digestEntry() == entry).map(NotificationEvent::itemId).distinct().count();
	}

	// The same events give the same run id, so a host that saw a run before a failure recognizes it when it is retried.
	static String runId(Collection<NotificationEvent> events) {
		Set<String> ids = events.stream().map(NotificationEvent::id).collect(Collectors.toCollection(TreeSet::new));
		return UUID.nameUUIDFromBytes(String.join(",", ids).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
