package org.peervoice.liferay.framework.portal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import javax.portlet.Portlet;
import javax.portlet.PortletConfig;
import javax.portlet.PortletContext;
import javax.portlet.PortletMode;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.WindowState;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Renders a portlet service the way Liferay's portlet container does for one page view: a
 * PortletConfig with the portlet's resource bundle ({@code javax.portlet.resource-bundle}, loaded
 * by the portlet bundle's class loader), {@code init}, then {@code render} with a RenderRequest that
 * carries the page's ThemeDisplay and, behind it, the portal's HttpServletRequest of the signed-in
 * session (what {@code PortalUtil.getHttpServletRequest} unwraps, where AuthToken finds the session).
 */
final class PortletContainer {

	static final String PORTAL_REQUEST = PortletContainer.class.getName() + ".portalRequest";

	private final BundleContext bundleContext;
	private final PortalDirectory directory;

	PortletContainer(BundleContext bundleContext, PortalDirectory directory) {
		this.bundleContext = bundleContext;
		this.directory = directory;
	}

	Map<String, Object> render(String portletName, String sessionId, long siteId, Locale locale) throws Exception {
		ServiceReference<?>[] references = bundleContext.getServiceReferences(Portlet.class.getName(), "(javax.portlet.name=" + portletName + ")");
		if (references == null || references.length != 1) {
			throw new IllegalStateException("Expected one portlet named " + portletName + ", found " + (references == null ? 0 : references.length));
		}
		ServiceReference<?> reference = references[0];
		Bundle portletBundle = reference.getBundle();
		Portlet portlet = (Portlet)bundleContext.getService(reference);
		try {
			portlet.init(config(portletName, reference, portletBundle));
			String contextPath = "/o" + portletBundle.getHeaders().get("Web-ContextPath");
			User user = directory.sessionUser(sessionId);
			// A guest's page has a session and a token too.
			String session = sessionId == null ? directory.guestSession() : sessionId;
			ThemeDisplay themeDisplay = new ThemeDisplay();
			themeDisplay.setScopeGroupId(siteId);
			themeDisplay.setLocale(locale);
			themeDisplay.setUser(user == null ? directory.guest() : user);
			themeDisplay.setSignedIn(user != null);
			themeDisplay.setPermissionChecker(directory.permissionChecker(user));
			HttpServletRequest portalRequest = portalRequest(session, themeDisplay);
			Map<String, Object> attributes = Map.of(WebKeys.THEME_DISPLAY, themeDisplay, PORTAL_REQUEST, portalRequest);

			RenderRequest request = Fake.of(RenderRequest.class, "RenderRequest of " + portletName)
				.answer("getAttribute", args -> attributes.get(args[0]))
				.constant("getContextPath", contextPath)
				.constant("getLocale", locale)
				.constant("getPortletMode", PortletMode.VIEW)
				.constant("getWindowState", WindowState.NORMAL)
				.constant("getUserPrincipal", null)
				.constant("getRemoteUser", user == null ? null : String.valueOf(user.getUserId()))
				.build();
			StringWriter markup = new StringWriter();
			PrintWriter writer = new PrintWriter(markup);
			Map<String, Object> result = new LinkedHashMap<>();
			RenderResponse response = Fake.of(RenderResponse.class, "RenderResponse of " + portletName)
				.constant("getWriter", writer)
				.answer("setContentType", args -> result.put("contentType", args[0]))
				.answer("setTitle", args -> result.put("title", args[0]))
				.constant("getNamespace", "_" + portletName + "_")
				.build();
			portlet.render(request, response);
			writer.flush();
			result.put("markup", markup.toString());
			result.put("contextPath", contextPath);
			return result;
		}
		finally {
			portlet.destroy();
			bundleContext.ungetService(reference);
		}
	}

	private HttpServletRequest portalRequest(String sessionId, ThemeDisplay themeDisplay) {
		HttpSession session = Fake.of(HttpSession.class, "portal session")
			.constant("getId", sessionId)
			.build();
		return Fake.of(HttpServletRequest.class, "portal request")
			.answer("getSession", args -> session)
			.answer("getAttribute", args -> WebKeys.THEME_DISPLAY.equals(args[0]) ? themeDisplay : null)
			.build();
	}

	private PortletConfig config(String portletName, ServiceReference<?> reference, Bundle portletBundle) {
		Object baseName = reference.getProperty("javax.portlet.resource-bundle");
		PortletContext context = Fake.of(PortletContext.class, "PortletContext of " + portletBundle.getSymbolicName())
			.constant("getPortletContextName", portletBundle.getSymbolicName())
			.constant("getServerInfo", "PeerVoice stand-in portlet container")
			.constant("getMajorVersion", 3)
			.constant("getMinorVersion", 0)
			.build();
		return Fake.of(PortletConfig.class, "PortletConfig of " + portletName)
			.constant("getPortletName", portletName)
			.constant("getPortletContext", context)
			.constant("getInitParameter", null)
			.constant("getInitParameterNames", Collections.emptyEnumeration())
			.constant("getContainerRuntimeOptions", Collections.emptyMap())
			.constant("getDefaultNamespace", "")
			.constant("getPublicRenderParameterNames", Collections.emptyEnumeration())
			.answer("getResourceBundle", args -> titled(portletName, resourceBundles(portletBundle, baseName, (Locale)args[0])))
			.build();
	}

	/**
	 * The portlet's resource bundle, then those other bundles share with Liferay's
	 * {@code liferay.resource.bundle} capability, in the order Liferay's aggregate looks them up.
	 */
	private List<ResourceBundle> resourceBundles(Bundle portletBundle, Object baseName, Locale locale) {
		List<ResourceBundle> bundles = new ArrayList<>();
		if (baseName != null) {
			bundles.add(ResourceBundle.getBundle(baseName.toString(), locale, portletBundle.adapt(BundleWiring.class).getClassLoader()));
		}
		for (Bundle bundle : bundleContext.getBundles()) {
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (bundle.getState() != Bundle.ACTIVE || revision == null) {
				continue;
			}
			for (BundleCapability capability : revision.getDeclaredCapabilities("liferay.resource.bundle")) {
				Object sharedBaseName = capability.getAttributes().get("resource.bundle.base.name");
				if (sharedBaseName != null && bundle != portletBundle) {
					bundles.add(ResourceBundle.getBundle(sharedBaseName.toString(), locale, bundle.adapt(BundleWiring.class).getClassLoader()));
				}
			}
		}
		return bundles;
	}

	/** Liferay answers {@code javax.portlet.title} with the portlet's {@code javax.portlet.title.<name>}. */
	private static ResourceBundle titled(String portletName, List<ResourceBundle> bundles) {
		return new ResourceBundle() {

			@Override
			protected Object handleGetObject(String key) {
				String bundleKey = "javax.portlet.title".equals(key) ? key + "." + portletName : key;
				for (ResourceBundle bundle : bundles) {
					if (bundle.containsKey(bundleKey)) {
						return bundle.getObject(bundleKey);
					}
				}
				return null;
			}

			@Override
			public Enumeration<String> getKeys() {
				Set<String> keys = new TreeSet<>();
				for (ResourceBundle bundle : bundles) {
					keys.addAll(bundle.keySet());
				}
				return Collections.enumeration(keys);
			}

		};
	}

}
