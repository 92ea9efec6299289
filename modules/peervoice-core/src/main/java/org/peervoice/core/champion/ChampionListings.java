package org.peervoice.core.champion;

import java.time.Clock;
import java.util.Optional;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;

/**
 * A champion's own listing (MANAGE_OWN_LISTING): prefill, write, submit, re-confirm, delete (which deletes its data). Edits to a published listing wait for approval as a revision when the site
 * requires approval; the published listing stays in the directory meanwhile, except that whatever only shows less
 * (consent narrowed or withdrawn) applies to it at once.
 */
public final class ChampionListings {

	private final UnitOfWork unitOfWork;
	private final ChampionRepository champions;
	private final PeopleDirectory people;
	private final Clock clock;

	public ChampionListings(UnitOfWork unitOfWork, PeopleDirectory people, Clock clock) {
		this(DirectoryAnswers.REVISIONS.around(unitOfWork), new JpaChampionRepository(unitOfWork), people, clock);
	}

	ChampionListings(UnitOfWork unitOfWork, ChampionRepository champions, PeopleDirectory people, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.champions = champions;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * The caller's listing: its owner always reads it, with or without the champion role (see {@link #delete}).
	 *
	 * @throws UnknownItem when the caller has no listing in the site
	 */
	public ListingView mine(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			String owner = actor.requireUserKey();
			ChampionListing current = champions.currentOf(actor.scope(), owner).orElseThrow(ChampionListings::noListing);
			return views(actor).view(current, champions.revisionOf(actor.scope(), owner).orElse(null), actor);
		});
	}

	/**
	 * A new listing's fields as the portal's profile has them (name, e-mail, job title: {@link ProfileFields}), for the
	 * caller to edit, or to keep as they are when the site does not let owners edit them.
	 */
	public ListingDraft prefill(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.MANAGE_OWN_LISTING);
			ProfileFields profile = ProfileFields.of(people, actor.scope().companyId(), actor.requireUserKey(), actor.displayName());
			ListingDraft draft = new ListingDraft(profile.displayName(), profile.title(), null, "");
			if (!profile.email().isEmpty()) {
				draft.email(profile.email(), Audience.CHAMPIONS_AND_LEADERSHIP);
			}
			return draft;
		});
	}

	/**
	 * Creates or changes the caller's listing. A draft (or one returned with changes requested, or declined) stays a
	 * draft; a submitted one stays submitted; a published one gets a pending revision, or changes at once (and
	 * counts as confirmed) when the site does not require approval. When approval is required, the part of the edit
	 * that only shows less ({@link ListingContent#narrowedBy}) is written to the published listing at once (its search
	 * keys and facet rows with it); an edit that is nothing else needs no approval and ends any pending revision,
	 * and any other edit is kept whole as the pending revision.
	 * <p>
	 * When the site does not let owners edit the fields their profile gives ({@link ChampionSettings#isProfileFieldsEditable}
	 * false), the listing takes its display name, e-mail and title from the owner's profile ({@link ProfileFields}) on
	 * every write, whatever the request says, rather than refusing a different value: a form opened before the profile
	 * or the setting changed still saves, and the listing follows the profile. A profile without an e-mail leaves the
	 * listing's empty (its audience as the request chose). A profile without a title leaves a draft's empty, and is
	 * refused (422 on title) where the listing is published, as submitting is ({@link ListingRules#checkComplete}).
	 */
	public ListingView save(Identity who, long siteId, ListingDraft draft) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			Optional<ChampionListing> found = manageable(actor);
			String owner = actor.requireUserKey();
			ChampionSettings settings = ChampionSettingsService.current(champions, actor.scope());
			ProfileFields profile = settings.isProfileFieldsEditable() ? null
				: ProfileFields.of(people, actor.scope().companyId(), owner, actor.displayName());
			ListingContent content = ChampionExpertise.moderate(champions, actor.scope(),
				ListingRules.check(draft, settings.getPhoneRegion(), profile), found);
			if (profile != null && found.filter(listing -> listing.status() == ListingStatus.PUBLISHED).isPresent()) {
				ListingRules.checkComplete(content);
			}
			if (found.isEmpty()) {
				ChampionListing created = ChampionListing.draft(actor.scope(), owner, content, clock.instant());
				champions.store(created);
				return views(actor).view(created, null, actor);
			}
			ChampionListing current = found.get();
			Optional<ChampionListing> revision = champions.revisionOf(actor.scope(), owner);
			if (current.status() != ListingStatus.PUBLISHED) {
				current.write(content, clock.instant());
				if (current.status().isEditableDraft()) {
					current.reopenAsDraft();
				}
				champions.flush();
				return views(actor).view(current, null, actor);
			}
			if (!settings.isApprovalRequired()) {
				current.write(content, clock.instant());
				current.publish(clock.instant());
				revision.ifPresent(champions::remove);
				champions.flush();
				return views(actor).view(current, null, actor);
			}
			// what only shows less (a tighter audience, a field cleared, the lived experience mark off...) applies at once:
			// consent withdrawn never waits for leadership; the rest of the edit waits as a revision
			ListingContent narrowed = current.content().narrowedBy(content);
			if (!narrowed.sameAs(current.content())) {
				current.write(narrowed, clock.instant());
				champions.flush();
				if (narrowed.sameAs(content)) {
					revision.ifPresent(champions::remove);
					return views(actor).view(current, null, actor);
				}
			}
			ChampionListing pending;
			if (revision.isPresent()) {
				pending = revision.get();
				pending.write(content, clock.instant());
				pending.submit(clock.instant());
				champions.flush();
			}
			else {
				pending = ChampionListing.revisionOf(current, content, clock.instant());
				champions.store(pending);
			}
			return views(actor).view(current, pending, actor);
		});
	}

	/** Sends a draft for approval, or publishes it when the site does not require approval. */
	public ListingView submit(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			ChampionListing current = manageable(actor).orElseThrow(ChampionListings::noListing);
			if (!current.status().isEditableDraft()) {
				throw new Conflict("Only a draft can be submitted; this listing is " + current.status() + ".");
			}
			ListingRules.checkComplete(current.content());
			if (ChampionSettingsService.current(champions, actor.scope()).isApprovalRequired()) {
				current.submit(clock.instant());
			}
			else {
				current.publish(clock.instant());
			}
			champions.flush();
			return views(actor).view(current, null, actor);
		});
	}

	/** "Still accurate": restarts the re-confirmation period of a published listing, stale or not. */
	public ListingView confirm(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			String owner = actor.requireUserKey();
			ChampionListing current = manageable(actor).orElseThrow(ChampionListings::noListing);
			if (current.status() != ListingStatus.PUBLISHED) {
				throw new Conflict("Only a published listing can be confirmed.");
			}
			current.confirm(clock.instant());
			champions.flush();
			return views(actor).view(current, champions.revisionOf(actor.scope(), owner).orElse(null), actor);
		});
	}

	/**
	 * Deletes the caller's listing and any pending revision: its data is gone, not hidden. Always allowed to the
	 * owner, champion role or not: a former champion whose role was removed, or who left, still deletes their data.
	 */
	public void delete(Identity who, long siteId) {
		unitOfWork.run(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			String owner = actor.requireUserKey();
			ChampionListing current = champions.currentOf(actor.scope(), owner).orElseThrow(ChampionListings::noListing);
			champions.revisionOf(actor.scope(), owner).ifPresent(champions::remove);
			champions.remove(current);
		});
	}

	/**
	 * The caller's listing, when they may write it: with MANAGE_OWN_LISTING (a listing or not yet), or without it for a
	 * listing that began with their accepted nomination.
	 */
	private Optional<ChampionListing> manageable(Actor actor) {
		if (actor.can(Permission.MANAGE_OWN_LISTING)) {
			return champions.currentOf(actor.scope(), actor.requireUserKey());
		}
		Optional<ChampionListing> current = actor.userKey().flatMap(owner -> champions.currentOf(actor.scope(), owner));
		if (current.filter(ChampionListing::isNominated).isEmpty()) {
			actor.require(Permission.MANAGE_OWN_LISTING);
		}
		return current;
	}

	private ListingViews views(Actor actor) {
		return new ListingViews(ChampionSettingsService.current(champions, actor.scope()), clock.instant());
	}

	static UnknownItem noListing() {
		return new UnknownItem("You have no listing in this site yet.");
	}

}
