package org.peervoice.core.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

final class JpaSuggestionRepository implements SuggestionRepository {

	private final UnitOfWork unitOfWork;

	JpaSuggestionRepository(UnitOfWork unitOfWork) {
		this.unitOfWork = unitOfWork;
	}

	private EntityManager em() {
		return unitOfWork.entityManager();
	}

	@Override
	public Optional<Suggestion> find(String id) {
		if (id == null || id.length() > 36) {
			return Optional.empty();
		}
		return Optional.ofNullable(em().find(Suggestion.class, id));
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
		if (query.getSort() == SuggestionQuery.Sort.VOTES) {
			Query ranked = em().createQuery("SELECT s.id, COUNT(v.id) FROM Suggestion s LEFT JOIN SuggestionVote v ON v.suggestionId = s.id"
				+ where + " GROUP BY s.id, s.createdAt ORDER BY COUNT(v.id) DESC, s.createdAt DESC, s.id");
			parameters.forEach(ranked::setParameter);
			ranked.setFirstResult(page.offset()).setMaxResults(page.pageSize());
			List<Suggestion> found = new ArrayList<>();
			for (Object row : ranked.getResultList()) {
				String id = (String) ((Object[]) row)[0];
				find(id).ifPresent(found::add);
			}
			return found;
		}
		boolean oldestFirst = query.getSort() == null && query.getView() == SuggestionQuery.View.QUEUE;
		String order = oldestFirst ? " ORDER BY s.createdAt ASC, s.id" : " ORDER BY s.createdAt DESC, s.id";
		TypedQuery<Suggestion> select = em().createQuery("SELECT s FROM Suggestion s" + where + order, Suggestion.class);
		parameters.forEach(select::setParameter);
		return select.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
	}

	@Override
	public long count(Scope scope, SuggestionQuery query, String authorKey) {
		Map<String, Object> parameters = new HashMap<>();
		TypedQuery<Long> count = em().createQuery("SELECT COUNT(s) FROM Suggestion s" + where(scope, query, authorKey, parameters),
			Long.class);
		parameters.forEach(count::setParameter);
		return count.getSingleResult();
	}

	private static String where(Scope scope, SuggestionQuery query, String authorKey, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(" WHERE s.companyId = :companyId AND s.siteId = :siteId");
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
		return where.toString();
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

	@Override
	public List<SuggestionResponse> responsesOf(String suggestionId) {
		return em().createNamedQuery("SuggestionResponse.findBySuggestion", SuggestionResponse.class)
			.setParameter("suggestionId", suggestionId)
			.getResultList();
	}

	@Override
	public void addTransition(SuggestionTransition transition) {
		em().persist(transition);
	}

	@Override
	public List<SuggestionTransition> transitionsOf(String suggestionId) {
		return em().createNamedQuery("SuggestionTransition.findBySuggestion", SuggestionTransition.class)
			.setParameter("suggestionId", suggestionId)
			.getResultList();
	}

	@Override
	public void addMessage(SuggestionMessage message) {
		em().persist(message);
	}

	@Override
	public List<SuggestionMessage> messagesOf(String suggestionId) {
		return em().createNamedQuery("SuggestionMessage.findBySuggestion", SuggestionMessage.class)
			.setParameter("suggestionId", suggestionId)
			.getResultList();
	}

	@Override
	public long voteCount(String suggestionId) {
		return em().createNamedQuery("SuggestionVote.count", Long.class)
			.setParameter("suggestionId", suggestionId)
			.getSingleResult();
	}

	@Override
	public boolean hasVote(String suggestionId, String voterHash) {
		return !findVotes(suggestionId, voterHash).isEmpty();
	}

	@Override
	public void addVote(SuggestionVote vote) {
		try {
			em().persist(vote);
			em().flush();
		}
		catch (PersistenceException duplicate) {
			throw new Conflict("You already voted for this suggestion.");
		}
	}

	@Override
	public boolean removeVote(String suggestionId, String voterHash) {
		List<SuggestionVote> votes = findVotes(suggestionId, voterHash);
		votes.forEach(em()::remove);
		return !votes.isEmpty();
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
		try {
			em().persist(settings);
			em().flush();
		}
		catch (PersistenceException concurrent) {
			throw new Conflict("The settings were changed at the same time; reload and try again.");
		}
	}

}
