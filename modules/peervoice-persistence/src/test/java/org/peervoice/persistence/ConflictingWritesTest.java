package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;

import javax.persistence.EntityExistsException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.RollbackException;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.export.ExceptionFactory;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.DatabaseUnavailability;
import org.peervoice.core.kernel.ServiceUnavailable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/**
 * A failed write is a conflict only when the database refused it by a rule or a concurrent transaction, never when it
 * could not serve: with the exceptions HSQLDB, PostgreSQL and MariaDB really throw, wrapped as EclipseLink wraps them.
 */
class ConflictingWritesTest {

	private static final String MESSAGE = "You already voted for this suggestion.";

	/** How EclipseLink hands a driver's failure to the caller: in a flush, and at commit. */
	private static final Function<SQLException, RuntimeException> IN_FLUSH = driver -> new PersistenceException(DatabaseException.sqlException(driver));
	private static final Function<SQLException, RuntimeException> AT_COMMIT = driver -> new RollbackException(DatabaseException.sqlException(driver));

	@Test
	void aUnitOfWorkThatLostADeadlockRunsOnceMoreAndNothingOfTheLostAttemptStays() throws Exception {
		org.hsqldb.jdbc.JDBCDataSource memory = new org.hsqldb.jdbc.JDBCDataSource();
		memory.setUrl("jdbc:hsqldb:mem:pv" + UUID.randomUUID().toString().replace("-", ""));
		memory.setUser("SA");
		memory.setPassword("");
		PeerVoiceDatabase database = PeerVoiceDatabase.open(memory);
		try {
			int[] attempts = {0};
			String answer = database.unitOfWork().inTransaction(() -> {
				attempts[0]++;
				database.unitOfWork().entityManager().createNativeQuery("INSERT INTO PV_TOWN_HALL_CHANGE_SHARD (town_hall_id, shard, change_count)"
					+ " VALUES ('probe', 0, " + attempts[0] + ")").executeUpdate();
				if (attempts[0] == 1) {
					throw IN_FLUSH.apply(new SQLException("deadlock detected", "40P01"));
				}
				return "stored";
			});
			assertEquals("stored", answer);
			assertEquals(2, attempts[0]);
			assertEquals(List.of(2L), database.unitOfWork().inTransaction(() -> database.unitOfWork().entityManager().createNativeQuery(
				"SELECT change_count FROM PV_TOWN_HALL_CHANGE_SHARD WHERE town_hall_id = 'probe'").getResultList()).stream()
				.map(value -> ((Number) value).longValue()).collect(java.util.stream.Collectors.toList()), "only the second attempt stored");

			int[] losses = {0};
			assertThrows(ServiceUnavailable.class, () -> database.unitOfWork().inTransaction(() -> {
				losses[0]++;
				throw IN_FLUSH.apply(new SQLException("could not serialize access", "40001"));
			}));
			assertEquals(JpaUnitOfWork.ATTEMPTS, losses[0], "then it answers 503: nothing was stored, try again");
			int[] conflicts = {0};
			assertThrows(PersistenceException.class, () -> database.unitOfWork().inTransaction(() -> {
				conflicts[0]++;
				throw IN_FLUSH.apply(new SQLException("duplicate key", "23505"));
			}));
			assertEquals(1, conflicts[0], "a refusal by a rule is not run again");
		}
		finally {
			database.close();
		}
	}

	@Test
	void hsqldbADuplicateKeyIsAConflictAndARefusedConnectionIsNot() throws Exception {
		String url = "jdbc:hsqldb:mem:pv" + UUID.randomUUID().toString().replace("-", "");
		SQLException duplicate;
		try (Connection connection = DriverManager.getConnection(url, "SA", ""); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE PROBE (ID INT NOT NULL PRIMARY KEY)");
			statement.executeUpdate("INSERT INTO PROBE (ID) VALUES (1)");
			duplicate = failure(() -> statement.executeUpdate("INSERT INTO PROBE (ID) VALUES (1)"));
			statement.execute("SHUTDOWN");
		}
		SQLException refused = failure(() -> DriverManager.getConnection("jdbc:hsqldb:hsql://127.0.0.1:1/pv", "SA", "").close());

		assertEquals("23505", duplicate.getSQLState());
		assertConflict(duplicate);
		assertUnavailable(refused);
	}

