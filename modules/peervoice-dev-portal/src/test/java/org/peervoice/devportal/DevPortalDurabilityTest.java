package org.peervoice.devportal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dev portal killed with {@code kill -9} keeps every write it acknowledged: its HSQLDB file database
 * ({@link DevPortalSettings#jdbcUrl}) writes its log at each commit ({@link DevPortalSettings#makeCommitsDurable}, as
 * the dev portal sets it at start; without it this test lost all 200 commits and the table). A writer in a JVM of its own commits one row after the
 * other and prints each commit once it returned, as the dev portal answers a request once its unit of work committed;
 * this test kills it in the middle and counts the rows after a restart.
 */
class DevPortalDurabilityTest {

	private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 200;

	@Test
	void everyCommitAcknowledgedBeforeAKillIsStoredAfterARestart(@TempDir Path directory) throws Exception {
		String url = DevPortalSettings.defaults().dataDirectory(directory).jdbcUrl();
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		Process writer = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url))
			.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		int acknowledged = 0;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				acknowledged = Integer.parseInt(line.trim());
				if (acknowledged >= ACKNOWLEDGED_BEFORE_THE_KILL) {
					writer.destroyForcibly();
					break;
				}
			}
		}
		finally {
			writer.destroyForcibly();
			writer.waitFor(30, TimeUnit.SECONDS);
		}
		assertTrue(acknowledged >= ACKNOWLEDGED_BEFORE_THE_KILL, "the writer acknowledged " + acknowledged + " commits");

		int stored;
		try (Connection connection = reopen(url); Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM DURABILITY_PROBE")) {
			count.next();
			stored = count.getInt(1);
			statement.execute("SHUTDOWN");
		}
		assertTrue(stored >= acknowledged, "acknowledged " + acknowledged + " commits before kill -9, " + stored + " stored after the restart");
	}

	/**
	 * HSQLDB refuses to open a file database whose lock file a live process wrote in the last 10 seconds (its heartbeat);
	 * a killed process's heartbeat goes stale within that time.
	 */
	private static Connection reopen(String url) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			try {
				return DriverManager.getConnection(url, "SA", "");
			}
			catch (java.sql.SQLException locked) {
				if (System.nanoTime() > deadline) {
					throw locked;
				}
				Thread.sleep(1_000);
			}
		}
	}

	/** Commits rows one by one and prints the number of each committed row. */
	public static final class Writer {

		public static void main(String[] arguments) throws Exception {
			try (Connection connection = DriverManager.getConnection(arguments[0], "SA", ""); Statement statement = connection.createStatement()) {
				DevPortalSettings.makeCommitsDurable(connection);
				statement.execute("CREATE TABLE DURABILITY_PROBE (ID INT NOT NULL PRIMARY KEY)");
				connection.setAutoCommit(false);
				for (int row = 1;; row++) {
					statement.executeUpdate("INSERT INTO DURABILITY_PROBE (ID) VALUES (" + row + ")");
					connection.commit();
					System.out.println(row);
					System.out.flush();
				}
			}
		}

	}

}
