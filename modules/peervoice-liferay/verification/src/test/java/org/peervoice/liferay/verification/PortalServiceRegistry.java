package org.peervoice.liferay.verification;

import java.io.File;
import java.util.Map;
import java.util.Properties;

import com.liferay.portal.kernel.module.util.SystemBundleProvider;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.util.PropsImpl;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * What Liferay's own classes need around them when the checks run them outside a portal: the
 * portal's properties and an OSGi service registry.
 *
 * <p>The properties are the portal's defaults ({@code portal.properties} inside
 * release.portal.api), read by Liferay's own {@code PropsImpl}. Loading them sets system properties
 * ({@code liferay.home} and others); the ones from before are put back at once, so that the other
 * checks of this JVM (the OSGi framework test reads {@code liferay.home}) do not see them.
 *
 * <p>The registry behind Liferay's static service holders ({@code AuthTokenUtil},
 * {@code AuthTokenWhitelistUtil}, the resource bundle loaders ...) is an embedded Felix framework,
 * started on first use and kept for the JVM, because those holders bind to it once. Liferay's
 * {@code SystemBundleUtil} finds this provider through {@code ServiceLoader} (hence public) and
 * prefers it to the portal's own, which needs the whole portal, because of its higher order.
 * Each check registers the services it needs and unregisters them when done.
 */
public final class PortalServiceRegistry implements SystemBundleProvider {

	private static Framework framework;

	static synchronized BundleContext bundleContext() throws BundleException {
		if (framework == null) {
			loadPortalProperties();
			framework = new FrameworkFactory().newFramework(Map.of(
				Constants.FRAMEWORK_STORAGE, new File("target/portal-service-registry").getAbsolutePath(),
				Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
			framework.start();
			Runtime.getRuntime().addShutdownHook(new Thread(PortalServiceRegistry::stop));
		}
		return framework.getBundleContext();
	}

	private static void loadPortalProperties() {
		Properties before = (Properties)System.getProperties().clone();
		PropsUtil.setProps(new PropsImpl());
		PropsUtil.get("auth.token.check.enabled");
		System.setProperties(before);
	}

	private static synchronized void stop() {
		try {
			framework.stop();
			framework.waitForStop(10_000);
		}
		catch (BundleException | InterruptedException stopping) {
			// The JVM is ending anyway.
		}
	}

	@Override
	public synchronized Bundle getSystemBundle() {
		return framework;
	}

	@Override
	public int order() {
		return 1;
	}

}
