package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.TargetDatabase;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.peervoice.core.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PeerVoice's tables in a host's database: {@link #open} migrates the schema (Flyway, whose
 * database lock makes concurrent start-up of cluster nodes safe) and then starts JPA on it.
 */
public final class PeerVoiceDatabase implements AutoCloseable {

	static final String MIGRATIONS = "classpath:db/peervoice/migration";
	/** Versions of their own that only MariaDB runs, after the common ones (docs/architecture.md, "MariaDB"). */
	static final String MARIADB_MIGRATIONS = "classpath:db/peervoice/mariadb";
	static final String HISTORY_TABLE = "PV_SCHEMA_HISTORY";

	private static final Logger LOG = LoggerFactory.getLogger(PeerVoiceDatabase.class);
	/** How long a node starting on a new database waits for another node to start the migration history. */
	static final Duration HISTORY_START_WAIT = Duration.ofSeconds(60);

	private final EntityManagerFactory factory;
	private final JpaUnitOfWork unitOfWork;

	private PeerVoiceDatabase(EntityManagerFactory factory) {
		this.factory = factory;
		this.unitOfWork = new JpaUnitOfWork(factory);
	}

	public static PeerVoiceDatabase open(DataSource dataSource) {
		return open(dataSource, dataSource);
	}

	/**
	 * Migrates through {@code migrations} and serves through {@code requests}: a host whose request connections bound
	 * every statement to a few seconds (docs/reliability.md) still lets a long migration finish.
	 */
	public static PeerVoiceDatabase open(DataSource migrations, DataSource requests) {
		ClassLoader classLoader = PeerVoiceDatabase.class.getClassLoader();
		migrate(migrations, classLoader);
		// HSQLDB bounds no wait for another transaction's row or table: PeerVoice does (HsqldbWaitLimit)
		DataSource dataSource = HsqldbWaitLimit.bounding(requests);
		Map<String, Object> overrides = jpaOverrides(classLoader);
		if (isMariadb(dataSource)) {
			// EclipseLink 2.7 knows MariaDB only by the name "MySQL", which MariaDB's own driver no longer reports.
			overrides.put(PersistenceUnitProperties.TARGET_DATABASE, TargetDatabase.MySQL);
		}
		EntityManagerFactory factory = new PersistenceProvider()
			.createContainerEntityManagerFactory(new PeerVoicePersistenceUnit(dataSource, classLoader, jpaProperties(overrides)), overrides);
		if (factory == null) {
			throw new IllegalStateException("EclipseLink did not create the PeerVoice persistence unit");
		}
		// Connect now, so a broken configuration fails at start-up rather than on the first request.
		factory.createEntityManager().close();
		return new PeerVoiceDatabase(factory);
	}

	/**
	 * Brings the database up to date. Nodes of a cluster start together on a new database: Flyway serializes their
	 * migrations, but not the start of the history in a portal's database (its table created, then the baseline row
	 * written). A node that finds the table another node has just created, still without a row, fails ("Unable to
	 * baseline ... it already exists, and is empty"), and so may one that creates it at the same moment. So a failed
	 * migration runs again after a second once, and for as long as the history table stays empty, at most
	 * {@link #HISTORY_START_WAIT}: by then the other node has written its row, and this one finds the history started
	 * (docs/reliability.md, "Two nodes starting at once").
	 */
	static void migrate(DataSource dataSource, ClassLoader classLoader) {
		long deadline = System.nanoTime() + HISTORY_START_WAIT.toNanos();
		for (int attempt = 1;; attempt++) {
			try {
				int applied = migrations(dataSource, classLoader).load().migrate().migrationsExecuted;
				LOG.info("PeerVoice database is up to date ({} migrations applied now)", applied);
				return;
			}
			catch (FlywayException failed) {
				boolean historyStarting = historyRows(dataSource) == 0;
				if (!(attempt == 1 || historyStarting) || System.nanoTime() > deadline) {
					throw failed;
				}
				LOG.info("PeerVoice's migration history is being started by another node; migrating again in a second ({})",
					failed.getClass().getName());
				try {
					Thread.sleep(1_000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw failed;
				}
			}
		}
	}

	/** The rows of the migration history, or -1 without its table. */
	static long historyRows(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			String quote = connection.getMetaData().getIdentifierQuoteString().trim();
			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + quote + HISTORY_TABLE + quote)) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException noTable) {
			return -1;
		}
	}

	/** Our migrations on this database; tests stop them at a version ({@code target}) to fill an older schema. */
	static FluentConfiguration migrations(DataSource dataSource, ClassLoader classLoader) {
		// A portal database already holds the portal's tables: start our history at version 0 beside them.
		String[] locations = isMariadb(dataSource) ? new String[] {MIGRATIONS, MARIADB_MIGRATIONS} : new String[] {MIGRATIONS};
		return Flyway.configure(classLoader)
			.dataSource(dataSource)
			.locations(locations)
			.javaMigrations(new V2_1__Unlink_votes_from_their_voters(), new V6_2__Index_champion_listings_for_search(),
				new V17__Champion_search_trigram_index(), new V20__Recognition_off_board_when_it_names_a_hidden_recipient(),
				new V23__Recognition_off_board_when_it_names_a_hidden_recipient_as_read())
			.table(HISTORY_TABLE)
			.baselineOnMigrate(true)
			.baselineVersion("0");
	}

	/** MariaDB through its own driver ("MariaDB") or through MySQL's (which reports "MySQL" and a "-MariaDB" version). */
	static boolean isMariadb(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			return (metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion()).toLowerCase(Locale.ROOT).contains("mariadb");
		}
		catch (SQLException unreachable) {
			throw new IllegalStateException("Cannot reach the PeerVoice database: " + unreachable.getMessage(), unreachable);
		}
	}

	/** The name of the database dialect EclipseLink speaks here, for tests. */
	String platformName() {
		return JpaHelper.getEntityManagerFactory(factory).getServerSession().getPlatform().getClass().getSimpleName();
	}

	private static Properties jpaProperties(Map<String, Object> overrides) {
		Properties properties = new Properties();
		properties.putAll(overrides);
		properties.remove(PersistenceUnitProperties.CLASSLOADER);
		return properties;
	}

	private static Map<String, Object> jpaOverrides(ClassLoader classLoader) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(PersistenceUnitProperties.CLASSLOADER, classLoader);
		// EclipseLink keeps one session per session name in a static registry: without a name of its own, a second
		// database opened in the same JVM (two portals, a test beside a running host) would share the first's session.
		properties.put(PersistenceUnitProperties.SESSION_NAME, "peervoice-" + UUID.randomUUID());
		properties.put(PersistenceUnitProperties.WEAVING, "false");
		// Several portal nodes share one database: a shared cache could serve another node's stale data.
		properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
		properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
		properties.put(PersistenceUnitProperties.LOGGING_LOGGER, Slf4jSessionLog.class.getName());
		properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
		// Bound values are user text (possibly anonymous); they never go to a log, whatever the level.
		properties.put(PersistenceUnitProperties.LOGGING_PARAMETERS, "false");
		properties.put(PersistenceUnitProperties.TARGET_SERVER, "None");
		properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, SessionSettings.class.getName());
		return properties;
	}

	public UnitOfWork unitOfWork() {
		return unitOfWork;
	}

	@Override
	public void close() {
		if (factory.isOpen()) {
			factory.close();
		}
	}

}
