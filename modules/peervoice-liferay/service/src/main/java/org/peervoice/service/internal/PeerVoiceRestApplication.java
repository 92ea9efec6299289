package org.peervoice.service.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;
import javax.ws.rs.core.Application;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.anonymity.MixingTimer;
import org.peervoice.core.champion.ChampionReminderTimer;
import org.peervoice.core.kernel.Departures;
import org.peervoice.core.kernel.PdfFonts;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.ServerSecret;
import org.peervoice.core.notification.NotificationDelivery;
import org.peervoice.core.notification.NotificationTimer;
import org.peervoice.core.notification.ReviewerDirectory;
import org.peervoice.core.townhall.TownHallMixing;
import org.peervoice.persistence.PeerVoiceDatabase;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.PeerVoiceApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PeerVoice REST API as one JAX-RS whiteboard application, served by Liferay at
 * {@code /o/peer-voice}. Activation opens the database on the DataSource the host offers
 * (Liferay: the portal's), which runs pending migrations under Flyway's database lock, so
 * cluster nodes starting together migrate once. The server secret comes from a file, never from
 * OSGi configuration (Liferay keeps that in the portal database): see {@link NodeServerSecret}.
 *
 * <p>While active it also runs the mixing of anonymous writes every minute; every cluster node
 * does, and the mixer's per-site lock lets one of them mix each site (docs/privacy.md). It delivers
 * notifications through the Liferay adapter's {@link NotificationDelivery} (the portal's notification
 * center), likewise on every node (docs/notifications.md). It offers {@link Departures}, through which the adapter's
 * user model listener takes leavers out of public view. It names the administrator's font directory for PDFs
 * ({@link PdfFonts#DIRECTORY_SETTING} in this component's configuration, docs/recognition-board.md).
 *
 * <p>Liferay's auth verifiers (portal session with {@code p_auth}, HTTP Basic, OAuth 2) run
 * before us; a request they cannot authenticate reaches us as the guest, whom the services
 * refuse every mutation. The services authorize every call themselves, so the application opts
 * out of Liferay's access-control filter (Service Access Policies), whose refusals would not be
 * problem details; why, and what each property does: docs/liferay/access-and-auth.md, whose
 * table a test compares with these properties.
 */
@Component(
	configurationPid = PeerVoiceRestApplication.CONFIGURATION_PID,
	property = {
		"auth.verifier.guest.allowed=true", "liferay.access.control.disable=true", "liferay.oauth2=true",
		"oauth2.scope.checker.type=http.method", "osgi.jaxrs.application.base=/peer-voice", "osgi.jaxrs.name=PeerVoice.REST"
	},
	service = Application.class
)
public class PeerVoiceRestApplication extends Application {

	/** Overrides of the properties above ({@code osgi/configs/org.peervoice.service.configuration.config}). */
	static final String CONFIGURATION_PID = "org.peervoice.service.configuration";
	/** Where versions before the server secret file kept the secret: in this configuration, that is, in the portal database. */
	static final String EARLIER_SECRET_PROPERTY = ".serverSecret";

	private static final Logger log = LoggerFactory.getLogger(PeerVoiceRestApplication.class);

	private final PeerVoiceDatabase database;
	private final PeerVoiceApplication application;
	private final MixingTimer mixingTimer;
	private final MixingTimer townHallMixingTimer;
	private final NotificationTimer notificationTimer;
	private final ChampionReminderTimer championReminderTimer;
	private final ServiceRegistration<Departures> departures;

	@Activate
	public PeerVoiceRestApplication(BundleContext bundleContext, Map<String, Object> properties,
			@Reference(target = "(peervoice.datasource=*)") DataSource dataSource, @Reference IdentityResolver identityResolver,
			@Reference NotificationDelivery notificationDelivery, @Reference ReviewerDirectory reviewers, @Reference PeopleDirectory people) {
		if (properties.get(EARLIER_SECRET_PROPERTY) != null) {
			log.warn("The configuration {} still holds {}, which Liferay keeps in the portal database and PeerVoice no longer reads. "
				+ "Remove it (and its osgi/configs file entry); to keep votes cast under it recognized, first add it to the server secret "
				+ "file as a previous key. See docs/liferay/server-secret.md.", CONFIGURATION_PID, EARLIER_SECRET_PROPERTY);
		}
		PdfFonts.configure(pdfFontDirectory(properties, System::getProperty, System::getenv));
		database = openWithBundleClassLoader(dataSource);
		ServerSecret secret = NodeServerSecret.load(LiferayPortalProperties::get, System::getProperty, System::getenv,
			bundleContext.getDataFile("server-secret"));
		PeerVoiceServices services = new PeerVoiceServices(new BundleClassLoaderUnitOfWork(database.unitOfWork()), secret, Clock.systemUTC(),
			reviewers, notificationDelivery, people);
		application = new PeerVoiceApplication(services, identityResolver);
		mixingTimer = MixingTimer.start(services.mixer(), MixingTimer.DEFAULT_INTERVAL, PeerVoiceRestApplication.class.getClassLoader());
		townHallMixingTimer = MixingTimer.start(services.townHallMixer(), TownHallMixing.TIMER_INTERVAL,
			PeerVoiceRestApplication.class.getClassLoader());
		notificationTimer = NotificationTimer.start(services.notificationDispatcher(), NotificationTimer.DEFAULT_INTERVAL,
			PeerVoiceRestApplication.class.getClassLoader());
		championReminderTimer = ChampionReminderTimer.start(services.championReminders(), ChampionReminderTimer.DEFAULT_INTERVAL,
			PeerVoiceRestApplication.class.getClassLoader());
		// people directory: the Liferay adapter's user model listener tells leavers through this
		departures = bundleContext.registerService(Departures.class, services.departures(), null);
	}

	@Override
	public Set<Object> getSingletons() {
		return application.getSingletons();
	}

	@Deactivate
	void close() {
		championReminderTimer.close();
		departures.unregister();
		notificationTimer.close();
		mixingTimer.close();
		townHallMixingTimer.close();
		database.close();
	}

	/**
	 * The directory of fonts for PDFs ({@link PdfFonts#DIRECTORY_SETTING}): this component's configuration, else the
	 * system property, else the environment variable of that name; null when none is set.
	 */
	static String pdfFontDirectory(Map<String, Object> properties, UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
		Object configured = properties.get(PdfFonts.DIRECTORY_SETTING);
		if (configured != null && !String.valueOf(configured).isBlank()) {
			return String.valueOf(configured).trim();
		}
		String property = systemProperties.apply(PdfFonts.DIRECTORY_SETTING);
		if (property != null && !property.isBlank()) {
			return property.trim();
		}
		String variable = environment.apply(PdfFonts.DIRECTORY_SETTING);
		return variable == null || variable.isBlank() ? null : variable.trim();
	}

	// EclipseLink and Flyway find their providers, entities and migrations through the context
	// class loader; in OSGi that must be this bundle's, which embeds them all.
	private static PeerVoiceDatabase openWithBundleClassLoader(DataSource dataSource) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(PeerVoiceRestApplication.class.getClassLoader());
		try {
			return PeerVoiceDatabase.open(dataSource);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

}
