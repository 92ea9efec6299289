package org.peervoice.devportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.enterprise.context.ConversationScoped;
import javax.enterprise.context.RequestScoped;
import javax.enterprise.context.SessionScoped;
import javax.enterprise.inject.Any;
import javax.enterprise.inject.spi.Bean;
import javax.enterprise.inject.spi.BeanManager;
import javax.enterprise.inject.spi.InjectionPoint;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.jboss.weld.environment.servlet.Listener;
import org.jboss.weld.environment.servlet.WeldServletLifecycle;
import org.peervoice.core.anonymity.Mixer;
import org.peervoice.core.anonymity.MixingTimer;
import org.peervoice.core.champion.ChampionReminderTimer;
import org.peervoice.core.champion.ChampionReminders;
import org.peervoice.core.notification.NotificationDispatcher;
import org.peervoice.core.notification.NotificationTimer;
import org.peervoice.core.townhall.TownHallMixing;

/**
 * The dev portal: embedded Tomcat 9 serving the PeerVoice REST API at {@code /o/peer-voice},
 * the UI's files at {@code /o/peer-voice-ui}, and an intranet-like page with the portlets, for
 * demo users signed in with a form or HTTP Basic.
 *
 * <pre>
 * try (DevPortal portal = DevPortal.start(DevPortalSettings.defaults().port(0).dataDirectory(dir))) {
 *     URI api = portal.baseUri().resolve("o/peer-voice/v1.0/sites");
 * }
 * </pre>
 */
