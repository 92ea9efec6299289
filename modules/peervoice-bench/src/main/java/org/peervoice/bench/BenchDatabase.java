package org.peervoice.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.hsqldb.jdbc.JDBCDataSource;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.persistence.PeerVoiceDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for one benchmark fork, and the services on it: on the PostgreSQL server named by
 * {@code PEERVOICE_BENCH_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}) a database of its own, pooled as in the
 * dev portal (16 connections, one per concurrent reader) and dropped on {@link #close()}; else HSQLDB in memory.
 */
final class BenchDatabase implements AutoCloseable {

	static final String URL_VARIABLE = "PEERVOICE_BENCH_POSTGRES_URL";

	private final DataSource dataSource;
	private final PeerVoiceDatabase database;
	private final PeerVoiceServices services;
	private final String dropStatement;

	private BenchDatabase(DataSource dataSource, String dropStatement, PeopleDirectory people) {
		this.dataSource = dataSource;
		this.database = PeerVoiceDatabase.open(dataSource);
		this.services = new PeerVoiceServices(database.unitOfWork(), () -> "a-benchmark-server-secret-32-bytes"
			.getBytes(StandardCharsets.US_ASCII), Clock.systemUTC(), people);
		this.dropStatement = dropStatement;
	}

	static BenchDatabase open(PeopleDirectory people) throws SQLException {
		String server = System.getenv(URL_VARIABLE);
		if (server != null && !server.isBlank()) {
			String name = "pv_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			try (Connection connection = postgres(server).getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + name);
			}
			PGSimpleDataSource own = postgres(server);
			own.setDatabaseName(name);
			HikariConfig pool = new HikariConfig();
			pool.setDataSource(own);
			pool.setMaximumPoolSize(16);
			return new BenchDatabase(new HikariDataSource(pool), "DROP DATABASE " + name, people);
		}
		JDBCDataSource memory = new JDBCDataSource();
		memory.setUrl("jdbc:hsqldb:mem:bench" + UUID.randomUUID().toString().replace("-", "") + ";hsqldb.tx=mvcc");
		memory.setUser("SA");
		memory.setPassword("");
		return new BenchDatabase(memory, null, people);
	}

	private static PGSimpleDataSource postgres(String url) {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(url);
		source.setUser(System.getenv("PEERVOICE_BENCH_POSTGRES_USER"));
		source.setPassword(System.getenv("PEERVOICE_BENCH_POSTGRES_PASSWORD"));
		return source;
	}

	DataSource dataSource() {
		return dataSource;
	}

	PeerVoiceServices services() {
		return services;
	}

	boolean isPostgres() {
		return dropStatement != null;
	}

	/**
	 * After a bulk load by plain JDBC, as autovacuum would do some time later: planner statistics, and the visibility
	 * map that lets PostgreSQL read an index only. Outside a transaction: an ANALYZE in one that is never committed is
	 * lost, and the planner then takes each condition for one row.
	 */
	void analyze(Connection connection) throws SQLException {
		if (isPostgres()) {
			connection.setAutoCommit(true);
			try (Statement vacuum = connection.createStatement()) {
				vacuum.execute("VACUUM ANALYZE");
			}
		}
	}

	@Override
	public void close() throws SQLException {
		database.close();
		if (dataSource instanceof HikariDataSource) {
			((HikariDataSource) dataSource).close();
		}
		if (dropStatement != null) {
			try (Connection connection = postgres(System.getenv(URL_VARIABLE)).getConnection(); Statement statement = connection.createStatement()) {
				statement.execute(dropStatement);
			}
		}
		else {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
		}
	}

}
