package org.peervoice.it.arquillian;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.devportal.DemoDirectory;
import org.peervoice.devportal.DevPortal;
import org.peervoice.devportal.DevPortalSettings;

/**
 * The real dev portal host (embedded Tomcat 9 + Weld + Jersey) as an Arquillian container, on a
 * free port and a database made for this run, its server secret in a temporary folder of its own
 * (never the data folder, never the developer's). The host is the deployment: {@link #deploy}
 * only tells Arquillian where it listens, for {@code @ArquillianResource URL base}.
 */
public class DevPortalContainer implements DeployableContainer<DevPortalContainerConfiguration> {

	private static volatile RunningDevPortal running;

	private DevPortalContainerConfiguration configuration;
	private TestDatabase database;
	private Path dataDirectory;
	private Path secretDirectory;
	private DevPortal portal;

	static RunningDevPortal running() {
		if (running == null) {
			throw new IllegalStateException("The dev portal container is not running");
		}
		return running;
	}

	@Override
	public Class<DevPortalContainerConfiguration> getConfigurationClass() {
		return DevPortalContainerConfiguration.class;
	}

	@Override
	public void setup(DevPortalContainerConfiguration configuration) {
		this.configuration = configuration;
	}

	@Override
	public void start() throws LifecycleException {
		CapturedLog log = CapturedLog.install();
		try {
			database = TestDatabase.create(configuration.getDatabase());
			dataDirectory = Files.createTempDirectory("pv-it-portal");
			secretDirectory = Files.createTempDirectory("pv-it-secret");
			CanaryUser anonymousCanary = CanaryUser.random("anon");
			CanaryUser identifiedCanary = CanaryUser.random("named");
			CanaryUser floodingUser = CanaryUser.random("flood");
			DevPortalSettings settings = DevPortalSettings.defaults()
				.port(0)
				.dataDirectory(dataDirectory)
				.serverSecretFile(secretDirectory.resolve("server-secret"))
				.jdbc(database.jdbcUrl(), database.user(), database.password())
				.seedDemoData(configuration.isSeedDemoData())
				// tests deliver notifications themselves (RunningDevPortal.deliverNotifications), so counts of rows hold still
				.notificationInterval(Duration.ofHours(1));
			settings = withStaffMember(settings, anonymousCanary);
			settings = withStaffMember(settings, identifiedCanary);
			settings = withStaffMember(settings, floodingUser);
			settings = settings.extraUser("it-northside-member", RunningDevPortal.NORTHSIDE_MEMBER, "Nico Northside", Set.of(DemoDirectory.NORTHSIDE),
				PeerVoiceRole.SITE_MEMBER);
			// people directory
			settings = settings.extraUser(RunningDevPortal.MATRIX_LEAVER, RunningDevPortal.MATRIX_LEAVER, "Morgan Matrixleaver", Set.of(DemoDirectory.RIVERSIDE),
				PeerVoiceRole.SITE_MEMBER);
			settings = settings.extraUser(RunningDevPortal.API_LEAVER, RunningDevPortal.API_LEAVER, "Quinn Apileaver", Set.of(DemoDirectory.RIVERSIDE),
				PeerVoiceRole.SITE_MEMBER);
			settings = settings.extraUser(RunningDevPortal.CHAMPION_LEAVER, RunningDevPortal.CHAMPION_LEAVER, "Rowan Championleaver",
				Set.of(DemoDirectory.RIVERSIDE), PeerVoiceRole.PEER_CHAMPION);
			portal = DevPortal.start(settings);
			CapturedLog.install();
			URI baseUri = URI.create("http://localhost:" + portal.port() + "/");
			DevPortal started = portal;
			running = new RunningDevPortal(baseUri, database, log, anonymousCanary, identifiedCanary, floodingUser, started::mixAnonymousWritesNow,
				started::deliverNotificationsNow);
		}
		catch (Exception e) {
			stopQuietly();
			throw new LifecycleException("Could not start the dev portal on " + configuration.getDatabase() + ": " + e.getMessage(), e);
		}
	}

	/** A Riverside site member, like alex. */
	private static DevPortalSettings withStaffMember(DevPortalSettings settings, CanaryUser user) {
		return settings.extraUser(user.userKey(), user.screenName(), user.displayName(), Set.of(DemoDirectory.RIVERSIDE), PeerVoiceRole.SITE_MEMBER);
	}

	@Override
	public void stop() throws LifecycleException {
		stopQuietly();
	}

	private void stopQuietly() {
		running = null;
		if (portal != null) {
			try {
				portal.close();
			}
			catch (Exception e) {
				System.err.println("Could not stop the dev portal: " + e);
			}
			portal = null;
		}
		if (database != null) {
			database.close();
			database = null;
		}
		TemporaryFolders.delete(dataDirectory);
		dataDirectory = null;
		TemporaryFolders.delete(secretDirectory);
		secretDirectory = null;
	}

	@Override
	public ProtocolDescription getDefaultProtocol() {
		return new ProtocolDescription("Local");
	}

	@Override
	public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
		if (running == null) {
			throw new DeploymentException("The dev portal is not running");
		}
		return new ProtocolMetaData().addContext(new HTTPContext("localhost", portal.port()));
	}

	@Override
	public void undeploy(Archive<?> archive) {
		// nothing was deployed: the host is the application
	}

}
