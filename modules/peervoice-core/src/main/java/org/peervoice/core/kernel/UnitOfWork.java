package org.peervoice.core.kernel;

import java.util.function.Supplier;

import javax.persistence.EntityManager;

/**
 * Port: our transactions. Hosts have no EJB container, so every application service runs its
 * work through this one unit of work: a transaction around the work, one entity manager per
 * thread while it runs, commit on return, rollback on any exception.
 */
public interface UnitOfWork {

	<T> T inTransaction(Supplier<T> work);

	default void run(Runnable work) {
		inTransaction(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * The entity manager of the unit of work running on this thread.
	 *
	 * @throws IllegalStateException outside {@link #inTransaction}
	 */
	EntityManager entityManager();

}
