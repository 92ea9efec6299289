package org.peervoice.persistence;

import javax.sql.DataSource;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The migration start contract with the database set-up of {@link PostgresSuggestionBoxTest}. */
@EnabledIfEnvironmentVariable(named = PostgresSuggestionBoxTest.URL_VARIABLE, matches = ".+")
class PostgresMigrationStartTest extends MigrationStartContract {

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
