package org.peervoice.devportal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.peervoice.core.anonymity.MixingTimer;
import org.peervoice.core.notification.NotificationTimer;
import org.peervoice.core.kernel.PeerVoiceRole;

/**
 * How to start a {@link DevPortal}. Immutable: every setter returns a changed copy.
 *
 * <pre>
 * DevPortalSettings.defaults().port(0).dataDirectory(dir).seedDemoData(false)
 * </pre>
 *
 * Without {@link #jdbc(String, String, String)} the database is an HSQLDB file database under
 * {@code <dataDirectory>/db}. The server secret lives outside the data directory (see {@link #serverSecretFile(Path)}),
 * so a copy of the database files never carries the key to the votes in them.
 */
public final class DevPortalSettings {

	/** The most synthetic users the load-test directory holds. */
	public static final int MAX_LOAD_TEST_USERS = 20_000;
	public static final int MAX_HTTP_THREADS = 1_000;

	private final int port;
	private final Path dataDirectory;
	private final Path serverSecretFile;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final String jdbcPassword;
	private final boolean seedDemoData;
	private final Clock clock;
	private final List<DemoUser> extraUsers;
	private final Duration mixingInterval;
	private Duration notificationInterval = NotificationTimer.DEFAULT_INTERVAL;
	private int loadTestUsers;
	private int httpThreads;

