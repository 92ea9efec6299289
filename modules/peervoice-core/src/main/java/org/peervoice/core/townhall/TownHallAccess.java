package org.peervoice.core.townhall;

import java.time.Clock;
import java.util.Set;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.WrittenOnce;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;

/** Finds a town hall for a caller and makes its views; the steps the town hall's use cases share, inside their unit of work. */
final class TownHallAccess {

	private final UnitOfWork unitOfWork;
	private final AnonymousWriting anonymity;
	private final Clock clock;

	TownHallAccess(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.anonymity = anonymity;
		this.clock = clock;
	}

	/** A town hall the caller may see (VIEW; a draft only with MANAGE_TOWN_HALLS), or the same 404 as for none. */
	Located locate(Identity who, String townHallId) {
		TownHall townHall = unitOfWork.find(TownHall.class, townHallId)
			.filter(found -> found.companyId() == who.companyId())
			.orElseThrow(TownHallAccess::unknown);
		Actor actor = actorIn(who, townHall.siteId());
		actor.require(Permission.VIEW);
		if (townHall.state() == TownHallState.DRAFT && !actor.can(Permission.MANAGE_TOWN_HALLS)) {
			throw unknown();
		}
		return new Located(actor, townHall);
	}

	/**
	 * The same checks on a town hall this node read before (a live view's state, docs/town-hall.md "Live updates"), with
	 * no database: its company and site never change, and a draft is never kept (a town hall never goes back to DRAFT).
	 */
	Located locate(Identity who, TownHall known) {
		if (known.companyId() != who.companyId()) {
			throw unknown();
		}
		Actor actor = actorIn(who, known.siteId());
		actor.require(Permission.VIEW);
		if (known.state() == TownHallState.DRAFT && !actor.can(Permission.MANAGE_TOWN_HALLS)) {
			throw unknown();
		}
		return new Located(actor, known);
	}

	// A town hall of a site the caller cannot see is answered exactly like one that does not exist.
	static Actor actorIn(Identity who, long siteId) {
		try {
			return who.actorIn(siteId);
		}
		catch (UnknownItem siteNotVisible) {
			throw unknown();
		}
	}

	static UnknownItem unknown() {
		return new UnknownItem("No such town hall.");
	}

	TownHallView view(Actor actor, TownHall townHall) {
		return view(actor, townHall, null);
	}

	/** @param written where a live view's shared copy keeps its parts' written forms, or null */
	TownHallView view(Actor actor, TownHall townHall, WrittenOnce written) {
		return new TownHallView(townHall, clock.instant(), feedbackGiven(actor, townHall), actor.can(Permission.MANAGE_TOWN_HALLS), written);
	}

	private boolean feedbackGiven(Actor actor, TownHall townHall) {
		if (!townHall.state().isOver() || actor.isGuest()) {
			return false;
		}
		Set<String> hashes = anonymity.respondentHashes(townHall.companyId(), townHall.siteId(), townHall.id(), actor.requireUserKey());
		if (hashes.isEmpty()) {
			return false;
		}
		return !unitOfWork.entityManager()
			.createQuery("SELECT f.id FROM TownHallFeedback f WHERE f.townHallId = :townHallId AND f.respondentHash IN :hashes")
			.setParameter("townHallId", townHall.id()).setParameter("hashes", hashes).setMaxResults(1).getResultList().isEmpty();
	}

	/** A town hall with the caller, as an actor of its site. */
	static final class Located {

		final Actor actor;
		final TownHall townHall;

		Located(Actor actor, TownHall townHall) {
			this.actor = actor;
			this.townHall = townHall;
		}

	}

}
