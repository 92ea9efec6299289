package org.peervoice.it.arquillian;

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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real MariaDB, never silently skipped: the server named by {@code PEERVOICE_TEST_MARIADB_URL} (with {@code _USER} and
 * {@code _PASSWORD}) gets a fresh database that is dropped afterwards. Without the variable the repository's
 * {@code scripts/mariadb-test-server} starts a server of the current user's own (Debian's binaries, or MariaDB's from
 * Maven Central), which is stopped again afterwards if it was not running before; in CI ({@code CI=true}) a missing variable is an error instead, as
 * {@code .ci/run} always sets it.
 */
final class MariadbTestDatabase {

	static final String URL_VARIABLE = "PEERVOICE_TEST_MARIADB_URL";
	static final String USER_VARIABLE = "PEERVOICE_TEST_MARIADB_USER";
	static final String PASSWORD_VARIABLE = "PEERVOICE_TEST_MARIADB_PASSWORD";

	private static final String SERVER_SCRIPT = "scripts/mariadb-test-server";
	private static final Pattern EXPORT = Pattern.compile("^export (PEERVOICE_TEST_MARIADB_\\w+)=(.*)$", Pattern.MULTILINE);

	private MariadbTestDatabase() {
	}

	static TestDatabase create() throws Exception {
		String serverUrl = System.getenv(URL_VARIABLE);
		if (serverUrl != null && !serverUrl.isBlank()) {
			return onServer(serverUrl, ServerTestDatabase.environment(USER_VARIABLE), ServerTestDatabase.environment(PASSWORD_VARIABLE), () -> { });
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("The MariaDB integration tests cannot run: CI=true but " + URL_VARIABLE + " is not set "
				+ "(.ci/run starts a MariaDB server and sets it). The tests are never skipped.");
		}
		Path script = repositoryFile(SERVER_SCRIPT);
		String output = run(script, "start");
		Map<String, String> server = parseExports(output);
		Runnable stop = !output.contains("# started now") ? () -> { } : () -> {
			try {
				run(script, "stop");
			}
			catch (IOException | InterruptedException e) {
				System.err.println("Could not stop the test MariaDB: " + e.getMessage());
			}
		};
		return onServer(server.get(URL_VARIABLE), server.get(USER_VARIABLE), server.get(PASSWORD_VARIABLE), stop);
	}

	private static TestDatabase onServer(String serverUrl, String user, String password, Runnable afterDrop) throws SQLException {
		String name = "pv_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection admin = DriverManager.getConnection(serverUrl, user, password); Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		Runnable drop = () -> {
			try (Connection admin = DriverManager.getConnection(serverUrl, user, password); Statement statement = admin.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name);
			}
			catch (SQLException e) {
				System.err.println("Could not drop test database " + name + ": " + e.getMessage());
			}
			afterDrop.run();
		};
		return new ServerTestDatabase("mariadb", PostgresqlTestDatabase.withDatabase(serverUrl, name), user, password, drop);
	}

	static Map<String, String> parseExports(String output) {
		Map<String, String> values = new HashMap<>();
		Matcher export = EXPORT.matcher(output);
		while (export.find()) {
			values.put(export.group(1), export.group(2).trim());
		}
		if (!values.containsKey(URL_VARIABLE)) {
			throw new IllegalStateException(SERVER_SCRIPT + " printed no " + URL_VARIABLE + ":\n" + output);
		}
		return values;
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
