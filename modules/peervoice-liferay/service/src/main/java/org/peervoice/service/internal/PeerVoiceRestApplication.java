package org.peervoice.service.internal;

import java.time.Clock;
import java.util.Set;

import javax.sql.DataSource;
import javax.ws.rs.core.Application;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.anonymity.MixingTimer;
import org.peervoice.persistence.PeerVoiceDatabase;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.PeerVoiceApplication;

/**
 * The PeerVoice REST API as one JAX-RS whiteboard application, served by Liferay at
 * {@code /o/peer-voice}. Activation opens the database on the DataSource the host offers
 * (Liferay: the portal's), which runs pending migrations under Flyway's database lock, so
 * cluster nodes starting together migrate once.
 *
 * <p>While active it also runs the mixing of anonymous writes every minute; every cluster node
 * does, and the mixer's per-site lock lets one of them mix each site (docs/privacy.md).
 *
 * <p>Liferay's auth verifiers (portal session with {@code p_auth}, HTTP Basic, OAuth 2) run
 * before us; a request they cannot authenticate reaches us as the guest, whom the services
 * refuse every mutation.
 */
@Component(
	configurationPid = PeerVoiceConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
	property = {
		"auth.verifier.guest.allowed=true", "liferay.oauth2=true",
		"osgi.jaxrs.application.base=/peer-voice", "osgi.jaxrs.name=PeerVoice.REST"
	},
	service = Application.class
)
@Designate(ocd = PeerVoiceConfiguration.class)
public class PeerVoiceRestApplication extends Application {

	private final PeerVoiceDatabase database;
	private final PeerVoiceApplication application;
	private final MixingTimer mixingTimer;

	@Activate
	public PeerVoiceRestApplication(BundleContext bundleContext, PeerVoiceConfiguration configuration,
			@Reference(target = "(peervoice.datasource=*)") DataSource dataSource, @Reference IdentityResolver identityResolver) {
		database = openWithBundleClassLoader(dataSource);
		PeerVoiceServices services = new PeerVoiceServices(new BundleClassLoaderUnitOfWork(database.unitOfWork()),
			ConfiguredServerSecret.from(configuration._serverSecret(), bundleContext.getDataFile("server-secret")), Clock.systemUTC());
		application = new PeerVoiceApplication(services, identityResolver);
		mixingTimer = MixingTimer.start(services.mixer(), MixingTimer.DEFAULT_INTERVAL, PeerVoiceRestApplication.class.getClassLoader());
	}

	@Override
	public Set<Object> getSingletons() {
		return application.getSingletons();
	}

	@Deactivate
	void close() {
		mixingTimer.close();
		database.close();
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
