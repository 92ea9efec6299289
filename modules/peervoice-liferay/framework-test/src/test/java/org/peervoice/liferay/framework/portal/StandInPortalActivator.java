package org.peervoice.liferay.framework.portal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.portlet.PortletRequest;
import javax.servlet.Filter;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener;
import com.liferay.portal.kernel.security.auth.AuthToken;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.GroupLocalServiceUtil;
import com.liferay.portal.kernel.service.ResourceActionLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;
import com.liferay.portal.kernel.util.InfrastructureUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.PortalUtil;

import org.hsqldb.jdbc.JDBCDataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Plays the part of the portal for the PeerVoice bundles, and only that part: the portal
 * DataSource ({@code InfrastructureUtil}), the Portal and GroupLocalService behind the static
 * {@code *Util} holders, the OSGi services our adapter references (Group, Role, ResourceAction,
 * ResourcePermission and User local services), the AuthToken, the portal instance lifecycle
 * (each PortalInstanceLifecycleListener hears of the one company), the auth verifier in front of
 * {@code /o/}, {@code Web-ContextPath} resources and a portlet container. The test drives it
 * through one service of java types only ({@code peervoice.standin=portal}), since its class
 * space differs from the framework's.
 */
public class StandInPortalActivator implements BundleActivator {

	private final PortalDirectory directory = new PortalDirectory();
	private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
	private ServiceTracker<PortalInstanceLifecycleListener, PortalInstanceLifecycleListener> lifecycleListeners;
	private BundleTracker<ServiceRegistration<Servlet>> webContextPaths;

	@Override
	public void start(BundleContext bundleContext) {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl(bundleContext.getProperty("peervoice.standin.database"));
		dataSource.setUser("SA");
		dataSource.setPassword("");
		InfrastructureUtil.setDataSource(dataSource);

		new PortalUtil().setPortal(Fake.of(Portal.class, "Portal")
			.answer("getCompanyId", args -> PortalDirectory.COMPANY_ID)
			.constant("getPathModule", "/o")
			.constant("getPathContext", "")
			// no page of the harness's sites holds a widget (LayoutConstants.DEFAULT_PLID): links between widgets stay on their page
			.constant("getPlidFromPortletId", 0L)
			.answer("getHttpServletRequest", args -> ((PortletRequest)args[0]).getAttribute(PortletContainer.PORTAL_REQUEST))
			.build());

		GroupLocalService groups = Fake.of(GroupLocalService.class, "GroupLocalService")
			.answer("fetchGroup", args -> args.length == 1 && args[0] instanceof Long ? directory.fetchGroup((Long)args[0]) : unanswered("fetchGroup"))
			.answer("getGroup", args -> args.length == 1 && args[0] instanceof Long ? directory.getGroup((Long)args[0]) : unanswered("getGroup"))
			.build();
		GroupLocalServiceUtil.setService(groups);
		bundleContext.registerService(GroupLocalService.class, groups, null);
		bundleContext.registerService(RoleLocalService.class, Fake.of(RoleLocalService.class, "RoleLocalService")
			.answer("fetchRole", args -> args.length == 2 ? directory.fetchRole((String)args[1]) : unanswered("fetchRole"))
			.answer("getRole", args -> args.length == 2 ? directory.getRole((String)args[1]) : unanswered("getRole"))
			.answer("addRole", args -> args.length == 9 ? directory.addRole((String)args[3], (Integer)args[6]) : unanswered("addRole"))
			.build(), null);
		bundleContext.registerService(ResourceActionLocalService.class, Fake.of(ResourceActionLocalService.class, "ResourceActionLocalService")
			.answer("checkResourceActions", args -> {
				@SuppressWarnings("unchecked")
				List<String> actionIds = (List<String>)args[1];
				directory.checkResourceActions((String)args[0], actionIds);
				return null;
			})
			.build(), null);
		bundleContext.registerService(ResourcePermissionLocalService.class, Fake.of(ResourcePermissionLocalService.class,
				"ResourcePermissionLocalService")
			.answer("addResourcePermission", args -> {
				directory.grant((Integer)args[2], (String)args[3], (Long)args[4], (String)args[1], (String)args[5]);
				return null;
			})
			.build(), null);
		bundleContext.registerService(UserLocalService.class, Fake.of(UserLocalService.class, "UserLocalService")
			.constant("getGuestUserId", PortalDirectory.GUEST_USER_ID)
			.constant("getDefaultUserId", PortalDirectory.GUEST_USER_ID)
			.build(), null);
		// What the adapter's notification components need (delivery into the notification center, the site's reviewers):
		// registered so the components are satisfied; this harness delivers no notification.
		bundleContext.registerService(UserNotificationEventLocalService.class,
			Fake.of(UserNotificationEventLocalService.class, "UserNotificationEventLocalService").build(), null);
		bundleContext.registerService(PermissionCheckerFactory.class, Fake.of(PermissionCheckerFactory.class, "PermissionCheckerFactory").build(), null);
		bundleContext.registerService(AuthToken.class, Fake.of(AuthToken.class, "AuthToken")
			.answer("getToken", args -> args.length == 1 ? directory.csrfToken(((HttpServletRequest)args[0]).getSession().getId()) : unanswered("getToken"))
			.build(), null);

		Dictionary<String, Object> filter = new Hashtable<>();
		filter.put("osgi.http.whiteboard.filter.name", "stand-in auth verifier");
		filter.put("osgi.http.whiteboard.filter.pattern", "/*");
		filter.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=*)");
		bundleContext.registerService(Filter.class, new AuthVerifierFilter(directory), filter);

