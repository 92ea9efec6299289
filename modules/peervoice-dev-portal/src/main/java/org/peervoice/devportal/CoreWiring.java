package org.peervoice.devportal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.enterprise.context.Dependent;
import javax.enterprise.inject.Disposes;
import javax.enterprise.inject.Produces;
import javax.inject.Singleton;
import javax.sql.DataSource;

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
	PeerVoiceDatabase database(DevPortalSettings settings) {
		DataSource dataSource = new DriverManagerDataSource(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
		// threads the drivers start (HSQLDB's timer) must not hold on to the web application's class loader
		Thread thread = Thread.currentThread();
		ClassLoader webApplication = thread.getContextClassLoader();
		thread.setContextClassLoader(CoreWiring.class.getClassLoader());
		try {
			return PeerVoiceDatabase.open(dataSource);
		}
		finally {
			thread.setContextClassLoader(webApplication);
		}
	}

	void closeDatabase(@Disposes PeerVoiceDatabase database, DevPortalSettings settings) {
		database.close();
		if (settings.usesEmbeddedDatabase()) {
			shutDownEmbedded(settings);
		}
	}

	/** Closes the HSQLDB files so the next start, even in this JVM, opens them afresh. */
	private static void shutDownEmbedded(DevPortalSettings settings) {
		try (Connection connection = new DriverManagerDataSource(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword()).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
		catch (SQLException e) {
			LOG.log(Level.WARNING, "Could not shut down the embedded database", e);
		}
	}

	@Produces
	@Singleton
	UnitOfWork unitOfWork(PeerVoiceDatabase database) {
		return database.unitOfWork();
	}

	@Produces
	@Singleton
	PeerVoiceServices services(UnitOfWork unitOfWork, ServerSecret serverSecret, Clock clock) {
		return new PeerVoiceServices(unitOfWork, serverSecret, clock);
	}

}
