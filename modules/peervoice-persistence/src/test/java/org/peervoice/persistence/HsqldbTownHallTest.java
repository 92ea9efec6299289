package org.peervoice.persistence;

import javax.sql.DataSource;

/** The town hall contract on HSQLDB in memory, as {@link HsqldbSuggestionBoxTest} opens it. */
class HsqldbTownHallTest extends TownHallContract {

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
