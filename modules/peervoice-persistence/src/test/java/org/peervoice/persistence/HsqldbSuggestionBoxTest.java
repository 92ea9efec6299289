package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;

class HsqldbSuggestionBoxTest extends SuggestionBoxContract {

	@Override
	DataSource createDataSource() {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:mem:pv" + UUID.randomUUID().toString().replace("-", "") + ";hsqldb.tx=mvcc");
		dataSource.setUser("SA");
		dataSource.setPassword("");
		return dataSource;
	}

	@Override
	void dropDataSource(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
	}

}
