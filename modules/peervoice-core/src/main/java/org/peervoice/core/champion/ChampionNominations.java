package org.peervoice.core.champion;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.kernel.UserText;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.core.notification.Notifier;

/**
 * Nomination with consent: leadership (APPROVE_LISTINGS) invites a member of the site to become a champion; the
 * nominee is notified and answers on their own invitation tab. Until they accept, nothing about them is anywhere
 * but in leadership's list of nominations and their own invitation (no listing exists, so no read path of the
 * directory can show them). Accepting turns the nomination into a draft listing prefilled from the profile;
 * declining deletes it, and the leader who nominated them is told "declined".
 */
public final class ChampionNominations {

	/** What the nominator is told, in the notification's detail. */
	public enum Answer {
		ACCEPTED, DECLINED
	}

	private final UnitOfWork unitOfWork;
	private final ChampionRepository champions;
	private final PeopleDirectory people;
	private final Notifier notifier;
	private final Clock clock;

	public ChampionNominations(UnitOfWork unitOfWork, PeopleDirectory people, Notifier notifier, Clock clock) {
		this(DirectoryAnswers.REVISIONS.around(unitOfWork), new JpaChampionRepository(unitOfWork), people, notifier, clock);
	}

	ChampionNominations(UnitOfWork unitOfWork, ChampionRepository champions, PeopleDirectory people, Notifier notifier, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.champions = champions;
		this.people = people;
		this.notifier = notifier;
		this.clock = clock;
	}

	/**
	 * @throws UnknownItem when the nominee is not an active member of the site (whether they exist elsewhere or not)
	 * @throws Conflict when the nominee has a listing or a nomination in the site already
	 */
	public NominationView nominate(Identity who, long siteId, NominationRequest request) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.APPROVE_LISTINGS);
			String nominator = actor.requireUserKey();
			if (request == null) {
				throw new InvalidInput("A nomination is required.");
			}
			FieldErrors errors = new FieldErrors();
			String nomineeKey = UserText.requireLine(errors, "nomineeKey", request.getNomineeKey(), 75);
			if (request.getCategory() == null) {
				errors.add("category", "required", "must be one of the eight categories");
			}
			String message = UserText.optional(errors, "message", request.getMessage(), ChampionLimits.NOMINATION_MESSAGE);
			errors.throwIfAny();
			PeopleDirectory.PersonSummary nominee = people.member(actor.scope().companyId(), siteId, nomineeKey)
				.orElseThrow(() -> new UnknownItem("No such member in this site."));
			if (champions.currentOf(actor.scope(), nomineeKey).isPresent()) {
				throw new Conflict("This person has a listing in this site already.");
			}
			if (champions.nominationOf(actor.scope(), nomineeKey).isPresent()) {
				throw new Conflict("This person was nominated in this site already.");
			}
			ChampionNomination nomination = new ChampionNomination(actor.scope(), nomineeKey, ProfileFields.clip(nominee.displayName(),
				ChampionLimits.DISPLAY_NAME), request.getCategory(), message, nominator,
				ProfileFields.clip(actor.displayName(), ChampionLimits.DISPLAY_NAME),
				clock.instant());
			champions.storeNomination(nomination);
			notifier.publish(NotificationEvent.forPerson(NotificationType.CHAMPION_NOMINATION, actor.scope(), nomination.id(), nomineeKey,
				null, clock.instant()));
			return new NominationView(nomination);
		});
	}

	/** Leadership's list: every open nomination of the site, by name. */
	public List<NominationView> nominations(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.APPROVE_LISTINGS);
			Collator collator = Collator.getInstance(Locale.ENGLISH);
			return champions.nominationsIn(actor.scope()).stream().map(NominationView::new)
				.sorted(Comparator.comparing(NominationView::getNomineeName, collator).thenComparing(NominationView::getId))
				.collect(Collectors.toList());
		});
	}

	/** Leadership takes a nomination back before it is answered. */
	public void withdraw(Identity who, long siteId, String nominationId) {
		unitOfWork.run(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.APPROVE_LISTINGS);
			champions.removeNomination(inSite(actor, nominationId));
		});
	}

	/** The caller's own invitation in the site, if any (an empty list otherwise). */
	public List<NominationView> mine(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			return champions.nominationOf(actor.scope(), actor.requireUserKey()).map(NominationView::new).stream()
				.collect(Collectors.toList());
		});
	}

	/**
	 * The nominee says yes: a draft listing prefilled from their profile (name, e-mail for champions and leadership,
	 * job title: {@link ProfileFields}) in the nominated category, which they complete and submit as any champion does.
	 */
	public ListingView accept(Identity who, long siteId, String nominationId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			ChampionNomination nomination = own(actor, nominationId);
			if (champions.currentOf(actor.scope(), nomination.nomineeKey()).isPresent()) {
				throw new Conflict("You have a listing in this site already.");
			}
			ProfileFields profile = ProfileFields.of(people, actor.scope().companyId(), nomination.nomineeKey(), nomination.nomineeName());
			String email = profile.email();
			ListingContent content = new ListingContent(profile.displayName(), profile.title(), nomination.category(), "", email,
				email.isEmpty() ? Audience.NOBODY : Audience.CHAMPIONS_AND_LEADERSHIP, "", "", Audience.NOBODY, "", Audience.NOBODY, "",
				Audience.NOBODY, null, "", false, List.of(), List.of(), List.of());
			ChampionListing draft = ChampionListing.draft(actor.scope(), nomination.nomineeKey(), content, clock.instant());
			draft.markNominated();
			champions.removeNomination(nomination);
			champions.store(draft);
			answer(nomination, Answer.ACCEPTED);
			return new ListingViews(ChampionSettingsService.current(champions, actor.scope()), clock.instant()).view(draft, null, actor);
		});
	}

	/** The nominee says no: the nomination is deleted; the leader who nominated them learns only that it was declined. */
	public void decline(Identity who, long siteId, String nominationId) {
		unitOfWork.run(() -> {
			Actor actor = who.actorIn(siteId);
			ChampionNomination nomination = own(actor, nominationId);
			champions.removeNomination(nomination);
			answer(nomination, Answer.DECLINED);
		});
	}

	private void answer(ChampionNomination nomination, Answer answer) {
		notifier.publish(NotificationEvent.forPerson(NotificationType.CHAMPION_NOMINATION_ANSWER, nomination.scope(), null,
			nomination.nominatedBy(), answer.name(), clock.instant()));
	}

	private ChampionNomination own(Actor actor, String nominationId) {
		actor.require(Permission.VIEW);
		String userKey = actor.requireUserKey();
		return champions.findNomination(nominationId)
			.filter(nomination -> nomination.scope().equals(actor.scope()) && nomination.nomineeKey().equals(userKey))
			.orElseThrow(ChampionNominations::noNomination);
	}

	private ChampionNomination inSite(Actor actor, String nominationId) {
		return champions.findNomination(nominationId).filter(nomination -> nomination.scope().equals(actor.scope()))
			.orElseThrow(ChampionNominations::noNomination);
	}

	private static UnknownItem noNomination() {
		return new UnknownItem("No such nomination in this site.");
	}

}
