package org.peervoice.core.champion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.TypedQuery;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.InstantColumn;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

final class JpaChampionRepository implements ChampionRepository {

	/**
	 * EclipseLink's read-only query hint ({@code QueryHints.READ_ONLY}; core speaks plain JPA): the listings of a
	 * directory page or a worksheet part are only viewed, so they are not registered in the unit of work for change
	 * tracking (no copy, no comparison at commit). A listing read this way must never be changed.
	 */
	static final String READ_ONLY = "eclipselink.read-only";
	/** Up to this many matches of a word search's words, a page is read by sorting the matches rather than walking the name index. */
	static final long FEW_MATCHES = 2_000;

	private final UnitOfWork unitOfWork;
	private final DirectoryCountsCache countsCache = new DirectoryCountsCache();

	JpaChampionRepository(UnitOfWork unitOfWork) {
		this.unitOfWork = unitOfWork;
	}

	private EntityManager em() {
		return unitOfWork.entityManager();
	}

	@Override
	public Optional<ChampionListing> find(String id) {
		return unitOfWork.find(ChampionListing.class, id);
	}

	@Override
	public Optional<ChampionListing> currentOf(Scope scope, String ownerKey) {
		return ofOwner(scope, ownerKey, ChampionListing.Stage.CURRENT);
	}

	@Override
	public Optional<ChampionListing> revisionOf(Scope scope, String ownerKey) {
		return ofOwner(scope, ownerKey, ChampionListing.Stage.REVISION);
	}

