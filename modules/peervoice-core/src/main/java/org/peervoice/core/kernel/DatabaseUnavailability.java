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
 * <li>{@code 53300}: too many connections (PostgreSQL); {@code 57014}: statement cancelled by its timeout;</li>
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
			if (isUnavailabilityState(sql.getSQLState())) {
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
		return sqlState.startsWith("08") || sqlState.startsWith("57P") || "53300".equals(sqlState) || "57014".equals(sqlState);
	}

}
