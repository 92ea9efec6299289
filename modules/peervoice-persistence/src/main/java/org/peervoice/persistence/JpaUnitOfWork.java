package org.peervoice.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.DatabaseUnavailability;
import org.peervoice.core.kernel.Problem;
import org.peervoice.core.kernel.ServiceUnavailable;
import org.peervoice.core.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One resource-local transaction and entity manager per thread. A nested call joins the
 * outer unit of work; the outermost one commits on return and rolls back on any exception.
 * A database that cannot serve now ({@link DatabaseUnavailability}) becomes {@link ServiceUnavailable}:
 * the transaction is rolled back, so nothing of the work is stored. A unit of work the database chose as the loser of
 * a deadlock or a serialization conflict is run once more ({@link #ATTEMPTS}): its work must not have effects outside
 * the transaction that matter twice (an in-memory flood limit may count a retried attempt).
 */
public final class JpaUnitOfWork implements UnitOfWork {

	private static final Logger LOG = LoggerFactory.getLogger(JpaUnitOfWork.class);

	private final EntityManagerFactory factory;
	private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
	private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

	public JpaUnitOfWork(EntityManagerFactory factory) {
		this.factory = factory;
	}

	private static final String STALE = "Someone else changed this item at the same time; reload and try again.";

	/** How often a unit of work that lost a deadlock or a serialization conflict runs: once more, then it fails. */
	static final int ATTEMPTS = 3;

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		if (current.get() != null) {
			return work.get();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return attempt(work);
			}
			catch (RuntimeException failed) {
				if (failed instanceof Problem || !ConflictingWrites.isLostToAConcurrentTransaction(failed)) {
					throw failed;
				}
				if (attempt >= ATTEMPTS) {
					// nothing was stored; the same request a moment later usually succeeds: a 503 with Retry-After, not a 500
					LOG.warn("A unit of work lost a deadlock or a serialization conflict {} times; answering 503 ({})", ATTEMPTS, causeTypes(failed));
					throw new ServiceUnavailable();
				}
				// rolled back whole: nothing of the first attempt is stored, so the work runs again from the start
				LOG.info("A unit of work lost a deadlock or a serialization conflict; running it again ({})", causeTypes(failed));
			}
		}
	}

	private <T> T attempt(Supplier<T> work) {
		EntityManager entityManager;
		try {
			entityManager = factory.createEntityManager();
		}
		catch (RuntimeException failed) {
			throw translated(failed);
		}
		EntityTransaction transaction = entityManager.getTransaction();
		current.set(entityManager);
		List<Runnable> actions = new ArrayList<>();
		afterCommit.set(actions);
		T result;
		try {
			transaction.begin();
			result = work.get();
			commit(transaction);
		}
		catch (OptimisticLockException failed) {
			// a flush of the work itself (before the commit) found the row changed: the same conflict as at the commit
			throw new Conflict(STALE);
		}
		catch (RuntimeException failed) {
			throw translated(failed);
		}
		finally {
			try {
				rollbackIfActive(transaction);
			}
			finally {
				current.remove();
				afterCommit.remove();
				entityManager.close();
			}
		}
		for (Runnable action : actions) {
			try {
				action.run();
			}
			catch (RuntimeException failed) {
				LOG.warn("An action after a commit failed; the work is committed ({})", causeTypes(failed));
			}
		}
		return result;
	}

	/**
	 * A rollback happens only after the work or the commit failed, and nothing was committed: that failure is the
	 * outcome to report. A rollback that fails too (on a connection the pool already closed) must not replace it.
	 */
	private static void rollbackIfActive(EntityTransaction transaction) {
		try {
			if (transaction.isActive()) {
				transaction.rollback();
			}
		}
		catch (RuntimeException failed) {
			LOG.warn("A rollback failed after a failed unit of work; nothing was committed ({})", causeTypes(failed));
		}
	}

	static RuntimeException translated(RuntimeException failure) {
		if (failure instanceof Problem || !DatabaseUnavailability.isUnavailability(failure)) {
			return failure;
		}
		// types only: messages of JPA and driver exceptions can quote bound values (docs/privacy.md)
		LOG.warn("The database is unavailable; answering 503 ({})", causeTypes(failure));
		return new ServiceUnavailable();
	}

	private static String causeTypes(Throwable failure) {
		StringBuilder types = new StringBuilder();
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 8; depth++) {
			if (depth > 0) {
				types.append(" < ");
			}
			types.append(cause.getClass().getName());
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return types.toString();
	}

	private static void commit(EntityTransaction transaction) {
		try {
			transaction.commit();
		}
		catch (RollbackException failed) {
			if (causedByStaleVersion(failed)) {
				throw new Conflict(STALE);
			}
			throw failed;
		}
	}

	private static boolean causedByStaleVersion(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockException) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void afterCommit(Runnable action) {
		List<Runnable> actions = afterCommit.get();
		if (actions == null) {
			throw new IllegalStateException("No unit of work is running on this thread");
		}
		actions.add(action);
	}

	@Override
	public boolean isInTransaction() {
		return current.get() != null;
	}

	@Override
	public EntityManager entityManager() {
		EntityManager entityManager = current.get();
		if (entityManager == null) {
			throw new IllegalStateException("No unit of work is running on this thread");
		}
		return entityManager;
	}

}
