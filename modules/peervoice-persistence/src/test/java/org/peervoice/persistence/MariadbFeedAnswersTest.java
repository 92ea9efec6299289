package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.condition.EnabledIf;

/** The board feed's per-node pages on MariaDB (server set-up of {@link MariadbSuggestionBoxTest}). */
@EnabledIf("org.peervoice.persistence.MariadbSuggestionBoxTest#serverNamedOrRunningInCi")
class MariadbFeedAnswersTest extends FeedAnswersContract {

	@Override
	DataSource createDataSource() throws Exception {
		return MariadbSuggestionBoxTest.server(MariadbSuggestionBoxTest.withDatabase(MariadbSuggestionBoxTest.serverUrl(),
			MariadbSuggestionBoxTest.createDatabase("CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci")));
	}

	@Override
	void dropDataSource(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE " + connection.getCatalog());
		}
	}

}
