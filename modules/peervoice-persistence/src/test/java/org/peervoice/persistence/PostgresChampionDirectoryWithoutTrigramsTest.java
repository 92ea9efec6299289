package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The champion directory contract on a PostgreSQL database where {@code CREATE EXTENSION pg_trgm} fails, as in a portal
 * database whose user lacks the right: start-up still succeeds, without the trigram index, and every search answers the
 * same. (The test user may create extensions, so the failure is made by a function of pg_trgm's name already there.)
 */
@EnabledIfEnvironmentVariable(named = PostgresSuggestionBoxTest.URL_VARIABLE, matches = ".+")
class PostgresChampionDirectoryWithoutTrigramsTest extends PostgresChampionDirectoryTest {

	@Override
	void beforeMigration(DataSource empty) throws Exception {
		try (Connection connection = empty.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE FUNCTION similarity(text, text) RETURNS real LANGUAGE sql AS 'SELECT 0::real'");
		}
	}

	@Override
	boolean withTrigrams() {
		return false;
	}

}
