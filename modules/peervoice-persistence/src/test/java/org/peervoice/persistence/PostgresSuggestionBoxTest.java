package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The same contract on a real PostgreSQL server, in a database of its own per test. The server is the one named by
 * {@code PEERVOICE_TEST_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}, or credentials in the URL); the
 * integration tests of {@code peervoice-it} run on PostgreSQL in every build and fail loudly when they cannot.
 */
@EnabledIfEnvironmentVariable(named = PostgresSuggestionBoxTest.URL_VARIABLE, matches = ".+")
class PostgresSuggestionBoxTest extends SuggestionBoxContract {

	static final String URL_VARIABLE = "PEERVOICE_TEST_POSTGRES_URL";

	// each of PostgreSQL's mixings is slow here (80 requests each took a minute); PostgreSQL never showed the fault
	@Override
	int toggleRounds() {
		return 20;
	}

	/** The migrated database the tests' own are copied from, made once per test run; dropped when the run ends. */
	private static String template;

	@Override
	DataSource createDataSource() throws Exception {
		return pooled(createDatabase(""));
	}

	/**
	 * A database of its own, already migrated: a copy of one database migrated once per run ({@code CREATE DATABASE
	 * ... TEMPLATE}). Migrating took most of each test's second or two here; the migrations themselves are still run by
	 * the tests that start from {@link #createDataSource() an empty database}.
	 */
	@Override
	DataSource createTestDataSource() throws Exception {
		return pooled(createDatabase(" TEMPLATE " + template()));
	}

	/**
	 * The database's connections in a pool, as a portal serves them: without one every unit of work opened a
	 * connection of its own, and a new PostgreSQL connection (a server process and a password exchange) took a tenth
	 * to a third of a second here, most of these tests' time. Hikari gives each borrower a connection with the
	 * settings it was made with (isolation, auto-commit, read-only), and the pool is larger than any test's threads,
	 * so no race waits for a connection.
	 */
	private static HikariDataSource pooled(PGSimpleDataSource database) {
		HikariConfig config = new HikariConfig();
		config.setDataSource(database);
		config.setPoolName(database.getDatabaseName());
		config.setMaximumPoolSize(POOL_SIZE);
		config.setMinimumIdle(0);
		return new HikariDataSource(config);
	}

	/** More than the most threads a contract test runs at once (a mixing race: 6 voters and their mixers). */
	private static final int POOL_SIZE = 16;

	private static synchronized String template() throws Exception {
		if (template == null) {
			PGSimpleDataSource empty = createDatabase("");
			PeerVoiceDatabase.open(empty).close();
			String name = empty.getDatabaseName();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
			template = name;
		}
		return template;
	}

	private static PGSimpleDataSource createDatabase(String clause) throws SQLException {
		String database = "pv_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection connection = server().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database + clause);
		}
		PGSimpleDataSource dataSource = server();
		dataSource.setDatabaseName(database);
		return dataSource;
	}

	@Override
	void dropDataSource(DataSource dataSource) throws Exception {
		HikariDataSource pool = (HikariDataSource) dataSource;
		String name = pool.unwrap(PGSimpleDataSource.class).getDatabaseName();
		pool.close();
		drop(name);
	}

	private static void drop(String name) {
		// FORCE cannot end an autovacuum worker that a non-superuser does not own: it is gone within moments, so try
		// again; a database left behind in a test server harms no test.
		for (int attempt = 1; attempt <= 10; attempt++) {
			try (Connection connection = server().getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				return;
			}
			catch (SQLException busy) {
				if (attempt == 10) {
					System.err.println("Could not drop test database " + name + ": " + busy.getMessage());
					return;
				}
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static PGSimpleDataSource server() {
		PGSimpleDataSource server = new PGSimpleDataSource();
		server.setURL(System.getenv(URL_VARIABLE));
		String user = System.getenv("PEERVOICE_TEST_POSTGRES_USER");
		if (user != null && !user.isEmpty()) {
			server.setUser(user);
			server.setPassword(System.getenv("PEERVOICE_TEST_POSTGRES_PASSWORD"));
		}
		return server;
	}

}