public final class DevPortal implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(DevPortal.class.getName());
	private static final AtomicInteger INSTANCES = new AtomicInteger();
	/** Weld's setting: the requests (a regular expression of their path) for which it opens the HTTP contexts. */
	private static final String WELD_CONTEXT_MAPPING = "org.jboss.weld.context.mapping";
	/** A regular expression no path matches. */
	private static final String NO_REQUEST = "(?!)";

	private final Tomcat tomcat;
	private final Path workDirectory;
	private final int port;
	private final Context context;
	private MixingTimer mixingTimer;
	private MixingTimer townHallMixingTimer;
	private NotificationTimer notificationTimer;
	private ChampionReminderTimer championReminderTimer;

	private DevPortal(Tomcat tomcat, Path workDirectory, int port, Context context) {
		this.tomcat = tomcat;
		this.workDirectory = workDirectory;
		this.port = port;
		this.context = context;
	}

	/**
	 * Starts the portal: migrates the database, seeds demo data on first start (when the settings
	 * say so) and listens on the port. Returns once requests can be served.
	 *
	 * @throws IllegalStateException when it cannot start; nothing keeps running then
	 */
	public static DevPortal start(DevPortalSettings settings) {
		Path workDirectory;
		try {
			Files.createDirectories(settings.dataDirectory());
			workDirectory = Files.createTempDirectory("peervoice-tomcat");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the dev portal's folders", e);
		}
		Tomcat tomcat = new Tomcat();
		try {
			Context context = configure(tomcat, settings, workDirectory);
			tomcat.init();
			int port = tomcat.getConnector().getLocalPort();
			if (port <= 0) {
				throw new IllegalStateException("The dev portal could not listen on port " + settings.port() + "; is it in use?");
			}
			tomcat.start();
			if (context.getState() != LifecycleState.STARTED) {
				throw new IllegalStateException("The dev portal web application did not start; the log above says why");
			}
			DevPortal portal = new DevPortal(tomcat, workDirectory, port, context);
			if (settings.seedDemoData()) {
				portal.seedDemoData();
			}
			portal.mixingTimer = MixingTimer.start(portal.mixer(), settings.mixingInterval(), context.getLoader().getClassLoader());
			portal.townHallMixingTimer = MixingTimer.start(portal.townHallMixer(), TownHallMixing.TIMER_INTERVAL, context.getLoader().getClassLoader());
			portal.notificationTimer = NotificationTimer.start(portal.notificationDispatcher(), settings.notificationInterval(),
				context.getLoader().getClassLoader());
			portal.championReminderTimer = ChampionReminderTimer.start(portal.championReminders(), ChampionReminderTimer.DEFAULT_INTERVAL,
				context.getLoader().getClassLoader());
			return portal;
		}
		catch (LifecycleException | RuntimeException e) {
			stopQuietly(tomcat);
			deleteQuietly(workDirectory);
			if (e instanceof IllegalStateException) {
				throw (IllegalStateException) e;
			}
			throw new IllegalStateException("The dev portal did not start: " + e.getMessage(), e);
		}
	}

	private static Context configure(Tomcat tomcat, DevPortalSettings settings, Path workDirectory) throws LifecycleException {
		tomcat.setBaseDir(workDirectory.toString());
		Connector connector = new Connector();
		connector.setPort(settings.port());
		connector.setProperty("server", "PeerVoice");
		if (settings.httpThreads() > 0) {
			connector.setProperty("maxThreads", String.valueOf(settings.httpThreads()));
		}
		tomcat.setConnector(connector);

		StandardHost host = (StandardHost) tomcat.getHost();
		host.setAutoDeploy(false);
		host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
		host.getPipeline().addValve(new ApiErrorReportValve());

		Path documentRoot = workDirectory.resolve("webapp");
		try {
			Files.createDirectories(documentRoot);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		StandardContext context = (StandardContext) tomcat.addContext("", documentRoot.toString());
		context.setFailCtxIfServletStartFails(true);
		context.setUseHttpOnly(true);
		Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
		cookies.setSameSiteCookies("lax");
		context.setCookieProcessor(cookies);
		StandardManager sessions = new StandardManager();
		sessions.setPathname(null);
		context.setManager(sessions);
		context.setClearReferencesObjectStreamClassCaches(false);
		context.setClearReferencesRmiTargets(false);
		context.setClearReferencesThreadLocals(false);
		// a Weld container of its own, so several portals can run (and stop) in one JVM, as tests do
		context.addParameter("WELD_CONTEXT_ID_KEY", "peervoice-dev-portal-" + INSTANCES.incrementAndGet());
		// no bean lives in a request, session or conversation scope (checked: httpScopedBeans, DevPortalTest), so Weld
		// need not open and close those contexts around every request (a twentieth of a live-view refresh's CPU)
		context.addParameter(WELD_CONTEXT_MAPPING, NO_REQUEST);
		// declared like a web.xml listener, so Weld gets the full servlet context it needs on Tomcat
		context.addApplicationListener(Listener.class.getName());
		context.addServletContainerInitializer(new WebAssembly(settings), null);
		return context;
	}

	private void seedDemoData() {
		inWebApplication(() -> WebAssembly.web(context.getServletContext()).demoData().seedOnFirstStart());
	}

	private Mixer mixer() {
		return WebAssembly.web(context.getServletContext()).mixer();
	}

	private Mixer townHallMixer() {
		return WebAssembly.web(context.getServletContext()).townHallMixer();
	}

	/**
	 * Mixes every site's pending anonymous writes now, whatever the sites' windows, so that tests
	 * need not wait for them (docs/privacy.md, "Storage order"). The portal's timer mixes each site
	 * once its window has passed.
	 */
	public void mixAnonymousWritesNow() {
		inWebApplication(() -> {
			mixer().mixEverySiteNow();
			townHallMixer().mixEverySiteNow();
		});
	}

	private ChampionReminders championReminders() {
		return WebAssembly.web(context.getServletContext()).championReminders();
	}

	/** Sends the champion freshness reminders that are due now, so that tests need not wait for the hourly timer. */
	public int remindChampionsNow() {
		int[] sent = new int[1];
		inWebApplication(() -> sent[0] = championReminders().run());
		return sent[0];
	}

	private NotificationDispatcher notificationDispatcher() {
		return WebAssembly.web(context.getServletContext()).notificationDispatcher();
	}

	/**
	 * Delivers every pending notification and every site's review digest now, whatever the digest periods, so that
	 * tests need not wait (docs/notifications.md). Anonymous writes are in a digest only once mixed, as always.
	 */
	public void deliverNotificationsNow() {
		inWebApplication(() -> {
			notificationDispatcher().deliverToPersons();
			notificationDispatcher().sendDigestsNow();
		});
	}

	/**
	 * Our beans that need a request, session or conversation context: none may, since Weld opens no such context
	 * ({@link #WELD_CONTEXT_MAPPING}). Such a bean of ours, or one of ours injected with one of Weld's own (the request,
	 * the session, the servlet context, the conversation), is listed.
	 */
	List<String> httpScopedBeans() {
		List<String> found = new ArrayList<>();
		inWebApplication(() -> {
			BeanManager beans = (BeanManager) context.getServletContext().getAttribute(WeldServletLifecycle.BEAN_MANAGER_ATTRIBUTE_NAME);
			for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
				if (bean.getBeanClass().getName().startsWith("org.jboss.weld.")) {
					continue;
				}
				if (isHttpScope(bean.getScope())) {
					found.add(bean.getBeanClass().getName() + " @" + bean.getScope().getSimpleName());
				}
				for (InjectionPoint point : bean.getInjectionPoints()) {
					for (Bean<?> injected : beans.getBeans(point.getType(), point.getQualifiers().toArray(new Annotation[0]))) {
						if (isHttpScope(injected.getScope())) {
							found.add(bean.getBeanClass().getName() + " injects " + point.getType().getTypeName());
						}
					}
				}
			}
		});
		return found;
	}

	private static boolean isHttpScope(Class<?> scope) {
		return scope == RequestScoped.class || scope == SessionScoped.class || scope == ConversationScoped.class;
	}

	private void inWebApplication(Runnable work) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(context.getLoader().getClassLoader());
		try {
			work.run();
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** The port it listens on (the one picked when the settings said 0). */
	public int port() {
		return port;
	}

	/** {@code http://localhost:<port>/} */
	public URI baseUri() {
		return URI.create("http://localhost:" + port + "/");
	}

	/** Blocks until {@link #close()} is called from another thread. */
	void awaitClose() {
		tomcat.getServer().await();
	}

	/** Stops serving, closes the database and removes Tomcat's temporary files. */
	@Override
	public void close() {
		if (mixingTimer != null) {
			mixingTimer.close();
		}
		if (townHallMixingTimer != null) {
			townHallMixingTimer.close();
		}
		if (notificationTimer != null) {
			notificationTimer.close();
		}
		if (championReminderTimer != null) {
			championReminderTimer.close();
		}
		stopQuietly(tomcat);
		deleteQuietly(workDirectory);
	}

	private static void stopQuietly(Tomcat tomcat) {
		try {
			tomcat.stop();
			tomcat.destroy();
		}
		catch (LifecycleException | RuntimeException e) {
			LOG.log(Level.WARNING, "The dev portal did not stop cleanly", e);
		}
	}

	private static void deleteQuietly(Path directory) {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException e) {
			LOG.log(Level.FINE, "Could not remove " + directory, e);
		}
	}

}
