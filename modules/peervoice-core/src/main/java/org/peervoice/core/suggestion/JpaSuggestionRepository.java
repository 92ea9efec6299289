package org.peervoice.core.suggestion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.TypedQuery;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

final class JpaSuggestionRepository implements SuggestionRepository {

	/**
	 * Newest first by day, and within a day anonymous items first, then named ones newest first. Anonymous items
	 * keep only their day (docs/privacy.md), so their place in a list says nothing about the hour: all of a day's
	 * anonymous items sit together above that day's named ones, in the order of their random ids.
	 */
	static final String NEWEST_FIRST = "CAST(s.createdAt AS DATE) DESC, s.anonymous DESC, s.createdAt DESC, s.id";

	/** The exact reverse of {@link #NEWEST_FIRST}: a day's named items, oldest first, then its anonymous items. */
	static final String OLDEST_FIRST = "CAST(s.createdAt AS DATE) ASC, s.anonymous ASC, s.createdAt ASC, s.id DESC";

	private final UnitOfWork unitOfWork;

	JpaSuggestionRepository(UnitOfWork unitOfWork) {
		this.unitOfWork = unitOfWork;
	}

	private EntityManager em() {
		return unitOfWork.entityManager();
	}

	@Override
	public Optional<Suggestion> find(String id) {
		return unitOfWork.find(Suggestion.class, id);
	}

	@Override
	public Optional<Suggestion> findByReceiptLocator(String locator) {
		return em().createNamedQuery("Suggestion.findByReceiptLocator", Suggestion.class)
			.setParameter("locator", locator)
			.getResultList()
			.stream()
			.findFirst();
	}

	@Override
	public void store(Suggestion suggestion) {
		em().persist(suggestion);
	}

