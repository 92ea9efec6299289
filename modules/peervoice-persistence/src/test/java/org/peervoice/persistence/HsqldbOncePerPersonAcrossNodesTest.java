package org.peervoice.persistence;

import javax.sql.DataSource;

/** The once-per-person contract on two nodes on HSQLDB in memory, as {@link HsqldbSuggestionBoxTest} opens it. */
class HsqldbOncePerPersonAcrossNodesTest extends OncePerPersonAcrossNodesContract {

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
