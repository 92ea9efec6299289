package org.peervoice.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database server a fault-suite run shares between its nodes (docs/reliability.md): PostgreSQL or MariaDB, and
 * what differs between them for the suite: the URL, dropping a database, and locking the vote table so that the
 * requests that write votes wait on the lock and hold their pool connections (the "pool exhausted" fault). Or
 * {@link #HSQLDB}: no server at all, the dev portal's own embedded file database, for a single node.
 */
enum FaultDatabase {

	POSTGRESQL("jdbc:postgresql://", 5432, "PEERVOICE_TEST_POSTGRES") {
		@Override
		String dropStatement(String name) {
			return "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
		}

		@Override
		void lockVotes(Connection locker) throws SQLException {
			locker.setAutoCommit(false);
			try (Statement statement = locker.createStatement()) {
				// writers wait, readers do not
				statement.execute("LOCK TABLE PV_SUGGESTION_VOTE IN EXCLUSIVE MODE");
			}
		}

		@Override
		void unlockVotes(Connection locker) throws SQLException {
			locker.rollback();
		}
	},

	MARIADB("jdbc:mariadb://", 3306, "PEERVOICE_TEST_MARIADB") {
		@Override
		String dropStatement(String name) {
			return "DROP DATABASE IF EXISTS " + name;
		}

		@Override
		void lockVotes(Connection locker) throws SQLException {
			try (Statement statement = locker.createStatement()) {
				// a READ table lock: as PostgreSQL's EXCLUSIVE mode, writers wait, readers do not
				statement.execute("LOCK TABLES PV_SUGGESTION_VOTE READ");
			}
		}

		@Override
		void unlockVotes(Connection locker) throws SQLException {
			try (Statement statement = locker.createStatement()) {
				statement.execute("UNLOCK TABLES");
			}
		}
	},

	/**
	 * The dev portal's default: an HSQLDB file database embedded in the one node's process, under its data directory
	 * ({@code DevPortalSettings.jdbcUrl()} when no URL is given). One process only may open it, so the run has a single
	 * node, no proxy and no database faults: nothing to silence, refuse or lock from outside (a lock taken from another
	 * process would need the files the node holds). {@link #embeddedUrl(Path)} opens the files once the node stopped.
	 */
	HSQLDB("jdbc:hsqldb:file:", -1, null) {
		@Override
		String dropStatement(String name) {
			throw new UnsupportedOperationException("an embedded database goes with its work directory");
		}

		@Override
		void lockVotes(Connection locker) {
			throw new UnsupportedOperationException("nothing outside the node's process can reach its embedded database");
		}

		@Override
		void unlockVotes(Connection locker) {
			throw new UnsupportedOperationException("nothing outside the node's process can reach its embedded database");
		}
	};

	/** What a node is given instead of a JDBC URL for the dev portal's default embedded database ({@link FaultNode}). */
	static final String EMBEDDED = "-";

	private static final String MARIADB_SCRIPT = "scripts/mariadb-test-server";
	private static final Pattern EXPORT = Pattern.compile("^export (PEERVOICE_TEST_MARIADB_\\w+)=(.*)$", Pattern.MULTILINE);

	final String urlPrefix;
	final int defaultPort;
	final String variables;

	FaultDatabase(String urlPrefix, int defaultPort, String variables) {
		this.urlPrefix = urlPrefix;
		this.defaultPort = defaultPort;
		this.variables = variables;
	}

	abstract String dropStatement(String name);

	abstract void lockVotes(Connection locker) throws SQLException;

	abstract void unlockVotes(Connection locker) throws SQLException;

	String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the run's one node keeps the database inside its own process (no server, no proxy, no second node). */
	boolean embedded() {
		return this == HSQLDB;
	}

	/**
	 * The embedded database of a node whose data directory is {@code dataDirectory}, as {@code DevPortalSettings.jdbcUrl()}
	 * names it, opened only if it exists; user {@code SA}, no password. Only while the node is stopped.
	 */
	static String embeddedUrl(Path dataDirectory) {
		return HSQLDB.urlPrefix + dataDirectory.toAbsolutePath().resolve("db").resolve("peervoice") + ";ifexists=true;hsqldb.lock_file=true";
	}

	/** The same URL through {@code 127.0.0.1:port} (the fault proxy). */
	String via(String jdbcUrl, int port) {
		String tail = jdbcUrl.substring(jdbcUrl.indexOf('/', urlPrefix.length()));
		return urlPrefix + "127.0.0.1:" + port + tail;
	}

	/** A server the user may create databases on, and how to let it go afterwards. */
	static final class Server implements AutoCloseable {

		final FaultDatabase database;
		final String url;
		final String user;
		final String password;
		private final Runnable release;

		Server(FaultDatabase database, String url, String user, String password, Runnable release) {
			this.database = database;
			this.url = url;
			this.user = user;
			this.password = password;
			this.release = release;
		}

		void execute(String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

		@Override
		public void close() {
			release.run();
		}

	}

	/**
	 * The server named by the database's test variables ({@code _URL}, {@code _USER}, {@code _PASSWORD}), as for the
	 * other tests (docs/testing.md); for MariaDB without them, {@code scripts/mariadb-test-server} starts one of the
	 * current user's (stopped again afterwards if it was not running before), except in CI, where a missing variable is
	 * an error. Never silently skipped.
	 */
	Server server() throws IOException, InterruptedException {
		String url = System.getenv(variables + "_URL");
		if (url != null && !url.isBlank()) {
			return new Server(this, url, System.getenv(variables + "_USER"), System.getenv(variables + "_PASSWORD"), () -> { });
		}
		if (this == POSTGRESQL || "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("The fault suite needs a " + label() + " server: export " + variables + "_URL (with _USER and _PASSWORD) "
				+ "as for the other tests (docs/testing.md), or run with -Dpeervoice.faults=0.");
		}
		Path script = repositoryFile(MARIADB_SCRIPT);
		String output = run(script, "start");
		Map<String, String> values = new HashMap<>();
		Matcher export = EXPORT.matcher(output);
		while (export.find()) {
			values.put(export.group(1), export.group(2).trim());
		}
		if (!values.containsKey(variables + "_URL")) {
			throw new IllegalStateException(MARIADB_SCRIPT + " printed no " + variables + "_URL:\n" + output);
		}
		Runnable stop = !output.contains("# started now") ? () -> { } : () -> {
			try {
				run(script, "stop");
			}
			catch (IOException | InterruptedException e) {
				System.err.println("Could not stop the test MariaDB: " + e.getMessage());
			}
		};
		return new Server(this, values.get(variables + "_URL"), values.get(variables + "_USER"), values.get(variables + "_PASSWORD"), stop);
	}

	private static String run(Path script, String command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("bash", script.toString(), command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroy();
			throw new IllegalStateException(script + " " + command + " failed (see its messages above); docs/testing.md, \"MariaDB\"");
		}
		return output;
	}

	/** The tests run in their module's folder: the repository is one of its parents. */
	private static Path repositoryFile(String relative) {
		for (Path folder = Paths.get("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve(relative))) {
				return folder.resolve(relative);
			}
		}
		throw new IllegalStateException("Cannot find " + relative + " above " + Paths.get("").toAbsolutePath());
	}

}
