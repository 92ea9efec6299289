package org.peervoice.devportal;

import java.time.Duration;
import java.util.Locale;

import com.zaxxer.hikari.HikariConfig;

/**
 * How long a request may wait for the database, in one place: while it is down, unreachable or every connection is
 * busy, each request answers 503 within a few seconds instead of holding a server thread (docs/reliability.md). A
 * driver setting in the JDBC URL wins over these (the drivers prefer URL parameters to the properties given here).
 * Migrations run on a pool without the statement and read limits ({@link #forMigrations}), since one migration may
 * rightly take minutes.
 */
final class BoundedWaits {

	/** Waiting for a free connection of the pool (HikariCP {@code connectionTimeout}). */
	static final Duration POOL_CHECKOUT = Duration.ofSeconds(2);
	/** Checking that an idle connection still works before it is handed out. */
	static final Duration VALIDATION = Duration.ofSeconds(1);
	/**
	 * Opening a TCP connection and logging in. The pool opens connections in the background, so this bounds no
	 * request (they wait at most {@link #POOL_CHECKOUT}); it keeps a silent server from holding the pool's opener,
	 * and leaves room for a slow log-in on a busy server.
	 */
	static final Duration CONNECT = Duration.ofSeconds(5);
	/** How long a start-up keeps trying to open the pool's first connection before it gives up. */
	static final Duration START_UP = Duration.ofSeconds(30);
	/** Waiting for any answer from the server on an open connection (a silent network, a stopped server). */
	static final Duration READ = Duration.ofSeconds(3);
	/**
	 * One statement on the server (PostgreSQL {@code statement_timeout}, MariaDB {@code max_statement_time}), e.g.
	 * waiting for a lock: the statement is cancelled and its connection stays usable.
	 */
	static final Duration STATEMENT = Duration.ofMillis(2500);

	private BoundedWaits() {
	}

	/** A request pool: every wait bounded. */
	static void forRequests(HikariConfig pool) {
		pool.setConnectionTimeout(POOL_CHECKOUT.toMillis());
		pool.setValidationTimeout(VALIDATION.toMillis());
		pool.setInitializationFailTimeout(START_UP.toMillis());
		driverWaits(pool, true);
	}

	/** The pool migrations run on at start: connecting is bounded, statements are not. */
	static void forMigrations(HikariConfig pool) {
		pool.setInitializationFailTimeout(START_UP.toMillis());
		driverWaits(pool, false);
	}

	private static void driverWaits(HikariConfig pool, boolean boundStatements) {
		String url = pool.getJdbcUrl().toLowerCase(Locale.ROOT);
		if (url.startsWith("jdbc:postgresql:")) {
			pool.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT.toSeconds()));
			pool.addDataSourceProperty("loginTimeout", String.valueOf(CONNECT.toSeconds()));
			if (boundStatements) {
				pool.addDataSourceProperty("socketTimeout", String.valueOf(READ.toSeconds()));
				pool.addDataSourceProperty("options", "-c statement_timeout=" + STATEMENT.toMillis());
			}
		}
		else if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
			pool.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT.toMillis()));
			if (boundStatements) {
				pool.addDataSourceProperty("socketTimeout", String.valueOf(READ.toMillis()));
				pool.addDataSourceProperty("sessionVariables", "max_statement_time=" + STATEMENT.toMillis() / 1000.0);
			}
		}
		// HSQLDB here is an embedded file database: no network, nothing to bound.
	}

}
