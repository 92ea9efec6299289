package org.peervoice.core.champion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.TooManyRequests;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.core.notification.Notifier;

/**
 * "Provide copies of the list to all peer support champions": leadership (APPROVE_LISTINGS) sends the site's current
 * list to every champion listed in its directory, as one {@link NotificationType#CHAMPION_LIST} notification each,
 * leading to the PDF worksheet (which each opens as they may see it). At most once an hour per site; the events are
 * stored with the time of sending in one transaction, so a send reaches each champion exactly once or not at all.
 */
public final class ChampionListSending {

	static final Duration INTERVAL = Duration.ofHours(1);

	private final UnitOfWork unitOfWork;
	private final ChampionRepository champions;
	private final Notifier notifier;
	private final Clock clock;

	/** What a send did: how many champions it reached. */
	public static final class Receipt {

		private final int recipients;

		public Receipt(int recipients) {
			this.recipients = recipients;
		}

		public int getRecipients() {
			return recipients;
		}

	}

	public ChampionListSending(UnitOfWork unitOfWork, Notifier notifier, Clock clock) {
		this(unitOfWork, new JpaChampionRepository(unitOfWork), notifier, clock);
	}

	ChampionListSending(UnitOfWork unitOfWork, ChampionRepository champions, Notifier notifier, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.champions = champions;
		this.notifier = notifier;
		this.clock = clock;
	}

	/** @return how many champions the list was sent to */
	public int sendToAllChampions(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.APPROVE_LISTINGS);
			Instant now = clock.instant();
			Optional<SiteListSending> last = champions.listSendingOf(actor.scope());
			if (last.isPresent() && now.isBefore(last.get().sentAt().plus(INTERVAL))) {
				throw new TooManyRequests(Math.max(1, Duration.between(now, last.get().sentAt().plus(INTERVAL)).toSeconds()));
			}
			ChampionSettings settings = ChampionSettingsService.current(champions, actor.scope());
			Instant confirmedAfter = now.minus(Duration.ofDays((long) settings.getReconfirmDays() + settings.getGraceDays()));
			List<String> recipients = champions.directoryOwners(actor.scope(), confirmedAfter);
			String sending = UUID.randomUUID().toString();
			for (String recipient : recipients) {
				notifier.publish(NotificationEvent.forPerson(NotificationType.CHAMPION_LIST, actor.scope(), sending, recipient, null, now));
			}
			if (last.isPresent()) {
				last.get().sent(now);
				champions.flush();
			}
			else {
				champions.addListSending(new SiteListSending(actor.scope(), now));
			}
			return recipients.size();
		});
	}

}
