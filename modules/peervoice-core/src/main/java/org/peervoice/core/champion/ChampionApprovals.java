package org.peervoice.core.champion;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.kernel.UserText;

/**
 * Leadership's side (APPROVE_LISTINGS): what waits for approval, what is due or stale, and approving, asking for
 * changes (with a message) or declining a listing or its pending revision.
 */
public final class ChampionApprovals {

	/** Which listings leadership looks at. */
	public enum Queue {
		/** Submitted listings and published ones with a revision waiting. */
		SUBMITTED,
		/** Published listings past their re-confirmation date, still in the directory (grace period). */
		DUE,
		/** Published listings past the grace period too: out of the directory until their owner confirms. */
		STALE
	}

	private final UnitOfWork unitOfWork;
	private final ChampionRepository champions;
	private final Clock clock;

	public ChampionApprovals(UnitOfWork unitOfWork, Clock clock) {
		this(DirectoryAnswers.REVISIONS.around(unitOfWork), new JpaChampionRepository(unitOfWork), clock);
	}

	ChampionApprovals(UnitOfWork unitOfWork, ChampionRepository champions, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.champions = champions;
		this.clock = clock;
	}

	public List<ListingView> queue(Identity who, long siteId, Queue queue) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.APPROVE_LISTINGS);
			ChampionSettings settings = ChampionSettingsService.current(champions, actor.scope());
			Instant now = clock.instant();
			ListingViews views = new ListingViews(settings, now);
			List<ListingView> found = new ArrayList<>();
			if (queue == Queue.SUBMITTED) {
				for (ChampionListing submitted : champions.inStatus(actor.scope(), ListingStatus.SUBMITTED)) {
					if (submitted.stage() == ChampionListing.Stage.CURRENT) {
						found.add(views.view(submitted, null, actor));
					}
					else {
						champions.currentOf(actor.scope(), submitted.ownerKey())
							.ifPresent(current -> found.add(views.view(current, submitted, actor)));
					}
				}
			}
			else {
				Instant due = now.minus(Duration.ofDays(settings.getReconfirmDays()));
				for (ChampionListing listing : champions.publishedConfirmedBefore(actor.scope(), due.plusMillis(1))) {
					if (listing.isStale(settings, now) == (queue == Queue.STALE)) {
						found.add(views.view(listing, champions.revisionOf(actor.scope(), listing.ownerKey()).orElse(null), actor));
					}
				}
			}
			Collator collator = Collator.getInstance(Locale.ENGLISH);
			found.sort(Comparator.comparing(ListingView::getDisplayName, collator).thenComparing(ListingView::getId));
			return found;
		});
	}

	/** Publishes a submitted listing, or puts a pending revision in place of the published listing; both count as confirmed. */
	public ListingView approve(Identity who, long siteId, String listingId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.APPROVE_LISTINGS);
			ChampionListing current = currentListing(actor, listingId);
			Optional<ChampionListing> revision = submittedRevision(actor, current);
			if (revision.isPresent()) {
				current.write(revision.get().content(), clock.instant());
				current.publish(clock.instant());
				champions.remove(revision.get());
			}
			else if (current.status() == ListingStatus.SUBMITTED) {
				current.publish(clock.instant());
				champions.flush();
			}
			else {
				throw new Conflict("Nothing of this listing waits for approval.");
			}
			return view(actor, current);
		});
	}

	/** Returns a submitted listing or revision to its owner with what to change. */
	public ListingView requestChanges(Identity who, long siteId, String listingId, String message) {
		return returnToOwner(who, siteId, listingId, message, ListingStatus.CHANGES_REQUESTED, true);
	}

	/** Declines a submitted listing or revision, with an optional reason; the owner may edit and submit again. */
	public ListingView decline(Identity who, long siteId, String listingId, String message) {
		return returnToOwner(who, siteId, listingId, message, ListingStatus.DECLINED, false);
	}

	private ListingView returnToOwner(Identity who, long siteId, String listingId, String message, ListingStatus outcome,
		boolean messageRequired) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.APPROVE_LISTINGS);
			FieldErrors errors = new FieldErrors();
			String text = messageRequired ? UserText.require(errors, "message", message, ChampionLimits.REVIEW_MESSAGE)
				: UserText.optional(errors, "message", message, ChampionLimits.REVIEW_MESSAGE);
			errors.throwIfAny();
			ChampionListing current = currentListing(actor, listingId);
			Optional<ChampionListing> revision = submittedRevision(actor, current);
			if (revision.isPresent()) {
				revision.get().returnToOwner(outcome, text, clock.instant());
			}
			else if (current.status() == ListingStatus.SUBMITTED) {
				current.returnToOwner(outcome, text, clock.instant());
			}
			else {
				throw new Conflict("Nothing of this listing waits for approval.");
			}
			champions.flush();
			return view(actor, current);
		});
	}

	private ChampionListing currentListing(Actor actor, String listingId) {
		return champions.find(listingId)
			.filter(listing -> listing.scope().equals(actor.scope()) && listing.stage() == ChampionListing.Stage.CURRENT)
			.filter(listing -> listing.status() != ListingStatus.LEFT)
			.orElseThrow(() -> new UnknownItem("No such listing in this site."));
	}

	private Optional<ChampionListing> submittedRevision(Actor actor, ChampionListing current) {
		return champions.revisionOf(actor.scope(), current.ownerKey()).filter(revision -> revision.status() == ListingStatus.SUBMITTED);
	}

	private ListingView view(Actor actor, ChampionListing current) {
		ListingViews views = new ListingViews(ChampionSettingsService.current(champions, actor.scope()), clock.instant());
		return views.view(current, champions.revisionOf(actor.scope(), current.ownerKey()).orElse(null), actor);
	}

}
