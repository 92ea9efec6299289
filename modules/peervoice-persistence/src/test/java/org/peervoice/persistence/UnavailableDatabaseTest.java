package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.ServiceUnavailable;
import org.peervoice.core.kernel.UnitOfWork;

/** A unit of work on a database that stops serving: 503 at once, nothing half-stored, and serving again without a restart. */
class UnavailableDatabaseTest {

	private JDBCDataSource hsqldb;
	private FlakyDataSource flaky;
	private PeerVoiceDatabase database;

	@BeforeEach
	void openDatabase() throws SQLException {
		hsqldb = new JDBCDataSource();
		hsqldb.setUrl("jdbc:hsqldb:mem:pv" + UUID.randomUUID().toString().replace("-", "") + ";hsqldb.tx=mvcc");
		hsqldb.setUser("SA");
		hsqldb.setPassword("");
		try (Connection connection = hsqldb.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE FAULT_PROBE (ID INT NOT NULL)");
		}
		flaky = new FlakyDataSource(hsqldb);
		database = PeerVoiceDatabase.open(flaky);
	}

	@AfterEach
	void closeDatabase() throws SQLException {
		database.close();
		try (Connection connection = hsqldb.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
	}

	@Test
	void noConnectionFromThePoolIsServiceUnavailableAndRecoveryNeedsNoRestart() throws SQLException {
		UnitOfWork unitOfWork = database.unitOfWork();
		flaky.refuseConnections = true;

		assertThrows(ServiceUnavailable.class, () -> insertProbe(unitOfWork, 1));

		flaky.refuseConnections = false;
		insertProbe(unitOfWork, 2);
		assertEquals(1, storedProbes());
	}

	@Test
	void aConnectionLostAtCommitIsServiceUnavailableAndStoresNothing() throws SQLException {
		UnitOfWork unitOfWork = database.unitOfWork();
		flaky.failCommits = true;

		assertThrows(ServiceUnavailable.class, () -> insertProbe(unitOfWork, 1));

		assertEquals(0, storedProbes());
		flaky.failCommits = false;
		insertProbe(unitOfWork, 2);
		assertEquals(1, storedProbes());
	}

	@Test
	void aWriteWaitingForAnotherTransactionsRowOnHsqldbIsServiceUnavailableInsteadOfWaitingForIt() throws Exception {
		UnitOfWork unitOfWork = database.unitOfWork();
		insertProbe(unitOfWork, 1);
		try (Connection holder = hsqldb.getConnection()) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.executeUpdate("UPDATE FAULT_PROBE SET ID = 10 WHERE ID = 1");
			}
			// the holder gives the row up after a minute at the latest: a wait without a limit ends there, and succeeds
			java.util.concurrent.ScheduledExecutorService release = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
			release.schedule(() -> {
				holder.rollback();
				return null;
			}, 60, java.util.concurrent.TimeUnit.SECONDS);
			try {
				assertThrows(ServiceUnavailable.class, () -> unitOfWork.run(() -> unitOfWork.entityManager()
					.createNativeQuery("UPDATE FAULT_PROBE SET ID = 20 WHERE ID = 1").executeUpdate()));
			}
			finally {
				release.shutdownNow();
				holder.rollback();
			}
			org.junit.jupiter.api.Assertions.assertFalse(Thread.currentThread().isInterrupted(), "the watch's interrupt does not outlive the statement");
		}
		try (Connection connection = hsqldb.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT ID FROM FAULT_PROBE")) {
			rows.next();
			assertEquals(1, rows.getInt(1), "nothing of the refused write is stored");
		}
	}

	private static void insertProbe(UnitOfWork unitOfWork, int id) {
		unitOfWork.run(() -> unitOfWork.entityManager().createNativeQuery("INSERT INTO FAULT_PROBE (ID) VALUES (?)").setParameter(1, id).executeUpdate());
	}

	private int storedProbes() throws SQLException {
		try (Connection connection = hsqldb.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM FAULT_PROBE")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/** A pool in front of HSQLDB that can time out like an exhausted pool, or lose its connection at commit. */
	private static final class FlakyDataSource implements DataSource {

		private final DataSource delegate;
		private volatile boolean refuseConnections;
		private volatile boolean failCommits;

		FlakyDataSource(DataSource delegate) {
			this.delegate = delegate;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (refuseConnections) {
				throw new SQLTransientConnectionException("peervoice - Connection is not available, request timed out after 3000ms.");
			}
			Connection connection = delegate.getConnection();
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
				if (failCommits && "commit".equals(method.getName())) {
					connection.rollback();
					connection.close();
					throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
				}
				try {
					return method.invoke(connection, arguments);
				}
				catch (InvocationTargetException failed) {
					throw failed.getCause();
				}
			});
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
			// no log
		}

		@Override
		public void setLoginTimeout(int seconds) {
			// no login
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			throw new SQLException("not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}

	}

}
