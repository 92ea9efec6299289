package org.peervoice.core.kernel;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import javax.persistence.EntityExistsException;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

/**
 * The one place that reads a failed write as a conflict ("you already voted", "changed at the same time"): only when
 * the database refused it by a rule, never when it could not serve (docs/reliability.md).
 * <ul>
 * <li>a constraint violation: SQLState class {@code 23} (unique key, foreign key, not null, check) on every database
 * (PostgreSQL {@code 23505}, HSQLDB {@code 23505}, MariaDB and MySQL {@code 23000}), or
 * {@link SQLIntegrityConstraintViolationException}, or {@link EntityExistsException} (the id taken);</li>
 * <li>a concurrent transaction won: {@code 40001} (serialization failure; MariaDB's deadlock between two inserts of the
 * same key) and {@code 40P01} (PostgreSQL's deadlock), or an {@link OptimisticLockException}</li>
 * </ul>
 * are a {@link Conflict}, except that the write helpers pass a lost deadlock or serialization conflict on unchanged, so
 * that the unit of work runs the work again ({@link #isLostToAConcurrentTransaction}). A failure that means the database cannot serve now ({@link DatabaseUnavailability}) is passed
 * on unchanged, so that the unit of work answers {@code 503}; so is every other failure (a bug stays a server error).
 * Unavailability is checked first: a conflict read from a timed-out write would tell the user something was stored.
 */
public final class ConflictingWrites {

	private static final int MAX_DEPTH = 32;

	private ConflictingWrites() {
	}

	/** Inserts the row at once (persist and flush); a conflict as above becomes a {@link Conflict} with this message. */
	public static void persistOrConflict(EntityManager entityManager, Object row, String conflictMessage) {
		orConflict(() -> {
			entityManager.persist(row);
			entityManager.flush();
		}, conflictMessage);
	}

	/**
	 * Inserts a row that the work has just looked for and not found (a person's first poll answer, first celebration, the
	 * lock row of a giver's first recognition), when the same request sent twice at once (two tabs, two nodes) must not be
	 * refused: if the row's key was taken meanwhile, nothing of this attempt is kept and the unit of work runs the whole
	 * work again, which then finds the row ({@link FirstWriteRace}, read by {@link #isLostToAConcurrentTransaction}).
	 */
	public static void persistOrRunAgain(EntityManager entityManager, Object row) {
		try {
			entityManager.persist(row);
			entityManager.flush();
		}
		catch (PersistenceException failed) {
			if (!isLostToAConcurrentTransaction(failed) && isConflict(failed)) {
				throw new FirstWriteRace(failed);
			}
			throw failed;
		}
	}

	/** As {@link #persistOrRunAgain}, for a first row written by a native statement ({@code write} runs it). */
	public static void writeOrRunAgain(Runnable write) {
		try {
			write.run();
		}
		catch (PersistenceException failed) {
			if (!isLostToAConcurrentTransaction(failed) && isConflict(failed)) {
				throw new FirstWriteRace(failed);
			}
			throw failed;
		}
	}

	/** A first write whose key another transaction took at the same moment: the work is run again (never answered as is). */
	public static final class FirstWriteRace extends RuntimeException {

		private static final long serialVersionUID = 1L;

		FirstWriteRace(Throwable cause) {
			super("the row was stored by another transaction at the same moment", cause);
		}

	}

	/** Runs a write that must reach the database at once; a conflict as above becomes a {@link Conflict} with this message. */
	public static void orConflict(Runnable write, String conflictMessage) {
		try {
			write.run();
		}
		catch (PersistenceException failed) {
			throw conflictOr(failed, conflictMessage);
		}
	}

	/**
	 * @return the {@link Conflict} to throw for a write refused by a rule or a concurrent transaction
	 * @throws RuntimeException the failure itself, unchanged, when it is unavailability or anything else
	 */
	public static Conflict conflictOr(RuntimeException failure, String conflictMessage) {
		if (isLostToAConcurrentTransaction(failure) && !isRefusedByARule(failure)) {
			// a deadlock or serialization loss says nothing about the row: the unit of work runs the whole work again
			// (before, a vote that lost a deadlock on MariaDB answered "409 You already voted" with nothing stored)
			throw failure;
		}
		if (isConflict(failure)) {
			return new Conflict(conflictMessage);
		}
		throw failure;
	}

	/** Whether a failure is a refusal by a rule or a concurrent transaction, and not unavailability. */
	public static boolean isConflict(Throwable failure) {
		if (failure == null || DatabaseUnavailability.isUnavailability(failure)) {
			return false;
		}
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		return search(failure, seen, 0);
	}

