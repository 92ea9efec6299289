package org.peervoice.it.arquillian;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL, never silently skipped: the server named by {@code PEERVOICE_TEST_POSTGRES_URL}
 * (with {@code _USER} and {@code _PASSWORD}) gets a fresh database that is dropped afterwards;
 * without it an embedded PostgreSQL from Maven artifacts is started, which PostgreSQL refuses
 * to do as root, so root without the variable is an error that says what to do.
 */
final class PostgresqlTestDatabase {

	static final String URL_VARIABLE = "PEERVOICE_TEST_POSTGRES_URL";
	static final String USER_VARIABLE = "PEERVOICE_TEST_POSTGRES_USER";
	static final String PASSWORD_VARIABLE = "PEERVOICE_TEST_POSTGRES_PASSWORD";

	private PostgresqlTestDatabase() {
	}

	static TestDatabase create() throws Exception {
		String serverUrl = System.getenv(URL_VARIABLE);
		if (serverUrl != null && !serverUrl.isBlank()) {
			return onServer(serverUrl, ServerTestDatabase.environment(USER_VARIABLE), ServerTestDatabase.environment(PASSWORD_VARIABLE));
		}
		if ("root".equals(System.getProperty("user.name"))) {
			throw new IllegalStateException("The PostgreSQL integration tests cannot run: " + URL_VARIABLE + " is not set, and an embedded "
				+ "PostgreSQL cannot be started as root (PostgreSQL refuses to run as root). Either run the tests as a normal user, "
				+ "or point them at a server whose user may create databases, e.g. export " + URL_VARIABLE
				+ "=jdbc:postgresql://localhost:5432/postgres " + USER_VARIABLE + "=peervoice " + PASSWORD_VARIABLE
				+ "=secret (.ci/run does this with Debian's postgresql package). The tests are never skipped.");
		}
		return embedded();
	}

	private static TestDatabase onServer(String serverUrl, String user, String password) throws SQLException {
		String name = "pv_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection admin = DriverManager.getConnection(serverUrl, user, password); Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		Runnable drop = () -> {
			try (Connection admin = DriverManager.getConnection(serverUrl, user, password); Statement statement = admin.createStatement()) {
				try {
					statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				}
				catch (SQLException beforePostgresql13) {
					statement.execute("DROP DATABASE IF EXISTS " + name);
				}
			}
			catch (SQLException e) {
				System.err.println("Could not drop test database " + name + ": " + e.getMessage());
			}
		};
		return new ServerTestDatabase("postgresql", withDatabase(serverUrl, name), user, password, drop);
	}

	private static TestDatabase embedded() throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
		Runnable stop = () -> {
			try {
				postgres.close();
			}
			catch (Exception e) {
				System.err.println("Could not stop embedded PostgreSQL: " + e.getMessage());
			}
		};
		return new ServerTestDatabase("postgresql", postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", stop);
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
