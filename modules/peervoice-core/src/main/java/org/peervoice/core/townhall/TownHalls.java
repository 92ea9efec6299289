package org.peervoice.core.townhall;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.persistence.TypedQuery;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.suggestion.ForwardedSuggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Town halls as leadership runs them (MANAGE_TOWN_HALLS: create, edit with optimistic locking, move through the states)
 * and as everyone lists and reads them (VIEW). Every method runs in one unit of work.
 */
public final class TownHalls {

	/** Which town halls a list shows. */
	public enum When {
		UPCOMING, LIVE, PAST, DRAFTS
	}

	private static final Logger LOG = LoggerFactory.getLogger(TownHalls.class);

	private final UnitOfWork unitOfWork;
	private final Clock clock;
	private final TownHallAccess access;
	private final TownHallChanges changes;
	private final ForwardedSuggestions suggestionBox;
	private final Consumer<Scope> meetingEnded;

	/**
	 * @param meetingEnded told, after the end of a meeting is committed, the town hall's site: releases the anonymous
	 *     questions the live mixing still holds ({@link TownHallMixing}); its failure leaves them to the next mixing
	 * @param copies this node's live state of town halls, told of every change after it commits
	 */
	public TownHalls(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, Consumer<Scope> meetingEnded, LiveCopies copies) {
		this.meetingEnded = meetingEnded;
		this.unitOfWork = unitOfWork;
		this.clock = clock;
		this.access = new TownHallAccess(unitOfWork, anonymity, clock);
		this.changes = new TownHallChanges(unitOfWork, copies);
		this.suggestionBox = new ForwardedSuggestions(unitOfWork);
	}