		webContextPaths = new BundleTracker<>(bundleContext, Bundle.ACTIVE, new WebContextPaths(bundleContext));
		webContextPaths.open();

		lifecycleListeners = new ServiceTracker<>(bundleContext, PortalInstanceLifecycleListener.class, null) {

			@Override
			public PortalInstanceLifecycleListener addingService(ServiceReference<PortalInstanceLifecycleListener> reference) {
				PortalInstanceLifecycleListener listener = super.addingService(reference);
				try {
					listener.portalInstanceRegistered(directory.company());
				}
				catch (Exception | LinkageError failure) {
					problems.add(listener + " failed on portalInstanceRegistered: " + failure);
				}
				return listener;
			}

		};
		lifecycleListeners.open();

		PortletContainer portletContainer = new PortletContainer(bundleContext, directory);
		Dictionary<String, Object> control = new Hashtable<>();
		control.put("peervoice.standin", "portal");
		bundleContext.registerService(Function.class, (Function<Map<String, Object>, Object>)request -> {
			try {
				switch ((String)request.get("op")) {
					case "signIn":
						return directory.signIn((String)request.get("user"));
					case "render":
						return portletContainer.render((String)request.get("portlet"), (String)request.get("session"),
							(Long)request.get("site"), Locale.forLanguageTag((String)request.get("locale")));
					case "roles":
						return directory.describeRoles();
					case "components":
						return components(bundleContext);
					case "problems":
						return new ArrayList<>(problems);
					case "migrations":
						return migrations();
					default:
						throw new IllegalArgumentException("Unknown operation " + request.get("op"));
				}
			}
			catch (RuntimeException runtimeException) {
				throw runtimeException;
			}
			catch (Exception exception) {
				throw new IllegalStateException(exception);
			}
		}, control);
	}

	@Override
	public void stop(BundleContext bundleContext) {
		lifecycleListeners.close();
		webContextPaths.close();
		GroupLocalServiceUtil.setService(null);
		new PortalUtil().setPortal(null);
		InfrastructureUtil.setDataSource(null);
	}

	/** The schema versions Flyway applied to the portal database, as its history table records them. */
	private static List<String> migrations() throws SQLException {
		List<String> versions = new ArrayList<>();
		try (Connection connection = InfrastructureUtil.getDataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet history = statement.executeQuery(
					"SELECT \"version\" FROM PV_SCHEMA_HISTORY WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
			while (history.next()) {
				versions.add(history.getString(1));
			}
		}
		return versions;
	}

	private static Object unanswered(String method) {
		throw new UnsupportedOperationException("The stand-in has no answer for this overload of " + method);
	}

	/** Every DS component of the PeerVoice bundles with its state, and the references it still misses. */
	private static Map<String, String> components(BundleContext bundleContext) {
		ServiceReference<ServiceComponentRuntime> reference = bundleContext.getServiceReference(ServiceComponentRuntime.class);
		ServiceComponentRuntime runtime = bundleContext.getService(reference);
		Map<String, String> states = new LinkedHashMap<>();
		try {
			for (Bundle bundle : bundleContext.getBundles()) {
				if (!bundle.getSymbolicName().startsWith("org.peervoice.") || bundle.getBundleId() == bundleContext.getBundle().getBundleId()) {
					continue;
				}
				for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(bundle)) {
					StringBuilder state = new StringBuilder();
					for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
						state.append(stateName(configuration.state));
						for (UnsatisfiedReferenceDTO unsatisfied : configuration.unsatisfiedReferences) {
							state.append(" missing ").append(unsatisfied.name).append(' ').append(unsatisfied.target);
						}
						if (configuration.failure != null) {
							state.append(' ').append(configuration.failure);
						}
					}
					states.put(bundle.getSymbolicName() + '/' + description.name, state.length() == 0 ? "no configuration" : state.toString());
				}
			}
		}
		finally {
			bundleContext.ungetService(reference);
		}
		return states;
	}

	private static String stateName(int state) {
		switch (state) {
			case ComponentConfigurationDTO.ACTIVE:
				return "ACTIVE";
			case ComponentConfigurationDTO.SATISFIED:
				return "SATISFIED";
			case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
				return "UNSATISFIED_REFERENCE";
			case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
				return "UNSATISFIED_CONFIGURATION";
			default:
				return "FAILED_ACTIVATION";
		}
	}

	/** Registers a {@link WebContextPathServlet} for every active bundle with a Web-ContextPath. */
	private static final class WebContextPaths implements BundleTrackerCustomizer<ServiceRegistration<Servlet>> {

		private final BundleContext bundleContext;

		WebContextPaths(BundleContext bundleContext) {
			this.bundleContext = bundleContext;
		}

		@Override
		public ServiceRegistration<Servlet> addingBundle(Bundle bundle, BundleEvent event) {
			String contextPath = bundle.getHeaders().get("Web-ContextPath");
			if (contextPath == null) {
				return null;
			}
			Dictionary<String, Object> properties = new Hashtable<>();
			properties.put("osgi.http.whiteboard.servlet.name", "resources of " + bundle.getSymbolicName());
			properties.put("osgi.http.whiteboard.servlet.pattern", contextPath + "/*");
			return bundleContext.registerService(Servlet.class, new WebContextPathServlet(bundle), properties);
		}

		@Override
		public void modifiedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<Servlet> registration) {
		}

		@Override
		public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<Servlet> registration) {
			registration.unregister();
		}

	}

}
