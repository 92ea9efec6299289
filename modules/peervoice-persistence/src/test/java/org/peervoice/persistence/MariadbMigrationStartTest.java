package org.peervoice.persistence;

import javax.sql.DataSource;

import org.junit.jupiter.api.condition.EnabledIf;

/** The migration start contract with the database set-up of {@link MariadbSuggestionBoxTest}. */
@EnabledIf("org.peervoice.persistence.MariadbSuggestionBoxTest#serverNamedOrRunningInCi")
class MariadbMigrationStartTest extends MigrationStartContract {

	private final MariadbSuggestionBoxTest databases = new MariadbSuggestionBoxTest();

	@Override
	DataSource createDataSource() throws Exception {
		return databases.createDataSource();
	}

	@Override
	void dropDataSource(DataSource dataSource) throws Exception {
		databases.dropDataSource(dataSource);
	}

}
