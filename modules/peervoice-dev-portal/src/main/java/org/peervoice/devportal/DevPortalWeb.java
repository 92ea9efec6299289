package org.peervoice.devportal;

import java.util.logging.Level;
import java.util.logging.Logger;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.servlet.Filter;
import javax.servlet.Servlet;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.anonymity.Mixer;
import org.peervoice.core.notification.NotificationDispatcher;
import org.peervoice.rest.PeerVoiceApplication;

/**
 * The web side of the dev portal, built from CDI beans: the API under {@code /o/peer-voice}, the
 * pages, and the filters in front of them. {@link WebAssembly} mounts what this builds.
 */
@Singleton
class DevPortalWeb {

	/*
	 * Jersey warns about every resource handed over as an instance (Application.getSingletons(),
	 * which is how PeerVoiceApplication runs in both hosts) and about the absent javax.activation.
	 * Both are noise; the loggers are held here so the levels stick.
	 */
	private static final Logger JERSEY_PROVIDERS = quiet("org.glassfish.jersey.internal.inject.Providers");
	private static final Logger JERSEY_MESSAGING = quiet("org.glassfish.jersey.message.internal.MessagingBinders");

	private final DemoDirectory directory;
	private final DemoSignIn signIn;
	private final DemoIdentityResolver identityResolver;
	private final PeerVoiceServices services;
	private final DemoData demoData;

	@Inject
	DevPortalWeb(DemoDirectory directory, DemoSignIn signIn, DemoIdentityResolver identityResolver, PeerVoiceServices services, DemoData demoData) {
		this.directory = directory;
		this.signIn = signIn;
		this.identityResolver = identityResolver;
		this.services = services;
		this.demoData = demoData;
	}

	Servlet api() {
		ResourceConfig config = ResourceConfig.forApplication(new PeerVoiceApplication(services, identityResolver));
		config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
		// an error Jersey answers without a body (e.g. a Content-Type it cannot parse) goes through
		// sendError to ApiErrorReportValve, which writes problem details; our own errors have bodies
		config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, false);
		return new ServletContainer(config);
	}

	private static Logger quiet(String name) {
		Logger logger = Logger.getLogger(name);
		logger.setLevel(Level.SEVERE);
		return logger;
	}

	Filter authentication() {
		return new AuthenticationFilter(directory, signIn);
	}

	Filter csrf() {
		return new CsrfFilter();
	}

	Servlet signIn() {
		return new SignInServlet(signIn);
	}

	Servlet signOut() {
		return new SignOutServlet();
	}

	Servlet intranetPage() {
		return new IntranetPageServlet(directory);
	}

	Servlet uiResources() {
		return new UiResourceServlet();
	}

	Servlet notFound() {
		return new NotFoundServlet();
	}

	DemoData demoData() {
		return demoData;
	}

	Mixer mixer() {
		return services.mixer();
	}

	Mixer townHallMixer() {
		return services.townHallMixer();
	}

	NotificationDispatcher notificationDispatcher() {
		return services.notificationDispatcher();
	}

}
