package org.peervoice.core.champion;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * The unit of work of the champion services that write: the listings and settings a unit of work wrote (their JPA
 * callbacks name their sites, {@link #touched}) have their site's directory revision incremented in the same
 * transaction, and once it has ended this node's answers are checked again ({@link DirectoryAnswers#changed}). Whatever
 * service writes, and however (a save, an approval, a consent change, the freshness sweep, a person leaving), no
 * write can skip it: the sites are taken from what was written, not from the service's arguments.
 */
final class DirectoryWrites implements UnitOfWork {

	private static final String BUMP = "UPDATE PV_CHAMPION_DIRECTORY_REVISION SET revision = revision + 1 WHERE company_id = ?1"
		+ " AND site_id = ?2";
	private static final String FIRST = "INSERT INTO PV_CHAMPION_DIRECTORY_REVISION (company_id, site_id, revision) VALUES (?1, ?2, 1)";
	private static final String READ = "SELECT revision FROM PV_CHAMPION_DIRECTORY_REVISION WHERE company_id = ?1 AND site_id = ?2";
	/** Sites in one order, so that two units of work writing the same two sites never wait for each other's row. */
	private static final Comparator<Scope> ORDER = Comparator.comparingLong(Scope::companyId).thenComparingLong(Scope::siteId);
	private static final ThreadLocal<Set<Scope>> TOUCHED = new ThreadLocal<>();

	private final UnitOfWork delegate;
	private final DirectoryAnswers answers;

	private DirectoryWrites(UnitOfWork delegate) {
		this.delegate = delegate;
		this.answers = DirectoryAnswers.of(delegate);
	}

	static UnitOfWork around(UnitOfWork unitOfWork) {
		return unitOfWork instanceof DirectoryWrites ? unitOfWork : new DirectoryWrites(unitOfWork);
	}

	/** The unit of work this one wraps, or the one given: for work that writes nothing. */
	static UnitOfWork under(UnitOfWork unitOfWork) {
		return unitOfWork instanceof DirectoryWrites ? ((DirectoryWrites) unitOfWork).delegate : unitOfWork;
	}

	/** A listing or the settings of {@code scope} were written (called by their JPA callbacks). */
	static void touched(Scope scope) {
		Set<Scope> touched = TOUCHED.get();
		if (touched != null) {
			touched.add(scope);
		}
		else {
			// written outside the champion services: no revision to increment here, but no node's answer is kept
			DirectoryAnswers.changedEverywhere();
		}
	}

	/** The site's directory revision (0 before its first write), read in the caller's unit of work. */
	static long revision(EntityManager entityManager, Scope scope) {
		Object revision = entityManager.createNativeQuery(READ).setParameter(1, scope.companyId()).setParameter(2, scope.siteId())
			.getResultList().stream().findFirst().orElse(null);
		return revision == null ? 0 : ((Number) revision).longValue();
	}

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		boolean outermost = !delegate.isInTransaction();
		Set<Scope> everyAttempt = new HashSet<>();
		try {
			return delegate.inTransaction(() -> {
				Set<Scope> outer = TOUCHED.get();
				Set<Scope> written = new HashSet<>();
				TOUCHED.set(written);
				try {
					T result = work.get();
					EntityManager entityManager = delegate.entityManager();
					// the callbacks run when the changes are written: written now, they name every site changed
					entityManager.flush();
					Set<Scope> sites = new TreeSet<>(ORDER);
					sites.addAll(written);
					for (Scope site : sites) {
						bump(entityManager, site);
					}
					return result;
				}
				finally {
					TOUCHED.set(outer);
					everyAttempt.addAll(written);
					if (outer != null) {
						outer.addAll(written);
					}
				}
			});
		}
		finally {
			// after the commit (or the rollback): the next search on this node reads the revision again
			if (outermost && !everyAttempt.isEmpty()) {
				answers.changed();
			}
		}
	}

	private static void bump(EntityManager entityManager, Scope site) {
		if (entityManager.createNativeQuery(BUMP).setParameter(1, site.companyId()).setParameter(2, site.siteId()).executeUpdate() == 0) {
			ConflictingWrites.writeOrRunAgain(() -> entityManager.createNativeQuery(FIRST).setParameter(1, site.companyId())
				.setParameter(2, site.siteId()).executeUpdate());
		}
	}

	@Override
	public EntityManager entityManager() {
		return delegate.entityManager();
	}

	@Override
	public boolean isInTransaction() {
		return delegate.isInTransaction();
	}

}
