package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

/**
 * Every PeerVoice transaction runs at READ COMMITTED, on every database and whatever the host's pool or the server
 * defaults to: PostgreSQL's and HSQLDB's default, not MariaDB's and MySQL's (REPEATABLE READ). Under REPEATABLE READ a
 * plain read sees the snapshot of the transaction's first read, while writes act on the latest rows: the mixer, which
 * reads the pending rows and then deletes and re-inserts them, and a vote or retraction beside it then act on
 * different views of the same rows, and a mixing on a snapshot older than another node's rebuild of a table fails
 * (error 1412). The fault suite found suggestion votes contradicting acknowledged retractions on MariaDB
 * (docs/reliability.md, "Votes and mixing on MariaDB").
 * <p>
 * Where the pool's connections are at another level, EclipseLink sets READ COMMITTED on each connection it takes from
 * the pool (the pool restores its own default when the connection comes back). That costs a round trip to the database
 * per statement read outside a transaction, so where the pool already hands out READ COMMITTED connections (asked once,
 * at start-up) nothing is set (docs/benchmarks.md, "Recognition Board", third round).
 */
public final class ReadCommitted implements SessionCustomizer {

	@Override
	public void customize(Session session) {
		DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
		if (!poolReadsCommitted(login)) {
			login.setTransactionIsolation(DatabaseLogin.TRANSACTION_READ_COMMITTED);
		}
	}

	/** Whether a connection of the pool is at READ COMMITTED already; when that cannot be told, no. */
	static boolean poolReadsCommitted(DatabaseLogin login) {
		if (!(login.getConnector() instanceof JNDIConnector)) {
			return false;
		}
		DataSource pool = ((JNDIConnector) login.getConnector()).getDataSource();
		if (pool == null) {
			return false;
		}
		try (Connection connection = pool.getConnection()) {
			return connection.getTransactionIsolation() == Connection.TRANSACTION_READ_COMMITTED;
		}
		catch (SQLException unknown) {
			return false;
		}
	}

}
