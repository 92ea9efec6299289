package org.peervoice.it.arquillian;

/**
 * A fresh database on a database server (PostgreSQL, MariaDB): where it is, who may use it, and what throws it away
 * afterwards (drop the database, stop a server the tests started).
 */
final class ServerTestDatabase extends TestDatabase {

	private final String kind;
	private final String jdbcUrl;
	private final String user;
	private final String password;
	private final Runnable disposal;

	ServerTestDatabase(String kind, String jdbcUrl, String user, String password, Runnable disposal) {
		this.kind = kind;
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
		this.disposal = disposal;
	}

	/** An environment variable's value, "" when it is not set. */
	static String environment(String name) {
		String value = System.getenv(name);
		return value == null ? "" : value;
	}

	@Override
	public String kind() {
		return kind;
	}

	@Override
	public String jdbcUrl() {
		return jdbcUrl;
	}

	@Override
	public String user() {
		return user;
	}

	@Override
	public String password() {
		return password;
	}

	@Override
	public void close() {
		disposal.run();
	}

}
