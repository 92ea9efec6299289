package org.peervoice.persistence;

import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * One resource-local transaction and entity manager per thread. A nested call joins the
 * outer unit of work; the outermost one commits on return and rolls back on any exception.
 */
public final class JpaUnitOfWork implements UnitOfWork {

	private final EntityManagerFactory factory;
	private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

	public JpaUnitOfWork(EntityManagerFactory factory) {
		this.factory = factory;
	}

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		if (current.get() != null) {
			return work.get();
		}
		EntityManager entityManager = factory.createEntityManager();
		EntityTransaction transaction = entityManager.getTransaction();
		current.set(entityManager);
		try {
			transaction.begin();
			T result = work.get();
			commit(transaction);
			return result;
		}
		finally {
			try {
				if (transaction.isActive()) {
					transaction.rollback();
				}
			}
			finally {
				current.remove();
				entityManager.close();
			}
		}
	}

	private static void commit(EntityTransaction transaction) {
		try {
			transaction.commit();
		}
		catch (RollbackException failed) {
			if (causedByStaleVersion(failed)) {
				throw new Conflict("Someone else changed this item at the same time; reload and try again.");
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
	public EntityManager entityManager() {
		EntityManager entityManager = current.get();
		if (entityManager == null) {
			throw new IllegalStateException("No unit of work is running on this thread");
		}
		return entityManager;
	}

}