	public TownHallView create(Identity who, long siteId, TownHallDraft draft) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.MANAGE_TOWN_HALLS);
			TownHallContent content = TownHallContent.of(required(draft), key -> suggestionBox.isCategory(actor.scope(), key));
			TownHall townHall = new TownHall(actor.scope(), content, clock.instant());
			unitOfWork.entityManager().persist(townHall);
			unitOfWork.entityManager().flush();
			changes.create(townHall.id());
			LOG.info("Town hall {} created in site {}", townHall.id(), siteId);
			return access.view(actor, townHall);
		});
	}

	public TownHallView edit(Identity who, String townHallId, TownHallDraft draft) {
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			located.actor.require(Permission.MANAGE_TOWN_HALLS);
			TownHall townHall = located.townHall;
			if (required(draft).getVersion() == null) {
				throw new InvalidInput(Map.of("version", "is required: the version read"));
			}
			TownHallContent content = TownHallContent.of(draft, key -> suggestionBox.isCategory(located.actor.scope(), key));
			if (draft.getVersion() != townHall.version()) {
				throw new Conflict("Someone changed this town hall since you read it; reload and edit again.");
			}
			if (townHall.state().isOver()) {
				throw new Conflict("A town hall cannot be edited once it has ended.");
			}
			townHall.apply(content, clock.instant());
			unitOfWork.entityManager().flush();
			changes.bump(townHall.id(), who);
			return access.view(located.actor, townHall);
		});
	}

	public TownHallView get(Identity who, String townHallId) {
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			return access.view(located.actor, located.townHall);
		});
	}

	public TownHallView moveTo(Identity who, String townHallId, TownHallState next) {
		return moveTo(who, townHallId, next, null);
	}

	/**
	 * The move, with the version the caller read (null: none): a town hall changed since is a conflict, as for an edit,
	 * so publishing from the page never publishes what someone changed meanwhile.
	 */
	public TownHallView moveTo(Identity who, String townHallId, TownHallState next, Long versionRead) {
		TownHallView moved = move(who, townHallId, next, versionRead);
		if (next == TownHallState.ENDED) {
			try {
				meetingEnded.accept(new Scope(who.companyId(), moved.getSiteId()));
			}
			catch (RuntimeException failed) {
				LOG.warn("Releasing the held anonymous questions of town hall {} at its end failed; the next mixing releases them",
					moved.getId(), failed);
			}
		}
		return moved;
	}

	private TownHallView move(Identity who, String townHallId, TownHallState next, Long versionRead) {
		return unitOfWork.inTransaction(() -> {
			if (next == null) {
				throw new InvalidInput(Map.of("state", "is required"));
			}
			TownHallAccess.Located located = access.locate(who, townHallId);
			located.actor.require(Permission.MANAGE_TOWN_HALLS);
			TownHall townHall = located.townHall;
			if (versionRead != null && versionRead != townHall.version()) {
				throw new Conflict("Someone changed this town hall since you read it; reload and edit again.");
			}
			Instant now = clock.instant();
			townHall.moveTo(next, now);
			if (next == TownHallState.ENDED) {
				unitOfWork.entityManager()
					.createQuery("UPDATE TownHallQuestion q SET q.state = :open WHERE q.townHallId = :townHallId AND q.state = :highlighted")
					.setParameter("open", QuestionState.OPEN).setParameter("highlighted", QuestionState.HIGHLIGHTED)
					.setParameter("townHallId", townHall.id()).executeUpdate();
			}
			if (next == TownHallState.ENDED || next == TownHallState.ARCHIVED) {
				// the meeting is over: its open polls close with it (their results then show as each poll's setting says)
				unitOfWork.entityManager()
					.createQuery("UPDATE TownHallPoll p SET p.state = :closed, p.version = p.version + 1 WHERE p.townHallId = :townHallId"
						+ " AND p.state = :open")
					.setParameter("closed", TownHallPoll.State.CLOSED).setParameter("open", TownHallPoll.State.OPEN)
					.setParameter("townHallId", townHall.id()).executeUpdate();
			}
			unitOfWork.entityManager().flush();
			changes.bump(townHall.id(), who);
			LOG.info("Town hall {} moved to {}", townHall.id(), next);
			return access.view(located.actor, townHall);
		});
	}

	public Page<TownHallView> list(Identity who, long siteId, When when, PageRequest page) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			When listed = when == null ? When.UPCOMING : when;
			if (listed == When.DRAFTS) {
				actor.require(Permission.MANAGE_TOWN_HALLS);
			}
			String where = " FROM TownHall t WHERE t.companyId = :companyId AND t.siteId = :siteId AND t.state IN :states";
			List<TownHallState> states = states(listed);
			TypedQuery<TownHall> select = unitOfWork.entityManager().createQuery("SELECT t" + where + order(listed), TownHall.class);
			select.setParameter("companyId", actor.scope().companyId()).setParameter("siteId", siteId).setParameter("states", states);
			List<TownHall> found = select.setFirstResult((int) page.offset()).setMaxResults(page.pageSize()).getResultList();
			long total = unitOfWork.entityManager().createQuery("SELECT COUNT(t)" + where, Long.class)
				.setParameter("companyId", actor.scope().companyId()).setParameter("siteId", siteId).setParameter("states", states)
				.getSingleResult();
			return Page.of(found.stream().map(townHall -> access.view(actor, townHall)).collect(Collectors.toList()), page, total);
		});
	}

	private static List<TownHallState> states(When when) {
		switch (when) {
			case LIVE:
				return List.of(TownHallState.LIVE);
			case PAST:
				return List.of(TownHallState.ENDED, TownHallState.ARCHIVED);
			case DRAFTS:
				return List.of(TownHallState.DRAFT);
			default:
				return List.of(TownHallState.SCHEDULED);
		}
	}

	private static String order(When when) {
		switch (when) {
			case PAST:
				return " ORDER BY t.startsAt DESC, t.id";
			case DRAFTS:
				return " ORDER BY t.createdAt DESC, t.id";
			default:
				return " ORDER BY t.startsAt, t.id";
		}
	}

	static <T> T required(T body) {
		if (body == null) {
			throw new InvalidInput(Map.of("body", "is required"));
		}
		return body;
	}

}
