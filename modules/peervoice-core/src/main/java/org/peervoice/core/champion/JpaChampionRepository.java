package org.peervoice.core.champion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.DatabaseUnavailability;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

final class JpaChampionRepository implements ChampionRepository {

	private final UnitOfWork unitOfWork;

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
		try {
			em().persist(listing);
			em().flush();
		}
		catch (PersistenceException duplicate) {
			DatabaseUnavailability.rethrowIfUnavailable(duplicate);
			throw new Conflict("Your listing was changed at the same time; reload and try again.");
		}
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
		try {
			em().persist(settings);
			em().flush();
		}
		catch (PersistenceException concurrent) {
			DatabaseUnavailability.rethrowIfUnavailable(concurrent);
			throw new Conflict("The settings were changed at the same time; reload and try again.");
		}
	}

}
