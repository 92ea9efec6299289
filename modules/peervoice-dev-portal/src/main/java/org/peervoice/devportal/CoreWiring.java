package org.peervoice.devportal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.enterprise.context.Dependent;
import javax.enterprise.inject.Disposes;
import javax.enterprise.inject.Produces;
import javax.inject.Singleton;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.kernel.ServerSecret;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.persistence.PeerVoiceDatabase;

/** Produces what the core needs from this host: settings, clock, database, unit of work, services. */
@Dependent
class CoreWiring {

	static final String SETTINGS_ATTRIBUTE = DevPortalSettings.class.getName();

	private static final Logger LOG = Logger.getLogger(CoreWiring.class.getName());

	@Produces
	@Singleton
	DevPortalSettings settings(HostSettings host) {
		return host.settings();
	}

	@Produces
	@Singleton
	Clock clock(DevPortalSettings settings) {
		return settings.clock();
	}

	@Produces
	@Singleton
	HikariDataSource connectionPool(DevPortalSettings settings) {
		HikariConfig pool = new HikariConfig();
		pool.setPoolName("peervoice");
		pool.setJdbcUrl(settings.jdbcUrl());
		pool.setUsername(settings.jdbcUser());
		pool.setPassword(settings.jdbcPassword());
		pool.setMaximumPoolSize(10);
		BoundedWaits.forRequests(pool);
		return withOwnClassLoader(() -> new HikariDataSource(pool));
	}

	/** A small pool for the migrations only, without the request pool's statement limits; closed once they ran. */
	private static HikariDataSource migrationPool(DevPortalSettings settings) {
		HikariConfig pool = new HikariConfig();
		pool.setPoolName("peervoice-migrations");
		pool.setJdbcUrl(settings.jdbcUrl());
		pool.setUsername(settings.jdbcUser());
		pool.setPassword(settings.jdbcPassword());
		pool.setMaximumPoolSize(2);
		BoundedWaits.forMigrations(pool);
		return new HikariDataSource(pool);
	}

	void closeConnectionPool(@Disposes HikariDataSource pool, DevPortalSettings settings) {
		if (settings.usesEmbeddedDatabase()) {
			// Closes the HSQLDB files so the next start, even in this JVM, opens them afresh.
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
			catch (SQLException e) {
				LOG.log(Level.WARNING, "Could not shut down the embedded database", e);
			}
		}
		pool.close();
	}

	@Produces
	@Singleton
	PeerVoiceDatabase database(HikariDataSource pool, DevPortalSettings settings) {
		if (settings.usesEmbeddedDatabase()) {
			try (Connection connection = pool.getConnection()) {
				DevPortalSettings.makeCommitsDurable(connection);
			}
			catch (SQLException failed) {
				throw new IllegalStateException("Could not make the embedded database's commits durable: " + failed.getMessage(), failed);
			}
			// one embedded file database, opened once: a second pool on it would gain nothing
			return withOwnClassLoader(() -> PeerVoiceDatabase.open(pool));
		}
		return withOwnClassLoader(() -> {
			try (HikariDataSource migrations = migrationPool(settings)) {
				return PeerVoiceDatabase.open(migrations, pool);
			}
		});
	}

	void closeDatabase(@Disposes PeerVoiceDatabase database) {
		database.close();
	}

	/** Threads the pool and the drivers start (HSQLDB's timer) must not hold on to the web application's class loader. */
	private static <T> T withOwnClassLoader(Supplier<T> work) {
		Thread thread = Thread.currentThread();
		ClassLoader webApplication = thread.getContextClassLoader();
		thread.setContextClassLoader(CoreWiring.class.getClassLoader());
		try {
			return work.get();
		}
		finally {
			thread.setContextClassLoader(webApplication);
		}
	}

	@Produces
	@Singleton
	UnitOfWork unitOfWork(PeerVoiceDatabase database) {
		return database.unitOfWork();
	}

	@Produces
	@Singleton
	PeerVoiceServices services(UnitOfWork unitOfWork, ServerSecret serverSecret, Clock clock, DemoDirectory directory) {
		// notifications are stored by PeerVoice (null delivery) for the page header's bell
		return new PeerVoiceServices(unitOfWork, serverSecret, clock, directory::reviewersOf, null, directory.people());
	}

}