	private DevPortalSettings(int port, Path dataDirectory, Path serverSecretFile, String jdbcUrl, String jdbcUser, String jdbcPassword, boolean seedDemoData,
		Clock clock, List<DemoUser> extraUsers, Duration mixingInterval) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be 0 (random) to 65535");
		}
		this.port = port;
		this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
		this.serverSecretFile = Objects.requireNonNull(serverSecretFile, "serverSecretFile");
		this.jdbcUrl = jdbcUrl;
		this.jdbcUser = jdbcUser;
		this.jdbcPassword = jdbcPassword;
		this.seedDemoData = seedDemoData;
		this.clock = Objects.requireNonNull(clock, "clock");
		this.extraUsers = List.copyOf(extraUsers);
		if (mixingInterval.isZero() || mixingInterval.isNegative()) {
			throw new IllegalArgumentException("mixingInterval must be positive");
		}
		this.mixingInterval = mixingInterval;
	}

	/**
	 * Port 8080, data in {@code ./data}, the server secret in {@code $XDG_CONFIG_HOME/peervoice/server-secret}
	 * (else {@code ~/.config/peervoice/server-secret}), HSQLDB, demo data seeded, system clock in UTC, mixing
	 * checked every minute.
	 */
	public static DevPortalSettings defaults() {
		return new DevPortalSettings(8080, Paths.get("data"), defaultServerSecretFile(), null, null, null, true, Clock.systemUTC(), List.of(), MixingTimer.DEFAULT_INTERVAL);
	}

	/** 0 picks a free port; {@link DevPortal#port()} tells which. */
	public DevPortalSettings port(int port) {
		return carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, jdbcUrl, jdbcUser, jdbcPassword, seedDemoData, clock, extraUsers, mixingInterval));
	}

	public DevPortalSettings dataDirectory(Path dataDirectory) {
		return carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, jdbcUrl, jdbcUser, jdbcPassword, seedDemoData, clock, extraUsers, mixingInterval));
	}

	/**
	 * The server secret file (see {@code ServerSecretFile}): created, owner-only, when absent; never inside the data
	 * directory. Portals that share a database must share this file, or votes are not de-duplicated between them.
	 */
	public DevPortalSettings serverSecretFile(Path serverSecretFile) {
		return carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, jdbcUrl, jdbcUser, jdbcPassword, seedDemoData, clock, extraUsers, mixingInterval));
	}

	/** Use this database (e.g. PostgreSQL) instead of the HSQLDB file database. */
	public DevPortalSettings jdbc(String url, String user, String password) {
		return carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, Objects.requireNonNull(url, "url"), user, password, seedDemoData, clock,
			extraUsers, mixingInterval));
	}

	public DevPortalSettings seedDemoData(boolean seedDemoData) {
		return carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, jdbcUrl, jdbcUser, jdbcPassword, seedDemoData, clock, extraUsers, mixingInterval));
	}

	public DevPortalSettings clock(Clock clock) {
		return carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, jdbcUrl, jdbcUser, jdbcPassword, seedDemoData, clock, extraUsers, mixingInterval));
	}

	/**
	 * One more demo user (password {@code demo}) besides alex, casey, lee and admin: for tests that
	 * need a user with unique, greppable values. Like every demo user, it holds its role's default
	 * permissions in each of its sites.
	 */
	public DevPortalSettings extraUser(String userKey, String screenName, String displayName, Set<Long> siteIds, PeerVoiceRole role) {
		List<DemoUser> users = new ArrayList<>(extraUsers);
		users.add(new DemoUser(userKey, screenName, displayName, siteIds, role));
		return carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, jdbcUrl, jdbcUser, jdbcPassword, seedDemoData, clock, users, mixingInterval));
	}

	/** How often the portal looks for sites whose anonymous writes are due for mixing (their window is a site setting). */
	public DevPortalSettings mixingInterval(Duration mixingInterval) {
		return carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, jdbcUrl, jdbcUser, jdbcPassword, seedDemoData, clock, extraUsers,
			Objects.requireNonNull(mixingInterval, "mixingInterval")));
	}

	public Duration mixingInterval() {
		return mixingInterval;
	}

	/**
	 * How often the portal delivers pending notifications and due review digests (docs/notifications.md). Tests that
	 * count rows set a long one and deliver with {@link DevPortal#deliverNotificationsNow()}.
	 */
	public DevPortalSettings notificationInterval(Duration interval) {
		if (interval.isZero() || interval.isNegative()) {
			throw new IllegalArgumentException("notificationInterval must be positive");
		}
		DevPortalSettings changed = carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, jdbcUrl, jdbcUser, jdbcPassword,
			seedDemoData, clock, extraUsers, mixingInterval));
		changed.notificationInterval = interval;
		return changed;
	}

	private DevPortalSettings carried(DevPortalSettings changed) {
		changed.notificationInterval = notificationInterval;
		changed.loadTestUsers = loadTestUsers;
		changed.httpThreads = httpThreads;
		return changed;
	}

	/**
	 * How many request threads the servlet container runs at most; 0 (the default) keeps Tomcat's (200). Main reads
	 * {@code PEERVOICE_HTTP_THREADS}. On a node of few cores a smaller pool spends less CPU on switching between threads
	 * (docs/benchmarks.md, town hall); requests beyond it wait in the container's queue.
	 */
	public DevPortalSettings httpThreads(int count) {
		if (count < 0 || count > MAX_HTTP_THREADS) {
			throw new IllegalArgumentException("httpThreads must be 0 (Tomcat's default) to " + MAX_HTTP_THREADS);
		}
		DevPortalSettings changed = carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, jdbcUrl, jdbcUser, jdbcPassword,
			seedDemoData, clock, extraUsers, mixingInterval));
		changed.httpThreads = count;
		return changed;
	}

	public int httpThreads() {
		return httpThreads;
	}

	/**
	 * The load-test directory (docs/benchmarks.md, town-hall load): {@code count} synthetic members of Riverside,
	 * {@code load-1} to {@code load-<count>}, password {@code demo}, checked by one SHA-256 instead of bcrypt (the
	 * benchmark measures the town hall, not password hashing). Off (0) unless set: the dev portal's Main turns it on
	 * only from the explicit setting {@code PEERVOICE_LOAD_TEST_USERS} (system property or environment).
	 */
	public DevPortalSettings loadTestUsers(int count) {
		if (count < 0 || count > MAX_LOAD_TEST_USERS) {
			throw new IllegalArgumentException("loadTestUsers must be 0 to " + MAX_LOAD_TEST_USERS);
		}
		DevPortalSettings changed = carried(new DevPortalSettings(port, dataDirectory, serverSecretFile, jdbcUrl, jdbcUser, jdbcPassword,
			seedDemoData, clock, extraUsers, mixingInterval));
		changed.loadTestUsers = count;
		return changed;
	}

	public int loadTestUsers() {
		return loadTestUsers;
	}

	public Duration notificationInterval() {
		return notificationInterval;
	}

	public int port() {
		return port;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	public Path serverSecretFile() {
		return serverSecretFile;
	}

	public boolean seedDemoData() {
		return seedDemoData;
	}

	public Clock clock() {
		return clock;
	}

	/**
	 * Makes the embedded HSQLDB file database keep every commit it acknowledged through a {@code kill -9}: HSQLDB
	 * writes its log half a second late by default, so a killed dev portal lost the writes of its last half second,
	 * and a new database everything since it was created (DevPortalDurabilityTest, docs/reliability.md). Set on every
	 * start (a property of the database's files, so databases made before this change get it too); a commit then waits
	 * for the log to reach the disk.
	 */
	static void makeCommitsDurable(java.sql.Connection embedded) throws java.sql.SQLException {
		try (java.sql.Statement statement = embedded.createStatement()) {
			statement.execute("SET FILES WRITE DELAY FALSE");
		}
	}

	/** The explicit JDBC URL, or the HSQLDB file database under the data directory. */
	public String jdbcUrl() {
		if (jdbcUrl != null) {
			return jdbcUrl;
		}
		return "jdbc:hsqldb:file:" + dataDirectory.toAbsolutePath().resolve("db").resolve("peervoice") + ";hsqldb.lock_file=true";
	}

	public String jdbcUser() {
		return jdbcUrl != null ? jdbcUser : "SA";
	}

	public String jdbcPassword() {
		return jdbcUrl != null ? jdbcPassword : "";
	}

	static Path defaultServerSecretFile() {
		String configHome = System.getenv("XDG_CONFIG_HOME");
		Path base = configHome == null || configHome.isBlank() ? Paths.get(System.getProperty("user.home"), ".config") : Paths.get(configHome);
		return base.resolve("peervoice").resolve("server-secret");
	}

	List<DemoUser> extraUsers() {
		return extraUsers;
	}

	boolean usesEmbeddedDatabase() {
		return jdbcUrl == null;
	}

	@Override
	public String toString() {
		return "DevPortalSettings[port=" + port + ", dataDirectory=" + dataDirectory + ", serverSecretFile=" + serverSecretFile + ", database="
			+ (jdbcUrl == null ? "hsqldb" : "jdbc") + ", seedDemoData=" + seedDemoData + (loadTestUsers > 0 ? ", loadTestUsers=" + loadTestUsers : "") + "]";
	}

}
