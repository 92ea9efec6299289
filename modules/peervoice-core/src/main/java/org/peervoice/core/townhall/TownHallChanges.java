package org.peervoice.core.townhall;

import java.util.ArrayList;
import java.util.List;

import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * Each town hall's change counter, the ETag of its live view: incremented in the transaction of every change a live
 * view shows, read by one primary-key range read. In the database, so every node of a cluster answers alike.
 *
 * <p>The counter is split over {@link #SHARDS} rows and a change increments the one of its thread, the ETag being their
 * sum: with one row, every vote of a meeting waited for the lock of the vote before it (docs/benchmarks.md, town hall
 * under load). Each row only grows, so the sum changes exactly when a change commits. Town halls created before the
 * split have shard 0 only (V15); a change that finds no row for its shard increments shard 0.
 *
 * <p>A mixing increments a row of its own, {@link #MIXING_SHARD}, which no request's change takes: its transaction
 * rewrites every pending vote of the site and may last a second under load, and all that time it holds the row it
 * incremented (with shard 0, every vote batch of a thread of shard 0 waited for it: docs/benchmarks.md, town hall,
 * "The mixer's row").
 */
final class TownHallChanges {

	/** How many rows a town hall's counter is split over. */
	static final int SHARDS = 16;
	/** The row of the mixings' changes, after the writers' rows. */
	static final int MIXING_SHARD = SHARDS;

	private static final String CREATE = "INSERT INTO PV_TOWN_HALL_CHANGE_SHARD (town_hall_id, shard, change_count) VALUES (?1, ?2, 0)";
	private static final String BUMP = "UPDATE PV_TOWN_HALL_CHANGE_SHARD SET change_count = change_count + 1 WHERE town_hall_id = ?1"
		+ " AND shard = ?2";
	private static final String READ = "SELECT SUM(change_count) FROM PV_TOWN_HALL_CHANGE_SHARD WHERE town_hall_id = ?1";
	/** The town halls {@code t} of a site a live view may show: the mixing of the site may have changed any of them. */
	private static final String OF_SITE_SHOWN = "t.company_id = ?1 AND t.site_id = ?2 AND t.state IN ('SCHEDULED', 'LIVE', 'ENDED')";
	/** The mixing row of such a town hall that has none yet (created before it existed: until then mixings took shard 0). */
	private static final String CREATE_SITE_MIXING_ROWS = "INSERT INTO PV_TOWN_HALL_CHANGE_SHARD (town_hall_id, shard, change_count)"
		+ " SELECT t.id, " + MIXING_SHARD + ", 0 FROM PV_TOWN_HALL t WHERE " + OF_SITE_SHOWN + " AND NOT EXISTS"
		+ " (SELECT 1 FROM PV_TOWN_HALL_CHANGE_SHARD s WHERE s.town_hall_id = t.id AND s.shard = " + MIXING_SHARD + ")";
	private static final String BUMP_SITE = "UPDATE PV_TOWN_HALL_CHANGE_SHARD SET change_count = change_count + 1 WHERE shard = "
		+ MIXING_SHARD + " AND town_hall_id IN (SELECT t.id FROM PV_TOWN_HALL t WHERE " + OF_SITE_SHOWN + ")";

	private final UnitOfWork unitOfWork;
	private final LiveCopies copies;

	/** @param copies this node's live state, marked stale once a change has committed (docs/town-hall.md, "Live updates") */
	TownHallChanges(UnitOfWork unitOfWork, LiveCopies copies) {
		this.unitOfWork = unitOfWork;
		this.copies = copies;
	}

	void create(String townHallId) {
		for (int shard = 0; shard <= MIXING_SHARD; shard++) {
			unitOfWork.entityManager().createNativeQuery(CREATE).setParameter(1, townHallId).setParameter(2, shard).executeUpdate();
		}
	}

	/**
	 * A change by this writer (who then sees it in their next refresh on this node, docs/town-hall.md "Live updates"); null
	 * for a change whose writer must stay unknown (an anonymous asker's, by receipt): that one shows within the interval.
	 */
	void bump(String townHallId, Identity writer) {
		increment(townHallId);
		String token = writer == null ? null : copies.writerToken(writer);
		unitOfWork.afterCommit(() -> copies.written(townHallId, token));
	}

	/** A change by several writers at once (a batch of votes, {@link VoteBatches}): one increment, each writer told as above. */
	void bump(String townHallId, List<Identity> writers) {
		increment(townHallId);
		List<String> tokens = new ArrayList<>();
		for (Identity writer : writers) {
			String token = copies.writerToken(writer);
			if (token != null) {
				tokens.add(token);
			}
		}
		unitOfWork.afterCommit(() -> {
			copies.written(townHallId, null);
			for (String token : tokens) {
				copies.written(townHallId, token);
			}
		});
	}

	void bump(String townHallId) {
		increment(townHallId);
		// after the commit, not now: a read of this node between now and the commit would keep a state without the change
		unitOfWork.afterCommit(() -> copies.written(townHallId, null));
	}

	private void increment(String townHallId) {
		// the thread's own shard: changes of one transaction (one thread) take one row, never two in varying order
		int shard = (int) Math.floorMod(Thread.currentThread().getId(), (long) SHARDS);
		if (bumpShard(townHallId, shard) == 0 && shard != 0) {
			bumpShard(townHallId, 0);
		}
	}

	private int bumpShard(String townHallId, int shard) {
		return unitOfWork.entityManager().createNativeQuery(BUMP).setParameter(1, townHallId).setParameter(2, shard).executeUpdate();
	}

	/** Called by the mixer only (one mixing of a site at a time, on every node), so its rows are created by one writer. */
	void bumpSite(Scope site) {
		unitOfWork.entityManager().createNativeQuery(CREATE_SITE_MIXING_ROWS).setParameter(1, site.companyId()).setParameter(2, site.siteId())
			.executeUpdate();
		unitOfWork.entityManager().createNativeQuery(BUMP_SITE).setParameter(1, site.companyId()).setParameter(2, site.siteId())
			.executeUpdate();
		unitOfWork.afterCommit(() -> copies.writtenSite(site.companyId(), site.siteId()));
	}

	long count(String townHallId) {
		List<?> rows = unitOfWork.entityManager().createNativeQuery(READ).setParameter(1, townHallId).getResultList();
		return rows.isEmpty() || rows.get(0) == null ? 0 : ((Number) rows.get(0)).longValue();
	}

}
