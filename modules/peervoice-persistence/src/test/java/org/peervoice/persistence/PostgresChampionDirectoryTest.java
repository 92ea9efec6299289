package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The champion directory contract on PostgreSQL, with the server set-up of {@link PostgresSuggestionBoxTest}, where the
 * migration V17 may create pg_trgm (the test user may): the word search has its trigram index.
 */
@EnabledIfEnvironmentVariable(named = PostgresSuggestionBoxTest.URL_VARIABLE, matches = ".+")
class PostgresChampionDirectoryTest extends ChampionDirectoryContract {

	private final PostgresSuggestionBoxTest databases = new PostgresSuggestionBoxTest();
	private DataSource current;

	@Override
	DataSource createDataSource() throws Exception {
		current = databases.createDataSource();
		return current;
	}

	// without trigrams, the database must be empty for beforeMigration
	@Override
	DataSource createTestDataSource() throws Exception {
		current = withTrigrams() ? databases.createTestDataSource() : databases.createDataSource();
		return current;
	}

	@Override
	void dropDataSource(DataSource dataSource) throws Exception {
		databases.dropDataSource(dataSource);
	}

	/** Whether this database gets pg_trgm and the index. */
	boolean withTrigrams() {
		return true;
	}

	@Test
	void theMigrationLeavesTheTrigramIndexWhereItMayAndSucceedsEitherWay() throws SQLException {
		try (Connection connection = current.getConnection(); Statement statement = connection.createStatement()) {
			assertEquals(withTrigrams(), exists(statement, "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"), "pg_trgm");
			assertEquals(withTrigrams(), exists(statement, "SELECT 1 FROM pg_indexes WHERE indexname = '"
				+ V17__Champion_search_trigram_index.INDEX + "'"), "the trigram index");
			assertEquals(true, exists(statement, "SELECT 1 FROM \"" + PeerVoiceDatabase.HISTORY_TABLE + "\""
				+ " WHERE \"version\" = '17' AND \"success\""), "V17 is recorded as applied");
		}
	}

	private static boolean exists(Statement statement, String query) throws SQLException {
		try (ResultSet rows = statement.executeQuery(query)) {
			return rows.next();
		}
	}

}
