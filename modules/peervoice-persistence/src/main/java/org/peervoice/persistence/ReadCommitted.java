package org.peervoice.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Every PeerVoice transaction runs at READ COMMITTED, on every database and whatever the host's pool or the server
 * defaults to: PostgreSQL's and HSQLDB's default, not MariaDB's and MySQL's (REPEATABLE READ). Under REPEATABLE READ a
 * plain read sees the snapshot of the transaction's first read, while writes act on the latest rows: the mixer, which
 * reads the pending rows and then deletes and re-inserts them, and a vote or retraction beside it then act on
 * different views of the same rows, and a mixing on a snapshot older than another node's rebuild of a table fails
 * (error 1412). The fault suite found suggestion votes contradicting acknowledged retractions on MariaDB
 * (docs/reliability.md, "Votes and mixing on MariaDB"). EclipseLink sets the level on each connection it takes from
 * the pool; the pool restores its own default when the connection comes back.
 */
public final class ReadCommitted implements SessionCustomizer {

	@Override
	public void customize(Session session) {
		((DatabaseLogin) session.getDatasourceLogin()).setTransactionIsolation(DatabaseLogin.TRANSACTION_READ_COMMITTED);
	}

}
