package org.peervoice.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peervoice.faults.PhaseLog.Outcome;

/**
 * The fault suite's targets (docs/reliability.md), on PostgreSQL, on MariaDB and on the dev portal's embedded HSQLDB.
 * {@code -Dpeervoice.faults=quick} (the default: every fault on PostgreSQL, about two minutes; a refusing database and
 * an exhausted pool on MariaDB, within a minute; on HSQLDB a single node killed with {@code kill -9} during the load and
 * restarted on its files, within a minute), {@code full} (2 nodes x 50,000 votes and retractions first, then every
 * fault, on each database server; on HSQLDB one node x 50,000, then the kill) or {@code 0} (skipped);
 * {@code -Dpeervoice.faults.databases=postgresql}, {@code mariadb} or {@code hsqldb} (or a comma-separated list) runs
 * those only, empty all three. Needs the servers of the other database tests: {@code PEERVOICE_TEST_POSTGRES_URL}
 * ({@code _USER}, {@code _PASSWORD}), and {@code PEERVOICE_TEST_MARIADB_URL} or else {@code scripts/mariadb-test-server};
 * never silently skipped. HSQLDB needs nothing: it is the node's own embedded file database, so the run has one node,
 * no proxy and no database faults, and skips the one check that needs a second node (a second vote there).
 */
class FaultSuiteTest {

	private static final long LONGEST_ALLOWED_MILLIS = 5_000;

	@Test
	void onPostgresqlNothingAcknowledgedIsLostOrDoubledAndEveryRefusalIsAQuick503() throws Exception {
		run(FaultDatabase.POSTGRESQL);
	}

	@Test
	void onMariadbNothingAcknowledgedIsLostOrDoubledAndEveryRefusalIsAQuick503() throws Exception {
		run(FaultDatabase.MARIADB);
	}

	/**
	 * The dev portal's default database: one node on its embedded HSQLDB file database; {@code kill -9} in the middle of
	 * the load, the restart on the same files; then nothing acknowledged is missing or doubled.
	 */
	@Test
	void onHsqldbASingleNodeKilledLosesNothingItAcknowledged() throws Exception {
		run(FaultDatabase.HSQLDB);
	}

	private static void run(FaultDatabase kind) throws Exception {
		String size = System.getProperty("peervoice.faults", "quick").trim().toLowerCase(Locale.ROOT);
		String databases = System.getProperty("peervoice.faults.databases", "").trim().toLowerCase(Locale.ROOT);
		if ("0".equals(size) || "none".equals(size) || !databases.isEmpty() && !List.of(databases.split("\\s*,\\s*")).contains(kind.label())) {
			return;
		}
		if (kind.embedded()) {
			FaultSuite.Plan plan = "full".equals(size) ? FaultSuite.Plan.singleFull() : FaultSuite.Plan.single();
			Path work = Files.createDirectories(Paths.get("target", "faults", kind.label(), "pv_faults_" + UUID.randomUUID().toString()
				.replace("-", "").substring(0, 12)));
			FaultSuite.Report report = new FaultSuite(plan, kind, null, null, null, work).run();
			System.out.println("Fault suite (" + size + ", " + kind.label() + "), logs in " + work.toAbsolutePath() + ":\n" + report.table());
			check(plan, report, false);
			return;
		}
		FaultSuite.Plan plan = "full".equals(size) ? FaultSuite.Plan.full() : kind == FaultDatabase.POSTGRESQL ? FaultSuite.Plan.quick()
			: FaultSuite.Plan.brief();
		try (FaultDatabase.Server server = kind.server()) {
			String name = "pv_faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			server.execute("CREATE DATABASE " + name);
			Path work = Files.createDirectories(Paths.get("target", "faults", kind.label(), name));
			try {
				FaultSuite.Report report = new FaultSuite(plan, kind, withDatabase(server.url, name), server.user, server.password, work).run();
				System.out.println("Fault suite (" + size + ", " + kind.label() + "), logs in " + work.toAbsolutePath() + ":\n" + report.table());
				check(plan, report, true);
			}
			finally {
				try {
					server.execute(kind.dropStatement(name));
				}
				catch (SQLException leftBehind) {
					System.err.println("Could not drop " + name + ": " + leftBehind.getMessage());
				}
			}
		}
	}

	private static void check(FaultSuite.Plan plan, FaultSuite.Report report, boolean twoNodes) {
		assertEquals(List.of(), report.inconsistencies, "acknowledged writes the nodes contradicted later");
		if (twoNodes) {
			// a single node (HSQLDB) has no other node to vote again on: the check is skipped there, not faked
			assertEquals(409, report.crossNodeSecondVoteStatus, "the same person voting again on the other node");
		}
		assertEquals(report.expectedVotes, report.storedVotes, "votes: acknowledged state vs the database");
		assertEquals(report.expectedVotes, report.apiVotes, "votes: acknowledged state vs the API's counts");
		assertEquals(report.expectedQuestionVotes, report.storedQuestionVotes, "town-hall votes: acknowledged state vs the database");
		assertEquals(report.expectedCelebrations, report.storedCelebrations, "celebrations: acknowledged state vs the database");
		assertTrue(report.expectedCelebrations.values().stream().anyMatch(count -> count > 0), "some celebrations were acknowledged");
		assertEquals(List.of(), report.listingMismatches, "champion listings: one each, as last acknowledged");
		assertTrue(report.acknowledgedListingSaves.get() > 0, "champions saved their listings");
		assertEquals(0, report.acknowledgedSubmissionsMissing, "acknowledged suggestions missing from the database");
		assertEquals(0, report.undeliveredEvents, "notification events the nodes left undelivered");
		assertTrue(!report.acknowledgedResponseNotifications.isEmpty(), "leadership's responses were acknowledged");
		report.acknowledgedResponseNotifications.forEach((id, count) -> assertEquals(1L, count, "notifications of the acknowledged response to " + id));
		report.unacknowledgedResponseNotifications.forEach((id, count) -> assertTrue(count <= 1, "notifications of the response to " + id + ": " + count));
		assertTrue(report.acknowledgedSubmissions > 0, "some suggestions were submitted");
		for (String fault : plan.faults) {
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
		if (plan.killNode) {
			PhaseLog afterRestart = report.phase("after restart");
			assertTrue(afterRestart.count(Outcome.DONE) > 0, "after the killed node restarted: requests succeed");
			assertEquals(0, afterRestart.count(Outcome.UNAVAILABLE) + afterRestart.count(Outcome.NO_ANSWER), "after the killed node restarted");
		}
	}

	/** {@code jdbc:postgresql://host:port/any?x=y} (or {@code jdbc:mariadb://host:port/}) with {@code any} replaced by {@code database}. */
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
