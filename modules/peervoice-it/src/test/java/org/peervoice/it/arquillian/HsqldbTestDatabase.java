package org.peervoice.it.arquillian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** An HSQLDB file database in a fresh temporary folder, as the dev portal uses by default. */
final class HsqldbTestDatabase extends TestDatabase {

	private final Path folder;

	private HsqldbTestDatabase(Path folder) {
		this.folder = folder;
	}

	static HsqldbTestDatabase create() throws IOException {
		return new HsqldbTestDatabase(Files.createTempDirectory("pv-it-hsqldb"));
	}

	Path folder() {
		return folder;
	}

	@Override
	public String kind() {
		return "hsqldb";
	}

	@Override
	public String jdbcUrl() {
		return "jdbc:hsqldb:file:" + folder.resolve("peervoice");
	}

	@Override
	public String user() {
		return "SA";
	}

	@Override
	public String password() {
		return "";
	}

	@Override
	public void close() {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
		catch (SQLException alreadyDown) {
			// the portal may have shut it down itself
		}
		TemporaryFolders.delete(folder);
	}

}
