package org.peervoice.persistence;

import javax.sql.DataSource;

/** The live town hall contract (two nodes) on HSQLDB in memory, as {@link HsqldbSuggestionBoxTest} opens it. */
class HsqldbTownHallLiveTest extends TownHallLiveContract {

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