	@Override
	public List<Suggestion> list(Scope scope, SuggestionQuery query, String authorKey, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(scope, query, authorKey, parameters);
		String order;
		if (query.getSort() == SuggestionQuery.Sort.VOTES) {
			order = " ORDER BY s.voteCount DESC, " + NEWEST_FIRST;
		}
		else if (query.getSort() == null && query.getView() == SuggestionQuery.View.QUEUE) {
			order = " ORDER BY " + OLDEST_FIRST;
		}
		else if (query.getSort() == null && query.getView() == SuggestionQuery.View.DONE) {
			// "You said, we did" leads with what was finished last, however old the suggestion
			order = " ORDER BY (SELECT MAX(t.transitionedAt) FROM SuggestionTransition t WHERE t.suggestionId = s.id"
				+ " AND t.toStatus = :done) DESC, " + NEWEST_FIRST;
		}
		else {
			order = " ORDER BY " + NEWEST_FIRST;
		}
		TypedQuery<Suggestion> select = em().createQuery("SELECT s FROM Suggestion s" + where + order, Suggestion.class);
		parameters.forEach(select::setParameter);
		return select.setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.pageSize()).getResultList();
	}

	@Override
	public long count(Scope scope, SuggestionQuery query, String authorKey) {
		Map<String, Object> parameters = new HashMap<>();
		TypedQuery<Long> count = em().createQuery("SELECT COUNT(s) FROM Suggestion s" + where(scope, query, authorKey, parameters),
			Long.class);
		parameters.forEach(count::setParameter);
		return count.getSingleResult();
	}

	@Override
	public Map<SuggestionStatus, Long> countByStatus(Scope scope, SuggestionQuery query, String authorKey) {
		Map<String, Object> parameters = new HashMap<>();
		TypedQuery<Object[]> count = em().createQuery("SELECT s.status, COUNT(s) FROM Suggestion s"
			+ where(scope, query.anyStatus(), authorKey, parameters) + " GROUP BY s.status", Object[].class);
		parameters.forEach(count::setParameter);
		Map<SuggestionStatus, Long> counts = new EnumMap<>(SuggestionStatus.class);
		for (Object[] row : count.getResultList()) {
			counts.put((SuggestionStatus) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	private static String where(Scope scope, SuggestionQuery query, String authorKey, Map<String, Object> parameters) {
		// Anonymous items reach lists once mixed (docs/privacy.md); identified ones are always mixed.
		StringBuilder where = new StringBuilder(" WHERE s.companyId = :companyId AND s.siteId = :siteId AND s.mixed = TRUE");
		parameters.put("companyId", scope.companyId());
		parameters.put("siteId", scope.siteId());
		switch (query.getView()) {
			case BOARD:
				where.append(" AND s.published = TRUE AND s.status <> :withdrawn");
				parameters.put("withdrawn", SuggestionStatus.WITHDRAWN);
				break;
			case DONE:
				where.append(" AND s.published = TRUE AND s.status = :done");
				parameters.put("done", SuggestionStatus.DONE);
				break;
			case MINE:
				where.append(" AND s.anonymous = FALSE AND s.authorKey = :authorKey");
				parameters.put("authorKey", authorKey);
				break;
			default:
				break;
		}
		if (query.getStatus() != null) {
			where.append(" AND s.status = :status");
			parameters.put("status", query.getStatus());
		}
		if (query.getCategory() != null) {
			where.append(" AND s.category = :category");
			parameters.put("category", query.getCategory());
		}
		if (query.isNeedsFirstResponse()) {
			where.append(" AND s.firstResponseAt IS NULL AND s.status <> :gone");
			parameters.put("gone", SuggestionStatus.WITHDRAWN);
		}
		int word = 0;
		for (String searched : query.getSearchWords()) {
			String name = "word" + word++;
			where.append(" AND (LOWER(s.title) LIKE :").append(name).append(" ESCAPE '!' OR LOWER(s.body) LIKE :").append(name)
				.append(" ESCAPE '!')");
			parameters.put(name, "%" + likeLiteral(searched) + "%");
		}
		return where.toString();
	}

	// the words are searched as they are: LIKE's wildcards in them are plain characters
	static String likeLiteral(String word) {
		return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	@Override
	public void flush() {
		try {
			em().flush();
		}
		catch (OptimisticLockException stale) {
			throw new Conflict("Someone else changed this suggestion at the same time; reload and try again.");
		}
	}

	@Override
	public void addResponse(SuggestionResponse response) {
		em().persist(response);
	}

	// The town hall's tables are read by SQL: the suggestion box does not depend on the town-hall package (it depends on us).
	@Override
	public Map<String, OriginView> originsOf(Collection<String> questionIds) {
		if (questionIds.isEmpty()) {
			return Map.of();
		}
		org.peervoice.core.kernel.NativeParameters parameters = new org.peervoice.core.kernel.NativeParameters();
		javax.persistence.Query query = parameters.query(em(), "SELECT q.id, t.id, t.title FROM PV_TOWN_HALL_QUESTION q"
			+ " JOIN PV_TOWN_HALL t ON t.id = q.town_hall_id WHERE q.id IN (" + parameters.in(questionIds) + ")");
		@SuppressWarnings("unchecked")
		List<Object[]> rows = query.getResultList();
		Map<String, OriginView> origins = new HashMap<>();
		for (Object[] row : rows) {
			origins.put((String) row[0], new OriginView((String) row[1], (String) row[2], (String) row[0]));
		}
		return origins;
	}

	@Override
	public Map<String, List<SuggestionResponse>> responsesOf(Collection<String> suggestionIds) {
		if (suggestionIds.isEmpty()) {
			return Map.of();
		}
		return bySuggestion(em().createNamedQuery("SuggestionResponse.findBySuggestions", SuggestionResponse.class)
			.setParameter("suggestionIds", suggestionIds)
			.getResultList(), SuggestionResponse::suggestionId);
	}

	@Override
	public void addTransition(SuggestionTransition transition) {
		em().persist(transition);
	}

	@Override
	public Map<String, List<SuggestionTransition>> transitionsOf(Collection<String> suggestionIds) {
		if (suggestionIds.isEmpty()) {
			return Map.of();
		}
		return bySuggestion(em().createNamedQuery("SuggestionTransition.findBySuggestions", SuggestionTransition.class)
			.setParameter("suggestionIds", suggestionIds)
			.getResultList(), SuggestionTransition::suggestionId);
	}

	private static <T> Map<String, List<T>> bySuggestion(List<T> rows, Function<T, String> suggestionId) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		for (T row : rows) {
			grouped.computeIfAbsent(suggestionId.apply(row), id -> new ArrayList<>()).add(row);
		}
		return grouped;
	}

	@Override
	public void addMessage(SuggestionMessage message) {
		Number last = em().createNamedQuery("SuggestionMessage.lastPosition", Number.class)
			.setParameter("suggestionId", message.suggestionId())
			.getSingleResult();
		Number lowest = em().createNamedQuery("SuggestionMessage.lowestPosition", Number.class)
			.setParameter("suggestionId", message.suggestionId())
			.getSingleResult();
		message.placeAfter(last == null ? 0 : last.intValue(), lowest == null ? 0 : lowest.intValue());
		em().persist(message);
		em().flush();
	}

	@Override
	public List<SuggestionMessage> messagesOf(String suggestionId) {
		List<SuggestionMessage> thread = new ArrayList<>(em().createNamedQuery("SuggestionMessage.findBySuggestion", SuggestionMessage.class)
			.setParameter("suggestionId", suggestionId)
			.getResultList());
		// replies waiting for mixing have no place yet: they come last (only their writer sees them)
		thread.sort(Comparator.comparingInt(SuggestionMessage::threadOrder));
		return thread;
	}

	@Override
	public Set<String> withUnreadWriterReplies(String readerKey, Collection<String> suggestionIds) {
		if (suggestionIds.isEmpty()) {
			return Set.of();
		}
		Map<String, Integer> read = new HashMap<>();
		for (ThreadRead each : em().createQuery("SELECT r FROM ThreadRead r WHERE r.readerKey = :reader AND r.suggestionId IN :ids", ThreadRead.class)
			.setParameter("reader", readerKey).setParameter("ids", suggestionIds).getResultList()) {
			read.put(each.suggestionId(), each.readPosition());
		}
		Set<String> replied = new HashSet<>();
		List<Object[]> lastReplies = em().createQuery("SELECT m.suggestionId, MAX(m.position) FROM SuggestionMessage m WHERE m.suggestionId IN :ids"
			+ " AND m.sender = :writer AND m.mixed = TRUE AND m.position > 0 GROUP BY m.suggestionId", Object[].class)
			.setParameter("ids", suggestionIds).setParameter("writer", SuggestionMessage.WRITER).getResultList();
		for (Object[] row : lastReplies) {
			if (((Number) row[1]).intValue() > read.getOrDefault((String) row[0], 0)) {
				replied.add((String) row[0]);
			}
		}
		return replied;
	}

	@Override
	public void markThreadRead(String suggestionId, String readerKey, int position) {
		List<ThreadRead> found = em().createQuery("SELECT r FROM ThreadRead r WHERE r.readerKey = :reader AND r.suggestionId = :id", ThreadRead.class)
			.setParameter("reader", readerKey).setParameter("id", suggestionId).getResultList();
		if (found.isEmpty()) {
			em().persist(new ThreadRead(suggestionId, readerKey, position));
		}
		else {
			found.get(0).readUpTo(position);
		}
	}

	@Override
	public boolean hasVote(String suggestionId, String voterHash) {
		return !findVotes(suggestionId, voterHash).isEmpty();
	}

	@Override
	public Set<String> votedAmong(Map<String, String> voterHashBySuggestionId) {
		Set<String> voted = new HashSet<>();
		if (voterHashBySuggestionId.isEmpty()) {
			return voted;
		}
		List<Object[]> votes = em().createNamedQuery("SuggestionVote.findAmong", Object[].class)
			.setParameter("suggestionIds", voterHashBySuggestionId.keySet())
			.setParameter("voterHashes", new HashSet<>(voterHashBySuggestionId.values()))
			.getResultList();
		for (Object[] vote : votes) {
			String suggestionId = (String) vote[0];
			if (vote[1].equals(voterHashBySuggestionId.get(suggestionId))) {
				voted.add(suggestionId);
			}
		}
		return voted;
	}

	@Override
	public void addVote(SuggestionVote vote) {
		ConflictingWrites.persistOrConflict(em(), vote, "You already voted for this suggestion.");
	}

	@Override
	public boolean removeVote(String suggestionId, String voterHash) {
		// The mixer rewrites pending votes (delete and re-insert, same ids; core/anonymity/Mixer.java). A delete that
		// waited for it finds its row gone and, under read committed, misses the row put back: it would remove nothing
		// and yet succeed. A second statement sees the committed row (docs/reliability.md, found by the fault suite).
		em().flush();
		int removed = deleteVotes(suggestionId, voterHash);
		if (removed == 0) {
			removed = deleteVotes(suggestionId, voterHash);
		}
		return removed > 0;
	}

	private int deleteVotes(String suggestionId, String voterHash) {
		return em().createQuery("DELETE FROM SuggestionVote v WHERE v.suggestionId = :suggestionId AND v.voterHash = :voterHash")
			.setParameter("suggestionId", suggestionId)
			.setParameter("voterHash", voterHash)
			.executeUpdate();
	}

	@Override
	public Map<String, Long> voteCounts(Collection<String> suggestionIds) {
		Map<String, Long> counts = new HashMap<>();
		if (suggestionIds.isEmpty()) {
			return counts;
		}
		em().flush();
		List<Object[]> rows = em().createNamedQuery("SuggestionVote.countAmong", Object[].class)
			.setParameter("suggestionIds", suggestionIds)
			.getResultList();
		for (Object[] row : rows) {
			counts.put((String) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	private List<SuggestionVote> findVotes(String suggestionId, String voterHash) {
		return em().createNamedQuery("SuggestionVote.find", SuggestionVote.class)
			.setParameter("suggestionId", suggestionId)
			.setParameter("voterHash", voterHash)
			.getResultList();
	}

	@Override
	public Optional<SiteSuggestionSettings> settingsOf(Scope scope) {
		return em().createNamedQuery("SiteSuggestionSettings.findByScope", SiteSuggestionSettings.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.getResultList()
			.stream()
			.findFirst();
	}

	@Override
	public void addSettings(SiteSuggestionSettings settings) {
		ConflictingWrites.persistOrConflict(em(), settings, "The settings were changed at the same time; reload and try again.");
	}

}
