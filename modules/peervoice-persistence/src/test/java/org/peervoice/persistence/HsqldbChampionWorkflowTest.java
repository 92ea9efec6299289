package org.peervoice.persistence;

import javax.sql.DataSource;

/** The champion workflow contract with the database set-up of {@link HsqldbSuggestionBoxTest}. */
class HsqldbChampionWorkflowTest extends ChampionWorkflowContract {

	private final HsqldbSuggestionBoxTest databases = new HsqldbSuggestionBoxTest();

	@Override
	DataSource createDataSource() {
		return databases.createDataSource();
	}

	@Override
	void dropDataSource(DataSource dataSource) throws Exception {
		databases.dropDataSource(dataSource);
	}

}
