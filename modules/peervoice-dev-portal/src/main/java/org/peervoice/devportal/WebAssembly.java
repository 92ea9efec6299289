package org.peervoice.devportal;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import javax.enterprise.inject.spi.BeanManager;
import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.FilterRegistration;
import javax.servlet.GenericServlet;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletContainerInitializer;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.ServletRegistration;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.SessionTrackingMode;

import org.jboss.weld.environment.servlet.WeldServletLifecycle;

/**
 * Registers the dev portal's filters and servlets. Weld (CDI) boots after this initializer has
 * run, in its listener, so each servlet and filter is built from {@link DevPortalWeb} when the
 * container initializes it, not when it is registered.
 */
final class WebAssembly implements ServletContainerInitializer {

	private final DevPortalSettings settings;

	WebAssembly(DevPortalSettings settings) {
		this.settings = settings;
	}

	@Override
	public void onStartup(Set<Class<?>> ignored, ServletContext context) {
		context.setAttribute(CoreWiring.SETTINGS_ATTRIBUTE, settings);
		// session ids only in the cookie, never rewritten into URLs where logs and referrers keep them
		context.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));

		filter(context, "authentication", DevPortalWeb::authentication, "/*");
		filter(context, "csrf", DevPortalWeb::csrf, "/o/peer-voice/*");

		servlet(context, "api", DevPortalWeb::api, 1, "/o/peer-voice/*");
		servlet(context, "ui-resources", DevPortalWeb::uiResources, -1, "/o/peer-voice-ui/*");
		servlet(context, "sign-in", DevPortalWeb::signIn, -1, "/sign-in");
		servlet(context, "sign-out", DevPortalWeb::signOut, -1, "/sign-out");
		servlet(context, "intranet-page", DevPortalWeb::intranetPage, -1, "", "/sites/*");
		servlet(context, "not-found", DevPortalWeb::notFound, -1, "/");
	}

	static DevPortalWeb web(ServletContext context) {
		BeanManager beanManager = (BeanManager) context.getAttribute(WeldServletLifecycle.BEAN_MANAGER_ATTRIBUTE_NAME);
		if (beanManager == null) {
			throw new IllegalStateException("CDI (Weld) has not started in this web application");
		}
		return beanManager.createInstance().select(DevPortalWeb.class).get();
	}

	private static void filter(ServletContext context, String name, Function<DevPortalWeb, Filter> build, String... urlPatterns) {
		FilterRegistration.Dynamic registration = context.addFilter(name, new LateFilter(build));
		registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, urlPatterns);
		registration.setAsyncSupported(true);
	}

	private static void servlet(ServletContext context, String name, Function<DevPortalWeb, Servlet> build, int loadOnStartup, String... urlPatterns) {
		ServletRegistration.Dynamic registration = context.addServlet(name, new LateServlet(build));
		registration.addMapping(urlPatterns);
		registration.setLoadOnStartup(loadOnStartup);
		registration.setAsyncSupported(true);
	}

	private static final class LateServlet extends GenericServlet {

		private static final long serialVersionUID = 1L;

		private final transient Function<DevPortalWeb, Servlet> build;
		private transient Servlet servlet;

		LateServlet(Function<DevPortalWeb, Servlet> build) {
			this.build = build;
		}

		@Override
		public void init(ServletConfig config) throws ServletException {
			super.init(config);
			servlet = build.apply(web(config.getServletContext()));
			servlet.init(config);
		}

		@Override
		public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
			servlet.service(request, response);
		}

		@Override
		public void destroy() {
			if (servlet != null) {
				servlet.destroy();
			}
		}

	}

	private static final class LateFilter implements Filter {

		private final Function<DevPortalWeb, Filter> build;
		private Filter filter;

		LateFilter(Function<DevPortalWeb, Filter> build) {
			this.build = build;
		}

		@Override
		public void init(FilterConfig config) throws ServletException {
			filter = build.apply(web(config.getServletContext()));
			filter.init(config);
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
			filter.doFilter(request, response, chain);
		}

		@Override
		public void destroy() {
			if (filter != null) {
				filter.destroy();
			}
		}

	}

}
