package org.peervoice.core.recognition;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.TypedQuery;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.NativeParameters;
import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/** The recognition board's rows and queries, portable JPQL only (HSQLDB, PostgreSQL, MariaDB). */
final class JpaRecognitions {

	/** What the board shows ({@link Recognition#isOnBoard()}: kept with every consent and moderation change). */
	private static final String ON_BOARD = "g.companyId = :companyId AND g.siteId = :siteId AND g.onBoard = TRUE";

	/** EclipseLink's read-only query hint (a plain JPA hint name; other providers ignore it). */
	private static final String READ_ONLY = "eclipselink.read-only";

	private final UnitOfWork unitOfWork;

	JpaRecognitions(UnitOfWork unitOfWork) {
		this.unitOfWork = unitOfWork;
	}

	private EntityManager em() {
		return unitOfWork.entityManager();
	}

	Optional<Recognition> find(Scope scope, String id) {
		return unitOfWork.find(Recognition.class, id).filter(found -> found.scope().equals(scope));
	}

	Optional<RecognitionComment> findComment(Recognition recognition, String commentId) {
		return unitOfWork.find(RecognitionComment.class, commentId).filter(found -> found.recognitionId().equals(recognition.id()));
	}

	void store(Object row) {
		em().persist(row);
	}

	void flush() {
		try {
			em().flush();
		}
		catch (OptimisticLockException stale) {
			throw new Conflict("Someone else changed this recognition at the same time; reload and try again.");
		}
	}

	/**
	 * The public board, newest first: the rows of the page and one more (whether another page follows), never counted.
	 * "Received by a person" starts from that person's recipient rows that let the recognition show, newest first
	 * (PV_RECOGNITION_RECIPIENT_FEED_IX: a recipient row has its recognition's created_at), and joins each to its
	 * recognition; the other filters walk the board newest first (PV_RECOGNITION_FEED_IX, or the giver's index).
	 * Read-only: the page's rows are only shown, so EclipseLink need not register or clone them.
	 */
	List<Recognition> board(Scope scope, FeedQuery query, Instant since, PageRequest page, int rows) {
		StringBuilder jpql = new StringBuilder("SELECT g FROM ");
		if (received(query)) {
			jpql.append("RecognitionRecipient r, Recognition g WHERE r.companyId = :companyId AND r.siteId = :siteId"
				+ " AND r.recipientKey = :person AND r.consent = :shown AND g.id = r.recognitionId AND ").append(ON_BOARD);
			if (since != null) {
				jpql.append(" AND r.createdAt >= :since");
			}
		}
		else {
			jpql.append("Recognition g WHERE ").append(ON_BOARD);
			if (query.personKey() != null) {
				jpql.append(" AND g.giverKey = :person");
			}
			if (since != null) {
				jpql.append(" AND g.createdAt >= :since");
			}
		}
		if (query.value() != null) {
			jpql.append(" AND g.valueKeys LIKE :value");
		}
		jpql.append(received(query) ? " ORDER BY r.createdAt DESC, r.recognitionId DESC" : " ORDER BY g.createdAt DESC, g.id DESC");
		TypedQuery<Recognition> found = em().createQuery(jpql.toString(), Recognition.class).setHint(READ_ONLY, Boolean.TRUE);
		found.setParameter("companyId", scope.companyId()).setParameter("siteId", scope.siteId());
		if (received(query)) {
			found.setParameter("shown", Consent.SHOWN);
		}
		if (query.personKey() != null) {
			found.setParameter("person", query.personKey());
		}
		if (since != null) {
			found.setParameter("since", since);
		}
		if (query.value() != null) {
			found.setParameter("value", ValueLines.containing(query.value()));
		}
		return found.setFirstResult((int) page.offset()).setMaxResults(rows).getResultList();
	}

	private static boolean received(FeedQuery query) {
		return query.personKey() != null && query.role() == FeedQuery.Role.RECEIVED;
	}

	private static final String MINE = "g.companyId = :companyId AND g.siteId = :siteId AND (g.giverKey = :me OR EXISTS"
		+ " (SELECT r.id FROM RecognitionRecipient r WHERE r.recognitionId = g.id AND r.recipientKey = :me))";

	/** What the person gave or received in the site, private and pending ones included, newest first. */
	List<Recognition> mine(Scope scope, String userKey, PageRequest page) {
		return em().createQuery("SELECT g FROM Recognition g WHERE " + MINE + " ORDER BY g.createdAt DESC, g.id DESC", Recognition.class)
			.setParameter("companyId", scope.companyId()).setParameter("siteId", scope.siteId()).setParameter("me", userKey)
			.setFirstResult((int) page.offset()).setMaxResults(page.pageSize()).getResultList();
	}

