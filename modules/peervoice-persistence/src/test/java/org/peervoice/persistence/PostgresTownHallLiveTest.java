package org.peervoice.persistence;

import javax.sql.DataSource;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The live town hall contract (two nodes) on PostgreSQL, with the server set-up of {@link PostgresSuggestionBoxTest}. */
@EnabledIfEnvironmentVariable(named = PostgresSuggestionBoxTest.URL_VARIABLE, matches = ".+")
class PostgresTownHallLiveTest extends TownHallLiveContract {

	private final PostgresSuggestionBoxTest databases = new PostgresSuggestionBoxTest();

	@Override
	DataSource createDataSource() throws Exception {
		return databases.createDataSource();
	}

	@Override
	DataSource createTestDataSource() throws Exception {
		return databases.createTestDataSource();
	}

	@Override
	void dropDataSource(DataSource dataSource) throws Exception {
		databases.dropDataSource(dataSource);
	}

}
