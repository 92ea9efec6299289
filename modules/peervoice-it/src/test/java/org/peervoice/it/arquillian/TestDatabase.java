package org.peervoice.it.arquillian;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A database made for one test run and thrown away after it. Tests reach it over JDBC to read
 * what the application stored, exactly as a database reader would.
 */
public abstract class TestDatabase implements AutoCloseable {

	public abstract String kind();

	public abstract String jdbcUrl();

	public abstract String user();

	public abstract String password();

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), user(), password());
	}

	@Override
	public abstract void close();

	static TestDatabase create(String kind) throws Exception {
		if ("hsqldb".equals(kind)) {
			return HsqldbTestDatabase.create();
		}
		if ("postgresql".equals(kind)) {
			return PostgresqlTestDatabase.create();
		}
		if ("mariadb".equals(kind)) {
			return MariadbTestDatabase.create();
		}
		throw new IllegalArgumentException("unknown database kind " + kind);
	}

}
