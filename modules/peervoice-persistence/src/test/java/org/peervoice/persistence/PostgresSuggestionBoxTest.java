package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/** The same contract on a real PostgreSQL server, in a schema of its own per test. */
@EnabledIfEnvironmentVariable(named = PostgresSuggestionBoxTest.URL_VARIABLE, matches = ".+")
class PostgresSuggestionBoxTest extends SuggestionBoxContract {

	static final String URL_VARIABLE = "PEERVOICE_TEST_POSTGRES_URL";

	@Override
	DataSource createDataSource() throws Exception {
		PGSimpleDataSource admin = new PGSimpleDataSource();
		admin.setURL(System.getenv(URL_VARIABLE));
		String schema = "pv_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(System.getenv(URL_VARIABLE));
		dataSource.setCurrentSchema(schema);
		return dataSource;
	}

	@Override
	void dropDataSource(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA " + ((PGSimpleDataSource) dataSource).getCurrentSchema() + " CASCADE");
		}
	}

}