	private static boolean search(Throwable failure, Set<Throwable> seen, int depth) {
		if (failure == null || depth > MAX_DEPTH || !seen.add(failure)) {
			return false;
		}
		if (failure instanceof SQLIntegrityConstraintViolationException || failure instanceof EntityExistsException
			|| failure instanceof OptimisticLockException) {
			return true;
		}
		if (failure instanceof SQLException) {
			SQLException sql = (SQLException) failure;
			if (isConflictState(sql.getSQLState())) {
				return true;
			}
			if (search(sql.getNextException(), seen, depth + 1)) {
				return true;
			}
		}
		return search(failure.getCause(), seen, depth + 1);
	}

	/** MariaDB's ER_TABLE_DEF_CHANGED: "Table definition has changed, please retry transaction" (SQLState HY000). */
	static final int MARIADB_TABLE_DEFINITION_CHANGED = 1412;

	/**
	 * Whether a failure is the database picking this transaction as the loser of a deadlock or a serialization conflict
	 * ({@code 40P01}, {@code 40001}), or MariaDB refusing a transaction whose snapshot is older than a table's rebuild
	 * (error 1412: another node's mixer rebuilt the table, docs/reliability.md): nothing of it was stored, and the same
	 * work run again usually succeeds. Error 1412 is no conflict: a write that meets it is run again, never read as
	 * "taken".
	 */
	public static boolean isLostToAConcurrentTransaction(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause) && seen.size() <= MAX_DEPTH; cause = cause.getCause()) {
			if (cause instanceof FirstWriteRace) {
				return true;
			}
			if (cause instanceof SQLException) {
				for (SQLException sql = (SQLException) cause; sql != null && seen.size() <= MAX_DEPTH; sql = sql.getNextException()) {
					if ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState())
						|| sql.getErrorCode() == MARIADB_TABLE_DEFINITION_CHANGED && "HY000".equals(sql.getSQLState())
						|| isMissingParent(sql)) {
						return true;
					}
					seen.add(sql);
				}
			}
		}
		return false;
	}

	/** MariaDB's and MySQL's "Cannot add or update a child row: a foreign key constraint fails" (SQLState 23000). */
	static final Set<Integer> MARIADB_NO_PARENT = Set.of(1452, 1216);
	/** HSQLDB's "integrity constraint violation: foreign key no parent" (SQLState 23503). */
	static final int HSQLDB_NO_PARENT = -177;

	/**
	 * Whether the database refused a row because the row it refers to was not there when it looked: on MariaDB while
	 * another node's mixer rebuilds the parent table ({@code ALTER TABLE ... FORCE}, which swaps the table under the
	 * foreign key check), on HSQLDB while another transaction updates the parent row (the mixer's recount). Every write
	 * that meets it has just read its parent (a suggestion, a question): the parent is being rewritten, not gone, and the
	 * same work a moment later succeeds; it is no conflict (before, a suggestion vote refused so answered
	 * "409 You already voted" with nothing stored: docs/reliability.md, "Votes and mixing on MariaDB"). PostgreSQL waits
	 * for the parent row's lock instead and never reports a parent missing that is there.
	 */
	static boolean isMissingParent(SQLException sql) {
		if ("23000".equals(sql.getSQLState()) && MARIADB_NO_PARENT.contains(sql.getErrorCode())) {
			return true;
		}
		return "23503".equals(sql.getSQLState()) && sql.getErrorCode() == HSQLDB_NO_PARENT;
	}

	/** Whether the chain holds a constraint violation or a taken id (not merely a lost race nor a parent being rewritten). */
	private static boolean isRefusedByARule(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause) && seen.size() <= MAX_DEPTH; cause = cause.getCause()) {
			if (cause instanceof EntityExistsException) {
				return true;
			}
			if (cause instanceof SQLException) {
				for (SQLException sql = (SQLException) cause; sql != null && seen.size() <= MAX_DEPTH; sql = sql.getNextException()) {
					if ((sql instanceof SQLIntegrityConstraintViolationException || sql.getSQLState() != null && sql.getSQLState().startsWith("23"))
						&& !isMissingParent(sql)) {
						return true;
					}
					seen.add(sql);
				}
			}
		}
		return false;
	}

	/** Whether an SQLState (null for none) stands for a refusal by a rule or a concurrent transaction. */
	public static boolean isConflictState(String sqlState) {
		if (sqlState == null) {
			return false;
		}
		return sqlState.startsWith("23") || "40001".equals(sqlState) || "40P01".equals(sqlState);
	}

}