	long countMine(Scope scope, String userKey) {
		return em().createQuery("SELECT COUNT(g) FROM Recognition g WHERE " + MINE, Long.class)
			.setParameter("companyId", scope.companyId()).setParameter("siteId", scope.siteId()).setParameter("me", userKey)
			.getSingleResult();
	}

	/**
	 * Locks the giver's row in the site until the transaction ends, storing it the first time: a second give of the same
	 * person waits here for the first to commit, and then reads what it stored. An UPDATE locks the row on HSQLDB,
	 * PostgreSQL and MariaDB alike; it is the transaction's first statement, so that MariaDB's repeatable-read snapshot
	 * is taken after the wait. Two first gives of a person at the same time both insert: the unique key lets one
	 * through, and the other's unit of work runs again and then waits on the row like any later give.
	 */
	void lockGiver(Scope scope, String giverKey) {
		int locked = em().createQuery("UPDATE RecognitionGiver x SET x.attempts = x.attempts + 1 WHERE x.companyId = :companyId"
			+ " AND x.siteId = :siteId AND x.giverKey = :giver").setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId()).setParameter("giver", giverKey).executeUpdate();
		if (locked == 0) {
			ConflictingWrites.persistOrRunAgain(em(), new RecognitionGiver(scope, giverKey));
		}
	}

	/** What the giver gave in the site since the instant, newest first (the daily limit and the repeat check). */
	List<Recognition> givenSince(Scope scope, String giverKey, Instant since) {
		return em().createQuery("SELECT g FROM Recognition g WHERE g.companyId = :companyId AND g.siteId = :siteId"
			+ " AND g.giverKey = :giver AND g.createdAt >= :since ORDER BY g.createdAt DESC", Recognition.class)
			.setParameter("companyId", scope.companyId()).setParameter("siteId", scope.siteId()).setParameter("giver", giverKey)
			.setParameter("since", since).getResultList();
	}

	Map<String, List<RecognitionRecipient>> recipientsOf(Collection<String> recognitionIds) {
		if (recognitionIds.isEmpty()) {
			return Map.of();
		}
		return em().createQuery("SELECT r FROM RecognitionRecipient r WHERE r.recognitionId IN :ids ORDER BY r.recipientName, r.id",
			RecognitionRecipient.class).setParameter("ids", List.copyOf(recognitionIds)).getResultList().stream()
			.collect(Collectors.groupingBy(RecognitionRecipient::recognitionId));
	}

	Map<String, List<RecognitionComment>> commentsOf(Collection<String> recognitionIds) {
		if (recognitionIds.isEmpty()) {
			return Map.of();
		}
		return em().createQuery("SELECT c FROM RecognitionComment c WHERE c.recognitionId IN :ids AND c.moderationReason IS NULL"
			+ " ORDER BY c.createdAt, c.id", RecognitionComment.class).setParameter("ids", List.copyOf(recognitionIds)).getResultList()
			.stream().collect(Collectors.groupingBy(RecognitionComment::recognitionId));
	}

	/** How many celebrated each recognition, and whether the person did (one query, counted by the database). */
	static final class Celebrations {

		private final Map<String, Long> counts = new HashMap<>();
		private final Set<String> byMe = new HashSet<>();

		long count(String recognitionId) {
			return counts.getOrDefault(recognitionId, 0L);
		}

		boolean byMe(String recognitionId) {
			return byMe.contains(recognitionId);
		}

	}

	Celebrations celebrationsOf(String userKey, Collection<String> recognitionIds) {
		Celebrations celebrations = new Celebrations();
		if (recognitionIds.isEmpty()) {
			return celebrations;
		}
		// no user key is empty: a caller without one (a guest) has celebrated nothing
		// SQL, not JPQL: EclipseLink 2.7 prepares a JPQL CASE with shared state, and threads preparing it at once fail (a
		// NullPointerException in ExpressionOperator.printCollection, met by TownHallContract's votes at once)
		NativeParameters parameters = new NativeParameters();
		String sql = "SELECT x.recognition_id, COUNT(*), SUM(CASE WHEN x.reactor_key = " + parameters.value(userKey == null ? "" : userKey)
			+ " THEN 1 ELSE 0 END) FROM PV_RECOGNITION_REACTION x WHERE x.recognition_id IN (" + parameters.in(recognitionIds)
			+ ") GROUP BY x.recognition_id";
		@SuppressWarnings("unchecked")
		List<Object[]> rows = parameters.query(em(), sql).getResultList();
		for (Object[] row : rows) {
			celebrations.counts.put((String) row[0], ((Number) row[1]).longValue());
			if (((Number) row[2]).longValue() > 0) {
				celebrations.byMe.add((String) row[0]);
			}
		}
		return celebrations;
	}

	/** Who celebrated each recognition (the feed's kept pages tell each viewer whether they did). */
	Map<String, Set<String>> reactorsOf(Collection<String> recognitionIds) {
		if (recognitionIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Set<String>> reactors = new HashMap<>();
		for (Object[] row : em().createQuery("SELECT x.recognitionId, x.reactorKey FROM RecognitionReaction x WHERE x.recognitionId IN :ids",
			Object[].class).setParameter("ids", List.copyOf(recognitionIds)).getResultList()) {
			reactors.computeIfAbsent((String) row[0], any -> new HashSet<>()).add((String) row[1]);
		}
		return reactors;
	}

	Set<String> celebratedBy(String userKey, Collection<String> recognitionIds) {
		if (recognitionIds.isEmpty() || userKey == null) {
			return Set.of();
		}
		return Set.copyOf(em().createQuery("SELECT x.recognitionId FROM RecognitionReaction x WHERE x.recognitionId IN :ids"
			+ " AND x.reactorKey = :me", String.class).setParameter("ids", List.copyOf(recognitionIds)).setParameter("me", userKey)
			.getResultList());
	}

	/** @return false when the person had celebrated it already (the unique constraint decides) */
	boolean celebrate(RecognitionReaction reaction, String recognitionId, String userKey) {
		if (!celebratedBy(userKey, List.of(recognitionId)).isEmpty()) {
			return false;
		}
		// celebrating twice at once (two tabs, two nodes) is celebrating once: the later runs again and finds it
		ConflictingWrites.persistOrRunAgain(em(), reaction);
		return true;
	}

	void uncelebrate(String recognitionId, String userKey) {
		// a bulk delete runs no callback: the board's celebrations revision is told here
		FeedAnswers.celebrated(recognitionId);
		em().createQuery("DELETE FROM RecognitionReaction x WHERE x.recognitionId = :id AND x.reactorKey = :me")
			.setParameter("id", recognitionId).setParameter("me", userKey).executeUpdate();
	}

	Optional<RecognitionPreference> preferenceOf(Scope scope, String userKey) {
		return em().createQuery("SELECT p FROM RecognitionPreference p WHERE p.companyId = :companyId AND p.siteId = :siteId"
			+ " AND p.userKey = :me", RecognitionPreference.class).setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId()).setParameter("me", userKey).getResultList().stream().findFirst();
	}

	Optional<SiteRecognitionSettings> settingsOf(Scope scope) {
		return em().createQuery("SELECT s FROM SiteRecognitionSettings s WHERE s.companyId = :companyId AND s.siteId = :siteId",
			SiteRecognitionSettings.class).setParameter("companyId", scope.companyId()).setParameter("siteId", scope.siteId())
			.getResultList().stream().findFirst();
	}

	/** @throws Conflict when another request stored the same row meanwhile (a unique constraint decides) */
	void storeOnce(Object row) {
		ConflictingWrites.persistOrConflict(em(), row, "This was changed at the same time; reload and try again.");
	}

	boolean hasReported(Recognition recognition, String commentId, String reporterKey) {
		return !em().createQuery("SELECT x.id FROM RecognitionReport x WHERE x.recognitionId = :id AND x.commentId = :comment"
			+ " AND x.reporterKey = :me", String.class).setParameter("id", recognition.id())
			.setParameter("comment", commentId == null ? "" : commentId).setParameter("me", reporterKey).setMaxResults(1).getResultList()
			.isEmpty();
	}

	/** Open reports of the site: of recognitions and comments not yet hidden by a moderator, oldest first. */
	List<RecognitionReport> openReports(Scope scope) {
		return em().createQuery("SELECT x FROM RecognitionReport x, Recognition g WHERE x.companyId = :companyId"
			+ " AND x.siteId = :siteId AND g.id = x.recognitionId AND g.moderationReason IS NULL AND (x.commentId = ''"
			+ " OR EXISTS (SELECT c.id FROM RecognitionComment c WHERE c.id = x.commentId AND c.moderationReason IS NULL))"
			+ " ORDER BY x.createdAt, x.id", RecognitionReport.class).setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId()).setMaxResults(500).getResultList();
	}

	List<Recognition> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return em().createQuery("SELECT g FROM Recognition g WHERE g.id IN :ids", Recognition.class).setParameter("ids", List.copyOf(ids))
			.getResultList();
	}

}
