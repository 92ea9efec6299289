package org.peervoice.core.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/** The notification tables through JPA: portable statements only (HSQLDB, PostgreSQL, MariaDB). */
final class JpaNotificationStore implements NotificationStore {

	private static final String REGISTER_DIGEST = "INSERT INTO PV_NOTIFICATION_DIGEST (company_id, site_id, last_sent_at) VALUES (?1, ?2, ?3)";
	private static final String DIGEST_ROWS = "SELECT COUNT(*) FROM PV_NOTIFICATION_DIGEST WHERE company_id = ?1 AND site_id = ?2";
	private static final String START_DIGEST = "UPDATE PV_NOTIFICATION_DIGEST SET last_sent_at = ?1 WHERE company_id = ?2 AND site_id = ?3";
	private static final String START_DIGEST_WHEN_DUE = START_DIGEST + " AND last_sent_at <= ?4";

	private final UnitOfWork unitOfWork;

	JpaNotificationStore(UnitOfWork unitOfWork) {
		this.unitOfWork = unitOfWork;
	}

	@Override
	public List<String> pendingPersonEvents(int max) {
		return em().createQuery("SELECT e.id FROM NotificationEvent e WHERE e.recipientKey IS NOT NULL ORDER BY e.createdAt", String.class)
			.setMaxResults(max).getResultList();
	}

	@Override
	public Optional<NotificationEvent> take(String eventId) {
		NotificationEvent event = em().find(NotificationEvent.class, eventId);
		if (event == null) {
			return Optional.empty();
		}
		em().detach(event);
		int removed = em().createQuery("DELETE FROM NotificationEvent e WHERE e.id = :id").setParameter("id", eventId).executeUpdate();
		return removed == 1 ? Optional.of(event) : Optional.empty();
	}

	@Override
	public Set<Scope> sitesWithReviewerEvents() {
		Set<Scope> sites = new LinkedHashSet<>();
		List<Object[]> rows = em().createQuery("SELECT DISTINCT e.companyId, e.siteId FROM NotificationEvent e WHERE e.recipientKey IS NULL",
			Object[].class).getResultList();
		for (Object[] row : rows) {
			sites.add(new Scope(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
		}
		return sites;
	}

	@Override
	public boolean registerDigestSite(Scope site) {
		Number rows = (Number) em().createNativeQuery(DIGEST_ROWS).setParameter(1, site.companyId()).setParameter(2, site.siteId())
			.getSingleResult();
		if (rows.longValue() > 0) {
			return false;
		}
		em().createNativeQuery(REGISTER_DIGEST).setParameter(1, site.companyId()).setParameter(2, site.siteId())
			.setParameter(3, timestamp(Instant.EPOCH)).executeUpdate();
		return true;
	}

	@Override
	public boolean startDigestRun(Scope site, Instant now, Instant dueBefore) {
		Query start = em().createNativeQuery(dueBefore == null ? START_DIGEST : START_DIGEST_WHEN_DUE)
			.setParameter(1, timestamp(now)).setParameter(2, site.companyId()).setParameter(3, site.siteId());
		if (dueBefore != null) {
			start.setParameter(4, timestamp(dueBefore));
		}
		return start.executeUpdate() == 1;
	}

	@Override
	public List<NotificationEvent> takeReviewerEvents(Scope site) {
		List<String> ids = em().createQuery("SELECT e.id FROM NotificationEvent e WHERE e.recipientKey IS NULL"
			+ " AND e.companyId = :companyId AND e.siteId = :siteId", String.class)
			.setParameter("companyId", site.companyId()).setParameter("siteId", site.siteId()).getResultList();
		List<NotificationEvent> taken = new ArrayList<>();
		for (String id : ids) {
			take(id).ifPresent(taken::add);
		}
		return taken;
	}

	@Override
	public Map<NotificationType, Boolean> preferences(long companyId, String userKey) {
		Map<NotificationType, Boolean> chosen = new EnumMap<>(NotificationType.class);
		for (NotificationPreference preference : ownPreferences(companyId, userKey)) {
			chosen.put(preference.type(), preference.isEnabled());
		}
		return chosen;
	}

	@Override
	public void setPreference(long companyId, String userKey, NotificationType type, boolean enabled) {
		for (NotificationPreference preference : ownPreferences(companyId, userKey)) {
			if (preference.type() == type) {
				preference.set(enabled);
				return;
			}
		}
		em().persist(new NotificationPreference(companyId, userKey, type, enabled));
	}

	private List<NotificationPreference> ownPreferences(long companyId, String userKey) {
		return em().createNamedQuery("NotificationPreference.of", NotificationPreference.class)
			.setParameter("companyId", companyId).setParameter("userKey", userKey).getResultList();
	}

	@Override
	public boolean holds(String sourceId, String recipientKey) {
		return em().createNamedQuery("Notification.bySource", Long.class).setParameter("sourceId", sourceId)
			.setParameter("recipientKey", recipientKey).getSingleResult() > 0;
	}

	@Override
	public void store(Notification notification) {
		em().persist(notification);
	}

	@Override
	public List<Notification> mine(long companyId, String userKey, PageRequest page) {
		return em().createNamedQuery("Notification.mine", Notification.class).setParameter("companyId", companyId)
			.setParameter("recipientKey", userKey).setFirstResult((int) page.offset()).setMaxResults(page.pageSize()).getResultList();
	}

	@Override
	public long countMine(long companyId, String userKey) {
		return em().createNamedQuery("Notification.countMine", Long.class).setParameter("companyId", companyId)
			.setParameter("recipientKey", userKey).getSingleResult();
	}

	@Override
	public long countUnread(long companyId, String userKey) {
		return em().createNamedQuery("Notification.countUnread", Long.class).setParameter("companyId", companyId)
			.setParameter("recipientKey", userKey).getSingleResult();
	}

	@Override
	public void markRead(long companyId, String userKey, List<String> ids, Instant now) {
		if (ids.isEmpty()) {
			return;
		}
		em().createQuery("SELECT n FROM Notification n WHERE n.companyId = :companyId AND n.recipientKey = :recipientKey"
			+ " AND n.readAt IS NULL AND n.id IN :ids", Notification.class).setParameter("companyId", companyId)
			.setParameter("recipientKey", userKey).setParameter("ids", ids).getResultList().forEach(unread -> unread.markRead(now));
		em().flush();
	}

	@Override
	public void markItemRead(long companyId, String userKey, String itemId, Instant now) {
		em().createQuery("SELECT n FROM Notification n WHERE n.companyId = :companyId AND n.recipientKey = :recipientKey"
			+ " AND n.readAt IS NULL AND n.itemId = :itemId", Notification.class).setParameter("companyId", companyId)
			.setParameter("recipientKey", userKey).setParameter("itemId", itemId).getResultList().forEach(unread -> unread.markRead(now));
		em().flush();
	}

	@Override
	public Set<String> unreadItems(long companyId, String userKey, List<String> itemIds) {
		if (itemIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(em().createNamedQuery("Notification.unreadItems", String.class).setParameter("companyId", companyId)
			.setParameter("recipientKey", userKey).setParameter("itemIds", itemIds).getResultList());
	}

	private EntityManager em() {
		return unitOfWork.entityManager();
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

}
