package org.peervoice.core.kernel;

import java.util.Optional;
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

	/**
	 * Runs {@code action} on this thread once the unit of work running on it has committed (after the outermost one, for
	 * joined work); never if it rolls back, and afresh for each attempt of a unit of work run again. For this node's
	 * in-memory state that must follow what was stored (a town hall's live view: docs/town-hall.md, "Live updates"). An
	 * action's failure is logged, never the work's: what it follows is committed. This default, for units of work without a
	 * transaction of their own, runs it at once.
	 */
	default void afterCommit(Runnable action) {
		action.run();
	}

	/** Whether a unit of work runs on this thread (work given to {@link #inTransaction} would join it). */
	default boolean isInTransaction() {
		try {
			entityManager();
			return true;
		}
		catch (IllegalStateException none) {
			return false;
		}
	}

	/** The longest id PeerVoice gives an entity: a random UUID's 36 characters. */
	int ID_LENGTH = 36;

	/**
	 * The entity of {@code type} with {@code id}; none for a null id or one longer than any id PeerVoice gives (a
	 * caller's text, refused before it reaches the database).
	 */
	default <T> Optional<T> find(Class<T> type, String id) {
		if (id == null || id.length() > ID_LENGTH) {
			return Optional.empty();
		}
		return Optional.ofNullable(entityManager().find(type, id));
	}

}
