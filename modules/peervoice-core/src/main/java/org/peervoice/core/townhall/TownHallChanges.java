package org.peervoice.core.townhall;

import java.util.List;

import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * Each town hall's change counter, the ETag of its live view: incremented in the transaction of every change a live
 * view shows, read by one primary-key look-up. In the database, so every node of a cluster answers alike.
 */
final class TownHallChanges {

	private static final String CREATE = "INSERT INTO PV_TOWN_HALL_CHANGES (id, change_count) VALUES (?1, 0)";
	private static final String BUMP = "UPDATE PV_TOWN_HALL_CHANGES SET change_count = change_count + 1 WHERE id = ?1";
	private static final String READ = "SELECT change_count FROM PV_TOWN_HALL_CHANGES WHERE id = ?1";
	/** Every town hall of a site a live view may show: the mixing of the site may have changed any of them. */
	static final String BUMP_SITE = "UPDATE PV_TOWN_HALL_CHANGES SET change_count = change_count + 1 WHERE id IN"
		+ " (SELECT t.id FROM PV_TOWN_HALL t WHERE t.company_id = ?1 AND t.site_id = ?2 AND t.state IN ('SCHEDULED', 'LIVE', 'ENDED'))";

	private final UnitOfWork unitOfWork;

	TownHallChanges(UnitOfWork unitOfWork) {
		this.unitOfWork = unitOfWork;
	}

	void create(String townHallId) {
		unitOfWork.entityManager().createNativeQuery(CREATE).setParameter(1, townHallId).executeUpdate();
	}

	void bump(String townHallId) {
		unitOfWork.entityManager().createNativeQuery(BUMP).setParameter(1, townHallId).executeUpdate();
	}

	void bumpSite(Scope site) {
		unitOfWork.entityManager().createNativeQuery(BUMP_SITE).setParameter(1, site.companyId()).setParameter(2, site.siteId())
			.executeUpdate();
	}

	long count(String townHallId) {
		List<?> rows = unitOfWork.entityManager().createNativeQuery(READ).setParameter(1, townHallId).getResultList();
		return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
	}

}