	@Test
	void postgresqlAsTheDriverReportsTheServer() {
		assertConflict(server("ERROR", "23505", "duplicate key value violates unique constraint \"uk_pv_suggestion_vote\""));
		assertConflict(server("ERROR", "23503", "insert or update on table violates foreign key constraint"));
		assertConflict(server("ERROR", "40001", "could not serialize access due to concurrent update"));
		assertConflict(server("ERROR", "40P01", "deadlock detected"));
		assertUnavailable(server("ERROR", "57014", "canceling statement due to statement timeout"));
		assertUnavailable(server("FATAL", "57P01", "terminating connection due to administrator command"));
		assertUnavailable(server("FATAL", "57P03", "the database system is starting up"));
		assertUnavailable(server("FATAL", "53300", "sorry, too many clients already"));
		assertUnavailable(new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE));
		assertUnavailable(new PSQLException("Connection to localhost:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
		assertNeither(server("ERROR", "42601", "syntax error at or near \"FORM\""));
	}

	/** As the driver reads an error message of the server: fields of a letter and a value, each ended by a zero byte. */
	private static PSQLException server(String severity, String state, String message) {
		return new PSQLException(new ServerErrorMessage("S" + severity + "\0V" + severity + "\0C" + state + "\0M" + message + "\0"));
	}

	@Test
	void mariadbAsTheDriverReportsTheServer() throws Exception {
		ExceptionFactory driver = new ExceptionFactory(Configuration.parse("jdbc:mariadb://localhost:3306/pv"), null);

		SQLException duplicate = driver.create("Duplicate entry 'x' for key 'PRIMARY'", "23000", 1062);
		assertTrue(duplicate instanceof SQLIntegrityConstraintViolationException, duplicate.getClass().getName());
		assertConflict(duplicate);
		assertConflict(driver.create("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
		assertUnavailable(driver.create("Socket error", "08000", 0));
		assertUnavailable(driver.create("Query execution was interrupted (max_statement_time exceeded)", "70100", 1969));
		// innodb_lock_wait_timeout: the only bound on a lock wait in Liferay on MariaDB (docs/liferay/database-and-clustering.md)
		assertUnavailable(driver.create("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
		assertNeither(driver.create("You have an error in your SQL syntax", "42000", 1064));
		// another node's mixer rebuilt a table this transaction's snapshot predates: run again, never a conflict
		SQLException tableRebuilt = driver.create("Table definition has changed, please retry transaction", "HY000", 1412);
		assertNeither(tableRebuilt);
		assertTrue(ConflictingWrites.isLostToAConcurrentTransaction(IN_FLUSH.apply(tableRebuilt)));
		assertTrue(ConflictingWrites.isLostToAConcurrentTransaction(new IllegalStateException("Could not mix", tableRebuilt)));
		assertFalse(ConflictingWrites.isLostToAConcurrentTransaction(IN_FLUSH.apply(driver.create("Unknown error", "HY000", 1105))));
	}

	@Test
	void mariadbARefusedConnectionIsUnavailability() {
		Properties user = new Properties();
		user.setProperty("user", "pv");
		user.setProperty("connectTimeout", "2000");
		assertUnavailable(failure(() -> new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://127.0.0.1:1/pv", user).close()));
	}

	@Test
	@EnabledIfEnvironmentVariable(named = PostgresSuggestionBoxTest.URL_VARIABLE, matches = ".+")
	void postgresqlRealDuplicateTimeoutAndTerminatedConnection() throws Exception {
		try (Connection connection = postgres(); Connection killer = postgres(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TEMPORARY TABLE probe (id INT NOT NULL PRIMARY KEY)");
			statement.executeUpdate("INSERT INTO probe (id) VALUES (1)");
			SQLException duplicate = failure(() -> statement.executeUpdate("INSERT INTO probe (id) VALUES (1)"));
			statement.execute("SET statement_timeout = 50");
			SQLException timedOut = failure(() -> statement.execute("SELECT pg_sleep(1)"));
			statement.execute("SET statement_timeout = 0");
			int pid;
			try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
				row.next();
				pid = row.getInt(1);
			}
			try (Statement kill = killer.createStatement()) {
				kill.execute("SELECT pg_terminate_backend(" + pid + ")");
			}
			SQLException terminated = failure(() -> statement.execute("SELECT 1"));

			assertEquals("23505", duplicate.getSQLState());
			assertConflict(duplicate);
			assertEquals("57014", timedOut.getSQLState());
			assertUnavailable(timedOut);
			assertTrue(terminated.getSQLState().startsWith("57P") || terminated.getSQLState().startsWith("08"), terminated.getSQLState());
			assertUnavailable(terminated);
		}
	}

	@Test
	void theNextExceptionOfABatchAndJpaOwnConflictsCount() {
		BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "XX000", new int[0]);
		batch.setNextException(new PSQLException("ERROR: duplicate key value", PSQLState.UNIQUE_VIOLATION));
		assertConflict(batch);
		assertSame(Conflict.class, ConflictingWrites.conflictOr(new EntityExistsException("the id is taken"), MESSAGE).getClass());
		assertSame(Conflict.class, ConflictingWrites.conflictOr(new OptimisticLockException("changed meanwhile"), MESSAGE).getClass());
	}

	@Test
	void aWriteThatLostADeadlockIsRunAgainNotReadAsTaken() {
		RuntimeException deadlock = IN_FLUSH.apply(new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
		assertSame(deadlock, assertThrows(PersistenceException.class, () -> ConflictingWrites.orConflict(() -> {
			throw deadlock;
		}, MESSAGE)), "passed on for the unit of work to run again");
		BatchUpdateException lostAndTaken = new BatchUpdateException("Batch entry 0 was aborted", "40001", new int[0]);
		lostAndTaken.setNextException(new SQLIntegrityConstraintViolationException("duplicate", "23505"));
		assertEquals(MESSAGE, assertThrows(Conflict.class, () -> ConflictingWrites.orConflict(() -> {
			throw IN_FLUSH.apply(lostAndTaken);
		}, MESSAGE)).getMessage(), "a key really taken stays a conflict");
	}

	@Test
	void aVoteWhoseParentIsBeingRewrittenRunsAgainNotReadAsAlreadyVoted() throws Exception {
		ExceptionFactory mariadb = new ExceptionFactory(Configuration.parse("jdbc:mariadb://localhost:3306/pv"), null);
		List<SQLException> parentMissing = List.of(
			mariadb.create("Cannot add or update a child row: a foreign key constraint fails", "23000", 1452),
			new SQLIntegrityConstraintViolationException("integrity constraint violation: foreign key no parent", "23503", -177));
		for (SQLException refused : parentMissing) {
			RuntimeException failure = IN_FLUSH.apply(refused);
			assertTrue(ConflictingWrites.isLostToAConcurrentTransaction(failure), refused.getMessage());
			assertSame(failure, assertThrows(PersistenceException.class, () -> ConflictingWrites.orConflict(() -> {
				throw failure;
			}, MESSAGE)), "passed on for the unit of work to run again, never \"already voted\"");
		}
		RuntimeException taken = IN_FLUSH.apply(mariadb.create("Duplicate entry 'x' for key 'PV_SUGGESTION_VOTE_UQ'", "23000", 1062));
		assertFalse(ConflictingWrites.isLostToAConcurrentTransaction(taken));
		assertEquals(MESSAGE, assertThrows(Conflict.class, () -> ConflictingWrites.orConflict(() -> {
			throw taken;
		}, MESSAGE)).getMessage(), "a key really taken stays a conflict");
	}

	@Test
	void unavailabilityWinsOverAConflictInTheSameChain() {
		BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
		batch.setNextException(new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE));
		assertUnavailable(batch);
	}

	@Test
	void theWriteHelpersAnswerAConflictOrPassTheFailureOnUnchanged() {
		RuntimeException duplicate = IN_FLUSH.apply(new SQLIntegrityConstraintViolationException("duplicate", "23505"));
		RuntimeException timedOut = IN_FLUSH.apply(new SQLException("canceling statement due to statement timeout", "57014"));
		RuntimeException bug = IN_FLUSH.apply(new SQLException("syntax", "42601"));

		assertEquals(MESSAGE, assertThrows(Conflict.class, () -> ConflictingWrites.orConflict(() -> {
			throw duplicate;
		}, MESSAGE)).getMessage());
		assertSame(timedOut, assertThrows(PersistenceException.class, () -> ConflictingWrites.orConflict(() -> {
			throw timedOut;
		}, MESSAGE)));
		assertSame(bug, assertThrows(PersistenceException.class, () -> ConflictingWrites.orConflict(() -> {
			throw bug;
		}, MESSAGE)));
	}

	private static void assertConflict(SQLException driver) {
		for (Function<SQLException, RuntimeException> wrap : List.of(IN_FLUSH, AT_COMMIT)) {
			RuntimeException failure = wrap.apply(driver);
			assertTrue(ConflictingWrites.isConflict(failure), driver.getSQLState() + " " + driver.getMessage());
			assertFalse(DatabaseUnavailability.isUnavailability(failure), driver.getSQLState() + " " + driver.getMessage());
		}
	}

	private static void assertUnavailable(SQLException driver) {
		for (Function<SQLException, RuntimeException> wrap : List.of(IN_FLUSH, AT_COMMIT)) {
			RuntimeException failure = wrap.apply(driver);
			assertFalse(ConflictingWrites.isConflict(failure), driver.getSQLState() + " " + driver.getMessage());
			assertTrue(DatabaseUnavailability.isUnavailability(failure), driver.getSQLState() + " " + driver.getMessage());
			assertSame(failure, assertThrows(RuntimeException.class, () -> ConflictingWrites.conflictOr(failure, MESSAGE)));
		}
	}

	private static void assertNeither(SQLException driver) {
		RuntimeException failure = IN_FLUSH.apply(driver);
		assertFalse(ConflictingWrites.isConflict(failure), driver.getSQLState());
		assertFalse(DatabaseUnavailability.isUnavailability(failure), driver.getSQLState());
		assertSame(failure, assertThrows(RuntimeException.class, () -> ConflictingWrites.conflictOr(failure, MESSAGE)));
	}

	private static Connection postgres() throws SQLException {
		Properties user = new Properties();
		String name = System.getenv("PEERVOICE_TEST_POSTGRES_USER");
		if (name != null && !name.isEmpty()) {
			user.setProperty("user", name);
			user.setProperty("password", System.getenv("PEERVOICE_TEST_POSTGRES_PASSWORD"));
		}
		return DriverManager.getConnection(System.getenv(PostgresSuggestionBoxTest.URL_VARIABLE), user);
	}

	private interface JdbcCall {

		void run() throws SQLException;

	}

	private static SQLException failure(JdbcCall call) {
		try {
			call.run();
		}
		catch (SQLException failed) {
			return failed;
		}
		return fail("the call did not fail");
	}

}
