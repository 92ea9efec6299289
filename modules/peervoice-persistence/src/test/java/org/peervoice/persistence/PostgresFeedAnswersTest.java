package org.peervoice.persistence;

import javax.sql.DataSource;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The board feed's per-node pages on PostgreSQL (server set-up of {@link PostgresSuggestionBoxTest}). */
@EnabledIfEnvironmentVariable(named = PostgresSuggestionBoxTest.URL_VARIABLE, matches = ".+")
class PostgresFeedAnswersTest extends FeedAnswersContract {

	private final PostgresSuggestionBoxTest databases = new PostgresSuggestionBoxTest();

	@Override
	DataSource createDataSource() throws Exception {
		return databases.createDataSource();
	}

	@Override
	void dropDataSource(DataSource dataSource) throws Exception {
		databases.dropDataSource(dataSource);
	}

}