	private Optional<ChampionListing> ofOwner(Scope scope, String ownerKey, ChampionListing.Stage stage) {
		return em().createNamedQuery("ChampionListing.ofOwner", ChampionListing.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.setParameter("ownerKey", ownerKey)
			.setParameter("stage", stage)
			.getResultList()
			.stream()
			.findFirst();
	}

	@Override
	public List<ChampionListing> published(Scope scope, Instant confirmedSince) {
		return em().createNamedQuery("ChampionListing.published", ChampionListing.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.setParameter("stage", ChampionListing.Stage.CURRENT)
			.setParameter("status", ListingStatus.PUBLISHED)
			.setParameter("confirmedSince", confirmedSince)
			.getResultList();
	}

	@Override
	public List<ChampionListing> publishedConfirmedBefore(Scope scope, Instant confirmedBefore) {
		return em().createNamedQuery("ChampionListing.confirmedBefore", ChampionListing.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.setParameter("stage", ChampionListing.Stage.CURRENT)
			.setParameter("status", ListingStatus.PUBLISHED)
			.setParameter("confirmedBefore", confirmedBefore)
			.getResultList();
	}

	@Override
	public List<ChampionListing> directoryPage(Scope scope, Instant confirmedAfter, DirectoryQuery query, long matches, long offset,
		int limit) {
		String key = ChampionSearchKeys.isSpanish(query.locale()) ? "l.sortKeyEs" : "l.sortKeyEn";
		// A word search whose words alone match few listings: order by an expression no index holds, so the database reads
		// the matches (PostgreSQL: through the trigram index of V17) and sorts them, instead of walking the name index until a
		// page of them is found, which reads most of the directory when the matches share a letter ("jose": 647 of 10,000,
		// all under J). Same order. When the words match many and a category or letter leaves few ("peer" in one category:
		// all 10,000, then 1,250), reading the matches means reading the directory: the name index is walked.
		// The words' own index is left out then too (DirectoryJpql.page).
		boolean fewWordMatches = matches <= FEW_MATCHES && DirectoryJpql.words(query.text()).stream().anyMatch(word -> word.length() >= 3);
		DirectoryJpql where = DirectoryJpql.page(scope, confirmedAfter, query, fewWordMatches);
		String order = fewWordMatches ? "CONCAT(" + key + ", '')" : key;
		return where.bind(em().createQuery("SELECT l FROM ChampionListing l WHERE " + where.condition() + " ORDER BY " + order + ", l.id",
			ChampionListing.class))
			.setHint(READ_ONLY, "true")
			.setFirstResult((int) Math.min(offset, Integer.MAX_VALUE))
			.setMaxResults(limit)
			.getResultList();
	}

	@Override
	public long directoryCount(Scope scope, Instant confirmedAfter, DirectoryQuery query) {
		DirectoryJpql where = DirectoryJpql.of(scope, confirmedAfter, query, null);
		return where.bind(em().createQuery("SELECT COUNT(l) FROM ChampionListing l WHERE " + where.condition(), Long.class))
			.getSingleResult();
	}

	@Override
	public Map<String, Long> directoryFacet(Scope scope, Instant confirmedAfter, DirectoryQuery query, DirectoryFacet facet) {
		DirectoryJpql where = DirectoryJpql.of(scope, confirmedAfter, query, facet);
		String jpql;
		switch (facet) {
			case CATEGORY:
				jpql = "SELECT l.category, COUNT(l) FROM ChampionListing l WHERE " + where.condition() + " GROUP BY l.category";
				break;
			case LETTER:
				String initial = ChampionSearchKeys.isSpanish(query.locale()) ? "l.initialEs" : "l.initialEn";
				jpql = "SELECT " + initial + ", COUNT(l) FROM ChampionListing l WHERE " + where.condition() + " GROUP BY " + initial;
				break;
			default:
				jpql = "SELECT f.item, COUNT(l) FROM ChampionListing l JOIN l.facets f WHERE " + where.condition() + " AND f.kind = :facetKind"
					+ " GROUP BY f.item";
		}
		TypedQuery<Object[]> counting = where.bind(em().createQuery(jpql, Object[].class));
		if (facet != DirectoryFacet.CATEGORY && facet != DirectoryFacet.LETTER) {
			counting.setParameter("facetKind", ListingFacet.Kind.valueOf(facet.name()));
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Object[] row : counting.getResultList()) {
			counts.put(row[0] instanceof Enum ? ((Enum<?>) row[0]).name() : (String) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * Two kinds of grouped query instead of one per count. The listings' own columns: one query groups the matches by
	 * category and A–Z letter without either filter, and the total, the category counts and the letter counts are
	 * sums over its rows (each with the other's filter applied in Java). The list facets: one query per distinct
	 * condition, grouping the facet rows by kind and value; a facet without a filter of its own shares the full
	 * condition with the others, so a search with no list filter counts all three at once.
	 */
	@Override
	public DirectoryCounts directoryCounts(Scope scope, Instant confirmedAfter, DirectoryQuery query) {
		return countsCache.counts(scope, confirmedAfter, query, -1, () -> countDirectory(scope, confirmedAfter, query));
	}

	@Override
	public DirectoryCounts directoryCountsAt(Scope scope, Instant confirmedAfter, DirectoryQuery query, long revision) {
		return countsCache.counts(scope, confirmedAfter, query, revision, () -> countDirectory(scope, confirmedAfter, query));
	}

	@Override
	public Instant firstConfirmedInDirectory(Scope scope, Instant confirmedAfter) {
		List<Instant> first = unitOfWork.entityManager().createQuery("SELECT l.lastConfirmedAt FROM ChampionListing l"
			+ " WHERE l.companyId = :companyId AND l.siteId = :siteId AND l.stage = :stage AND l.status = :status"
			+ " AND l.lastConfirmedAt > :confirmedAfter ORDER BY l.lastConfirmedAt", Instant.class).setMaxResults(1)
			.setParameter("companyId", scope.companyId()).setParameter("siteId", scope.siteId())
			.setParameter("stage", ChampionListing.Stage.CURRENT).setParameter("status", ListingStatus.PUBLISHED)
			.setParameter("confirmedAfter", confirmedAfter).getResultList();
		return first.isEmpty() ? null : first.get(0);
	}

	private DirectoryCounts countDirectory(Scope scope, Instant confirmedAfter, DirectoryQuery query) {
		Map<DirectoryFacet, Map<String, Long>> facets = new EnumMap<>(DirectoryFacet.class);
		facets.put(DirectoryFacet.CATEGORY, new LinkedHashMap<>());
		facets.put(DirectoryFacet.LETTER, new LinkedHashMap<>());
		DirectoryJpql own = DirectoryJpql.without(scope, confirmedAfter, query, EnumSet.of(DirectoryFacet.CATEGORY, DirectoryFacet.LETTER));
		String initial = ChampionSearchKeys.isSpanish(query.locale()) ? "l.initialEs" : "l.initialEn";
		long total = 0;
		long beforeCategoryAndLetter = 0;
		for (Object[] row : own.bind(em().createQuery("SELECT l.category, " + initial + ", COUNT(l) FROM ChampionListing l WHERE "
			+ own.condition() + " GROUP BY l.category, " + initial, Object[].class)).getResultList()) {
			ChampionCategory category = (ChampionCategory) row[0];
			String letter = (String) row[1];
			long count = ((Number) row[2]).longValue();
			boolean inCategory = query.category() == null || query.category() == category;
			boolean atLetter = query.letter() == null || query.letter().equals(letter);
			if (atLetter) {
				facets.get(DirectoryFacet.CATEGORY).merge(category.name(), count, Long::sum);
			}
			if (inCategory) {
				facets.get(DirectoryFacet.LETTER).merge(letter, count, Long::sum);
			}
			if (inCategory && atLetter) {
				total += count;
			}
			beforeCategoryAndLetter += count;
		}
		Map<String, List<DirectoryFacet>> byCondition = new LinkedHashMap<>();
		Map<String, DirectoryJpql> conditions = new LinkedHashMap<>();
		for (DirectoryFacet facet : EnumSet.of(DirectoryFacet.PROGRAM, DirectoryFacet.LANGUAGE, DirectoryFacet.EXPERTISE)) {
			facets.put(facet, new LinkedHashMap<>());
			DirectoryJpql where = DirectoryJpql.of(scope, confirmedAfter, query, facet);
			conditions.putIfAbsent(where.condition(), where);
			byCondition.computeIfAbsent(where.condition(), condition -> new ArrayList<>()).add(facet);
		}
		if (total > 0 || query.program() != null || query.language() != null || query.expertise() != null) {
			byCondition.forEach((condition, counted) -> {
				List<ListingFacet.Kind> kinds = new ArrayList<>();
				counted.forEach(facet -> kinds.add(ListingFacet.Kind.valueOf(facet.name())));
				for (Object[] row : conditions.get(condition).bind(em().createQuery("SELECT f.kind, f.item, COUNT(l) FROM ChampionListing l"
					+ " JOIN l.facets f WHERE " + condition + " AND f.kind IN :facetKinds GROUP BY f.kind, f.item", Object[].class))
					.setParameter("facetKinds", kinds).getResultList()) {
					facets.get(DirectoryFacet.valueOf(((ListingFacet.Kind) row[0]).name())).merge((String) row[1], ((Number) row[2]).longValue(),
						Long::sum);
				}
			});
		}
		return new DirectoryCounts(total, beforeCategoryAndLetter, facets);
	}

	@Override
	public List<ChampionListing> directoryAfter(Scope scope, Instant confirmedAfter, ChampionCategory category, Locale locale,
		ChampionListing after, int limit) {
		DirectoryJpql where = DirectoryJpql.of(scope, confirmedAfter,
			new DirectoryQuery(null, category, null, null, null, null, locale.getLanguage()), null);
		String key = ChampionSearchKeys.isSpanish(locale) ? "l.sortKeyEs" : "l.sortKeyEn";
		String next = after == null ? "" : " AND (" + key + " > :afterKey OR " + key + " = :afterKey AND l.id > :afterId)";
		TypedQuery<ChampionListing> reading = where.bind(em().createQuery("SELECT l FROM ChampionListing l WHERE " + where.condition()
			+ next + " ORDER BY " + key + ", l.id", ChampionListing.class));
		if (after != null) {
			reading.setParameter("afterKey", after.sortKey(locale)).setParameter("afterId", after.id());
		}
		return reading.setHint(READ_ONLY, "true").setMaxResults(limit).getResultList();
	}

	@Override
	public List<String> directoryOwners(Scope scope, Instant confirmedAfter) {
		DirectoryJpql where = DirectoryJpql.of(scope, confirmedAfter, DirectoryQuery.everything(), null);
		return where.bind(em().createQuery("SELECT DISTINCT l.ownerKey FROM ChampionListing l WHERE " + where.condition()
			+ " ORDER BY l.ownerKey", String.class)).getResultList();
	}

	@Override
	public Optional<SiteListSending> listSendingOf(Scope scope) {
		return em().createNamedQuery("SiteListSending.findByScope", SiteListSending.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.getResultList()
			.stream()
			.findFirst();
	}

	@Override
	public void addListSending(SiteListSending sending) {
		ConflictingWrites.persistOrConflict(em(), sending, "The list was sent by someone else at the same time.");
	}

	@Override
	public List<ChampionListing> inStatus(Scope scope, ListingStatus status) {
		return em().createNamedQuery("ChampionListing.inStatus", ChampionListing.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.setParameter("status", status)
			.getResultList();
	}

	@Override
	public List<ChampionListing> allOf(long companyId, String ownerKey) {
		return em().createNamedQuery("ChampionListing.allOfOwner", ChampionListing.class)
			.setParameter("companyId", companyId)
			.setParameter("ownerKey", ownerKey)
			.getResultList();
	}

	@Override
	public void store(ChampionListing listing) {
		ConflictingWrites.persistOrConflict(em(), listing, "Your listing was changed at the same time; reload and try again.");
	}

	@Override
	public void remove(ChampionListing listing) {
		em().remove(listing);
		flush();
	}

	@Override
	public void flush() {
		try {
			em().flush();
		}
		catch (OptimisticLockException stale) {
			throw new Conflict("Someone else changed this listing at the same time; reload and try again.");
		}
	}

	@Override
	public Optional<SiteChampionSettings> settingsOf(Scope scope) {
		return em().createNamedQuery("SiteChampionSettings.findByScope", SiteChampionSettings.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.getResultList()
			.stream()
			.findFirst();
	}

	@Override
	public void addSettings(SiteChampionSettings settings) {
		ConflictingWrites.persistOrConflict(em(), settings, "The settings were changed at the same time; reload and try again.");
	}

	// the workflow (V7): nominations, the expertise vocabulary, reminders

	@Override
	public Optional<ChampionNomination> findNomination(String id) {
		return unitOfWork.find(ChampionNomination.class, id);
	}

	@Override
	public Optional<ChampionNomination> nominationOf(Scope scope, String nomineeKey) {
		return em().createNamedQuery("ChampionNomination.ofNominee", ChampionNomination.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.setParameter("nomineeKey", nomineeKey)
			.getResultList()
			.stream()
			.findFirst();
	}

	@Override
	public List<ChampionNomination> nominationsIn(Scope scope) {
		return em().createNamedQuery("ChampionNomination.inSite", ChampionNomination.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.getResultList();
	}

	@Override
	public List<ChampionNomination> nominationsOf(long companyId, String nomineeKey) {
		return em().createNamedQuery("ChampionNomination.allOfNominee", ChampionNomination.class)
			.setParameter("companyId", companyId)
			.setParameter("nomineeKey", nomineeKey)
			.getResultList();
	}

	@Override
	public void storeNomination(ChampionNomination nomination) {
		ConflictingWrites.persistOrConflict(em(), nomination, "This person was nominated in this site already.");
	}

	@Override
	public void removeNomination(ChampionNomination nomination) {
		em().remove(nomination);
		flush();
	}

	@Override
	public List<ExpertiseTerm> termsOf(Scope scope) {
		return em().createNamedQuery("ExpertiseTerm.inSite", ExpertiseTerm.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.getResultList();
	}

	@Override
	public void storeTerm(ExpertiseTerm term) {
		ConflictingWrites.persistOrConflict(em(), term, "The vocabulary has this tag already.");
	}

	@Override
	public void removeTerm(ExpertiseTerm term) {
		em().remove(term);
		flush();
	}

	@Override
	public List<ChampionListing> withPendingTags(Scope scope) {
		return em().createNamedQuery("ChampionListing.withPendingTags", ChampionListing.class)
			.setParameter("companyId", scope.companyId())
			.setParameter("siteId", scope.siteId())
			.getResultList();
	}

	@Override
	public List<Scope> sitesWithPublished() {
		List<Scope> sites = new ArrayList<>();
		for (Object[] row : em().createNamedQuery("ChampionListing.sitesPublished", Object[].class)
			.setParameter("stage", ChampionListing.Stage.CURRENT)
			.setParameter("status", ListingStatus.PUBLISHED)
			.getResultList()) {
			sites.add(new Scope(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
		}
		return sites;
	}

	@Override
	public boolean markReminded(ChampionListing listing, ChampionReminders.Kind kind, Instant due) {
		String column = kind == ChampionReminders.Kind.DUE ? "due_reminded_for" : "stale_reminded_for";
		Timestamp at = new InstantColumn().convertToDatabaseColumn(due);
		return em().createNativeQuery("UPDATE PV_CHAMPION_LISTING SET " + column + " = ?1 WHERE id = ?2 AND (" + column + " IS NULL OR "
			+ column + " <> ?3)").setParameter(1, at).setParameter(2, listing.id()).setParameter(3, at).executeUpdate() == 1;
	}

}
