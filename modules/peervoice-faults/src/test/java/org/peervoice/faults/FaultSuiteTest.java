package org.peervoice.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peervoice.faults.PhaseLog.Outcome;

/**
 * The fault suite's targets (docs/reliability.md). {@code -Dpeervoice.faults=quick} (the default, about a minute),
 * {@code full} (2 nodes x 50,000 votes and retractions first) or {@code 0} (skipped). Needs a PostgreSQL server whose
 * user may create databases: {@code PEERVOICE_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}, as the other
 * PostgreSQL tests; never silently skipped without it.
 */
class FaultSuiteTest {

	private static final long LONGEST_ALLOWED_MILLIS = 5_000;
	private static final List<String> DATABASE_FAULTS = List.of("database silent", "database refusing", "pool exhausted");

	@Test
	void nothingAcknowledgedIsLostOrDoubledAndEveryRefusalIsAQuick503() throws Exception {
		String size = System.getProperty("peervoice.faults", "quick").trim().toLowerCase(Locale.ROOT);
		if ("0".equals(size) || "none".equals(size)) {
			return;
		}
		FaultSuite.Plan plan = "full".equals(size) ? FaultSuite.Plan.full() : FaultSuite.Plan.quick();
		String server = System.getenv("PEERVOICE_TEST_POSTGRES_URL");
		if (server == null || server.isBlank()) {
			throw new IllegalStateException("The fault suite needs a PostgreSQL server: export PEERVOICE_TEST_POSTGRES_URL (with _USER and _PASSWORD) "
				+ "as for the other PostgreSQL tests (docs/testing.md), or run with -Dpeervoice.faults=0.");
		}
		String user = System.getenv("PEERVOICE_TEST_POSTGRES_USER");
		String password = System.getenv("PEERVOICE_TEST_POSTGRES_PASSWORD");
		String name = "pv_faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(server, user, password, "CREATE DATABASE " + name);
		Path work = Files.createDirectories(Paths.get("target", "faults", name));
		try {
			FaultSuite.Report report = new FaultSuite(plan, withDatabase(server, name), user, password, work).run();
			System.out.println("Fault suite (" + size + "), logs in " + work.toAbsolutePath() + ":\n" + report.table());

			assertEquals(List.of(), report.inconsistencies, "acknowledged writes the nodes contradicted later");
			assertEquals(409, report.crossNodeSecondVoteStatus, "the same person voting again on the other node");
			assertEquals(report.expectedVotes, report.storedVotes, "votes: acknowledged state vs the database");
			assertEquals(report.expectedVotes, report.apiVotes, "votes: acknowledged state vs the API's counts");
			assertEquals(report.expectedQuestionVotes, report.storedQuestionVotes, "town-hall votes: acknowledged state vs the database");
			assertEquals(0, report.acknowledgedSubmissionsMissing, "acknowledged suggestions missing from the database");
			assertEquals(0, report.undeliveredEvents, "notification events the nodes left undelivered");
			assertTrue(!report.acknowledgedResponseNotifications.isEmpty(), "leadership's responses were acknowledged");
			report.acknowledgedResponseNotifications.forEach((id, count) -> assertEquals(1L, count, "notifications of the acknowledged response to " + id));
			report.unacknowledgedResponseNotifications.forEach((id, count) -> assertTrue(count <= 1, "notifications of the response to " + id + ": " + count));
			assertTrue(report.acknowledgedSubmissions > 0, "some suggestions were submitted");
			for (String fault : DATABASE_FAULTS) {
				PhaseLog during = report.phase(fault);
				assertTrue(during.count() > 0, fault + ": the users kept trying");
				assertTrue(during.longestMillis() <= LONGEST_ALLOWED_MILLIS, fault + ": longest request " + during.longestMillis() + " ms");
				assertEquals(0, during.count(Outcome.WRONG), fault + ": answers other than 2xx or 503 problem details " + during.wrongAnswers());
				assertEquals(0, during.count(Outcome.NO_ANSWER), fault + ": requests without an answer");
				assertTrue(during.count(Outcome.UNAVAILABLE) > 0, fault + ": the fault was felt");
				PhaseLog after = report.phase("after " + fault.replace("database ", ""));
				assertTrue(after.count(Outcome.DONE) > 0, "after " + fault + ": requests succeed again");
				// the first requests after a recovery may still meet a pooled connection the fault broke: the pool drops it
				assertEquals(0, after.countInSecondHalf(Outcome.UNAVAILABLE), "after " + fault + ": every request succeeds again");
			}
			for (PhaseLog phase : report.phases) {
				assertEquals(0, phase.count(Outcome.WRONG), phase.name() + ": no 500 or other wrong answer " + phase.wrongAnswers());
			}
			PhaseLog afterRestart = report.phase("after restart");
			assertEquals(0, afterRestart.count(Outcome.UNAVAILABLE) + afterRestart.count(Outcome.NO_ANSWER), "after the killed node restarted");
		}
		finally {
			try {
				execute(server, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			catch (SQLException leftBehind) {
				System.err.println("Could not drop " + name + ": " + leftBehind.getMessage());
			}
		}
	}

	private static void execute(String url, String user, String password, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** {@code jdbc:postgresql://host:port/any?x=y} with {@code any} replaced by {@code database}. */
	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String parameters = query < 0 ? "" : url.substring(query);
		int hostStart = base.indexOf("//");
		int slash = base.indexOf('/', hostStart < 0 ? 0 : hostStart + 2);
		String server = slash < 0 ? base : base.substring(0, slash);
		return server + "/" + database + parameters;
	}

}
