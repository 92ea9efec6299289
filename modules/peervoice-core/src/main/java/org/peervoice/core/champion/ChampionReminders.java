package org.peervoice.core.champion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.core.notification.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds owners of their listing's freshness: once {@link ChampionLimits#REMIND_DAYS_BEFORE_DUE} days before it is
 * due for re-confirmation, and once when it became stale. Each reminder is recorded with a conditional statement on
 * the listing's row in the transaction that publishes it, so two nodes running at once send it once; confirming
 * sets a new due date, and with it a new pair of reminders.
 */
public final class ChampionReminders {

	/** Which reminder: before the due date, or once the listing left the directory. */
	public enum Kind {
		DUE, STALE
	}

	private static final Logger LOG = LoggerFactory.getLogger(ChampionReminders.class);

	private final UnitOfWork unitOfWork;
	private final ChampionRepository champions;
	private final Notifier notifier;
	private final Clock clock;

	public ChampionReminders(UnitOfWork unitOfWork, Notifier notifier, Clock clock) {
		this(DirectoryAnswers.REVISIONS.around(unitOfWork), new JpaChampionRepository(unitOfWork), notifier, clock);
	}

	ChampionReminders(UnitOfWork unitOfWork, ChampionRepository champions, Notifier notifier, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.champions = champions;
		this.notifier = notifier;
		this.clock = clock;
	}

	/** What the hosts' timers call. @return how many reminders were published */
	public int run() {
		int sent = 0;
		for (Scope site : unitOfWork.inTransaction(champions::sitesWithPublished)) {
			try {
				sent += unitOfWork.inTransaction(() -> remindIn(site));
			}
			catch (RuntimeException failed) {
				LOG.warn("Reminding the champions of site {} failed; the next run tries again", site.siteId(), failed);
			}
		}
		return sent;
	}

	private int remindIn(Scope site) {
		ChampionSettings settings = ChampionSettingsService.current(champions, site);
		Instant now = clock.instant();
		Instant remindFrom = now.minus(Duration.ofDays((long) settings.getReconfirmDays() - ChampionLimits.REMIND_DAYS_BEFORE_DUE));
		int sent = 0;
		for (ChampionListing listing : champions.publishedConfirmedBefore(site, remindFrom.plusMillis(1))) {
			Instant due = listing.confirmDueAt(settings);
			Kind kind = listing.isStale(settings, now) ? Kind.STALE : Kind.DUE;
			if (champions.markReminded(listing, kind, due)) {
				NotificationType type = kind == Kind.DUE ? NotificationType.CHAMPION_CONFIRM_DUE : NotificationType.CHAMPION_LISTING_STALE;
				notifier.publish(NotificationEvent.forPerson(type, site, listing.id(), listing.ownerKey(), null, now));
				sent++;
			}
		}
		return sent;
	}

}
