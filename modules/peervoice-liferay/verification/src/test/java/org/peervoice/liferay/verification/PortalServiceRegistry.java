package org.peervoice.liferay.verification;

import java.nio.file.Path;
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
 * The OSGi service registry behind Liferay's static service holders ({@code AuthTokenUtil},
 * {@code AuthTokenWhitelistUtil} ...) when Liferay's classes run outside a portal: an embedded
 * Felix framework. Liferay's {@code SystemBundleUtil} finds this provider through
 * {@code ServiceLoader} (hence public) and prefers it to the portal's own, which needs the whole
 * portal, because of its higher order.
 *
 * <p>The portal's properties are its defaults ({@code portal.properties} inside release.portal.api),
 * read by Liferay's own {@code PropsImpl}. Liferay's {@code PropsUtil} sets system properties ({@code liferay.home} and others) when it
 * first loads; {@link #stop()} puts back the ones from before {@link #start(Path)}, so that the
 * other checks of this JVM (the OSGi framework test reads {@code liferay.home}) do not see them.
 */
public final class PortalServiceRegistry implements SystemBundleProvider {

	private static Framework framework;
	private static Properties systemPropertiesBefore;

	public static synchronized BundleContext start(Path storage) throws BundleException {
		systemPropertiesBefore = (Properties)System.getProperties().clone();
		// As the portal does at startup: the kernel's properties are the portal's (portal.properties in release.portal.api).
		PropsUtil.setProps(new PropsImpl());
		framework = new FrameworkFactory().newFramework(Map.of(
			Constants.FRAMEWORK_STORAGE, storage.toString(),
			Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
		framework.start();
		return framework.getBundleContext();
	}

	public static synchronized void stop() throws BundleException, InterruptedException {
		framework.stop();
		framework.waitForStop(10_000);
		framework = null;
		System.setProperties(systemPropertiesBefore);
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
