package org.peervoice.core.recognition;

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
 * The unit of work of the recognition services that write (the board, moderation, settings): the rows a unit of work
 * wrote name their sites (the JPA callbacks of recognitions, recipient rows and settings; comments name their
 * recognition, whose site is looked up), and each such site's board revision is incremented in the same transaction; a
 * celebration (its callback, or the bulk delete that undoes it, {@link #celebrated}) increments the site's celebrations
 * revision instead, since it changes nothing of a page but its celebrations. Once the transaction has
 * ended this node's feed pages are checked again ({@link FeedAnswers#changed}). The sites are taken from what was
 * written, not from a service's arguments, so no write that goes through the entities can skip it. The champion
 * directory's {@code DirectoryWrites} does the same for its own revision.
 */
final class BoardWrites implements UnitOfWork {

	private static final String BUMP = "UPDATE PV_RECOGNITION_BOARD_REVISION SET revision = revision + ?3, celebrations = celebrations + ?4"
		+ " WHERE company_id = ?1 AND site_id = ?2";
	private static final String FIRST = "INSERT INTO PV_RECOGNITION_BOARD_REVISION (company_id, site_id, revision, celebrations)"
		+ " VALUES (?1, ?2, ?3, ?4)";
	private static final String READ = "SELECT revision, celebrations FROM PV_RECOGNITION_BOARD_REVISION WHERE company_id = ?1"
		+ " AND site_id = ?2";
	/** Sites in one order, so that two units of work writing the same two sites never wait for each other's row. */
	private static final Comparator<Scope> ORDER = Comparator.comparingLong(Scope::companyId).thenComparingLong(Scope::siteId);
	private static final ThreadLocal<Touched> TOUCHED = new ThreadLocal<>();

	private final UnitOfWork delegate;
	private final FeedAnswers answers;

	private BoardWrites(UnitOfWork delegate) {
		this.delegate = delegate;
		this.answers = FeedAnswers.of(delegate);
	}

	static UnitOfWork around(UnitOfWork unitOfWork) {
		return unitOfWork instanceof BoardWrites ? unitOfWork : new BoardWrites(unitOfWork);
	}

	/** The unit of work this one wraps, or the one given: for work that writes nothing. */
	static UnitOfWork under(UnitOfWork unitOfWork) {
		return unitOfWork instanceof BoardWrites ? ((BoardWrites) unitOfWork).delegate : unitOfWork;
	}

	/** A recognition, a recipient row or the settings of {@code scope} were written (called by their JPA callbacks). */
	static void touched(Scope scope) {
		Touched touched = TOUCHED.get();
		if (touched != null) {
			touched.sites.add(scope);
		}
		else {
			// written outside the recognition services: no revision to increment here, but no node's page is kept
			FeedAnswers.changedEverywhere();
		}
	}

	/** A comment of the recognition was written: its site is looked up when the work ends. */
	static void touchedRecognition(String recognitionId) {
		Touched touched = TOUCHED.get();
		if (touched != null) {
			touched.recognitions.add(recognitionId);
		}
		else {
			FeedAnswers.changedEverywhere();
		}
	}

	/** A celebration of the recognition was written or undone: its site's celebrations revision is incremented. */
	static void celebrated(String recognitionId) {
		Touched touched = TOUCHED.get();
		if (touched != null) {
			touched.celebrated.add(recognitionId);
		}
		else {
			FeedAnswers.changedEverywhere();
		}
	}

	/** The site's board revision and celebrations revision (0, 0 before its first write), read in the caller's unit of work. */
	static long[] revisions(EntityManager entityManager, Scope scope) {
		Object[] row = (Object[]) entityManager.createNativeQuery(READ).setParameter(1, scope.companyId()).setParameter(2, scope.siteId())
			.getResultList().stream().findFirst().orElse(null);
		return row == null ? new long[] {0, 0} : new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
	}

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		return delegate.inTransaction(() -> {
			Touched outer = TOUCHED.get();
			Touched written = new Touched();
			TOUCHED.set(written);
			try {
				T result = work.get();
				EntityManager entityManager = delegate.entityManager();
				// the callbacks run when the changes are written: written now, they name every site changed
				entityManager.flush();
				Set<Scope> sites = new TreeSet<>(ORDER);
				sites.addAll(written.sites);
				sites.addAll(sitesOf(entityManager, written.recognitions));
				Set<Scope> celebrated = sitesOf(entityManager, written.celebrated);
				Set<Scope> every = new TreeSet<>(ORDER);
				every.addAll(sites);
				every.addAll(celebrated);
				for (Scope site : every) {
					bump(entityManager, site, sites.contains(site) ? 1 : 0, celebrated.contains(site) ? 1 : 0);
				}
				if (!every.isEmpty()) {
					// once the outermost unit of work has committed: the next page read on this node reads the revision again
					delegate.afterCommit(answers::changed);
				}
				return result;
			}
			finally {
				TOUCHED.set(outer);
			}
		});
	}

	private static Set<Scope> sitesOf(EntityManager entityManager, Set<String> recognitionIds) {
		Set<Scope> sites = new TreeSet<>(ORDER);
		for (String id : recognitionIds) {
			// in the persistence context already (the service read it to check the viewer may see it)
			Recognition recognition = entityManager.find(Recognition.class, id);
			if (recognition != null) {
				sites.add(recognition.scope());
			}
		}
		return sites;
	}

	private static void bump(EntityManager entityManager, Scope site, long revision, long celebrations) {
		if (entityManager.createNativeQuery(BUMP).setParameter(1, site.companyId()).setParameter(2, site.siteId()).setParameter(3, revision)
			.setParameter(4, celebrations).executeUpdate() == 0) {
			ConflictingWrites.writeOrRunAgain(() -> entityManager.createNativeQuery(FIRST).setParameter(1, site.companyId())
				.setParameter(2, site.siteId()).setParameter(3, revision).setParameter(4, celebrations).executeUpdate());
		}
	}

	@Override
	public EntityManager entityManager() {
		return delegate.entityManager();
	}

	@Override
	public void afterCommit(Runnable action) {
		delegate.afterCommit(action);
	}

	@Override
	public boolean isInTransaction() {
		return delegate.isInTransaction();
	}

	/** What one unit of work wrote: sites, and recognitions whose comments or celebrations changed. */
	private static final class Touched {

		final Set<Scope> sites = new HashSet<>();
		final Set<String> recognitions = new HashSet<>();
		final Set<String> celebrated = new HashSet<>();

	}

}
