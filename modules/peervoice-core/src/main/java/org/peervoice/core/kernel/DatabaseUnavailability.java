package org.peervoice.core.kernel;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure that means "the database cannot serve now" (down, unreachable, too slow, every
 * connection taken) from every other failure, wherever JPA, the pool or the driver wrapped it:
 * the one place that decides which database failures a caller sees as 503 (docs/reliability.md).
 * <ul>
 * <li>SQLState class {@code 08}: connection exception (refused, reset, closed, socket timeout);</li>
 * <li>{@code 57P}: the server is shutting down, crashed or still starting (PostgreSQL);</li>
 * <li>{@code 53300}: too many connections (PostgreSQL); {@code 57014}: statement cancelled by its timeout;
 * {@code 55P03}: a lock not obtained within PostgreSQL's {@code lock_timeout};</li>
 * <li>MariaDB's error 1205 (SQLState {@code HY000}): a lock not obtained within {@code innodb_lock_wait_timeout}, the
 * only bound on a lock wait in Liferay, where PeerVoice sets no statement limit of its own (docs/liferay);</li>
 * <li>{@link SQLTransientConnectionException}: what connection pools (HikariCP among them) throw when no
 * connection became free in time; {@link SQLTimeoutException}: a query's time limit;</li>
 * <li>a {@link SocketException} (refused, reset) or {@link SocketTimeoutException} under a failure that carries no
 * SQLState, as when the pool reports a connection it closed after a reset.</li>
 * </ul>
 * Anything else (constraint violations, syntax, a bug) is not unavailability, and stays a server error. The unit of
 * work turns unavailability into {@link ServiceUnavailable}; code that reads a failed write as a conflict (a unique
 * key taken) does so through {@link ConflictingWrites} only, which passes unavailability on: a timeout is no conflict.
 */
public final class DatabaseUnavailability {

	private static final int MAX_DEPTH = 32;
	/** MariaDB's ER_LOCK_WAIT_TIMEOUT: "Lock wait timeout exceeded; try restarting transaction". */
	private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;

	private DatabaseUnavailability() {
	}

	public static boolean isUnavailability(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		return search(failure, seen, 0);
	}

	private static boolean search(Throwable failure, Set<Throwable> seen, int depth) {
		if (failure == null || depth > MAX_DEPTH || !seen.add(failure)) {
			return false;
		}
		if (failure instanceof SQLTransientConnectionException || failure instanceof SQLTimeoutException || failure instanceof SocketException
			|| failure instanceof SocketTimeoutException) {
			return true;
		}
		if (failure instanceof SQLException) {
			SQLException sql = (SQLException) failure;
			if (isUnavailabilityState(sql.getSQLState())
				|| sql.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT && "HY000".equals(sql.getSQLState())) {
				return true;
			}
			if (search(sql.getNextException(), seen, depth + 1)) {
				return true;
			}
		}
		return search(failure.getCause(), seen, depth + 1);
	}

	/** Whether an SQLState (null for none) stands for unavailability. */
	public static boolean isUnavailabilityState(String sqlState) {
		if (sqlState == null) {
			return false;
		}
		return sqlState.startsWith("08") || sqlState.startsWith("57P") || "53300".equals(sqlState) || "57014".equals(sqlState)
			|| "55P03".equals(sqlState);
	}

}
