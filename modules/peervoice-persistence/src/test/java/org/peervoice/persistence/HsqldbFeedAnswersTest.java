package org.peervoice.persistence;

import javax.sql.DataSource;

class HsqldbFeedAnswersTest extends FeedAnswersContract {

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
