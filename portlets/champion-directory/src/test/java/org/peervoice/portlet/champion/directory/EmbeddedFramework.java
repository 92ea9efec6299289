package org.peervoice.portlet.champion.directory;

import java.nio.file.Path;
import java.util.Map;

import com.liferay.portal.kernel.module.util.SystemBundleProvider;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * The OSGi service registry behind Liferay's static service holders ({@code AuthTokenUtil} and
 * the like) outside the portal: an embedded Felix framework. Liferay's {@code SystemBundleUtil}
 * finds this provider through {@code ServiceLoader} (public for that reason) and prefers it to
 * the portal's own, which needs the whole portal, because of its higher order.
 */
public final class EmbeddedFramework implements SystemBundleProvider {

	private static Framework framework;

	static synchronized BundleContext start(Path storage) throws BundleException {
		framework = new FrameworkFactory().newFramework(Map.of(
			Constants.FRAMEWORK_STORAGE, storage.toString(),
			Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
		framework.start();
		return framework.getBundleContext();
	}

	static synchronized void stop() throws BundleException, InterruptedException {
		framework.stop();
		framework.waitForStop(10_000);
		framework = null;
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
