package org.peervoice.liferay.framework.portalapi;

import com.liferay.portal.kernel.module.util.SystemBundleProvider;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * Packed into the bundle that wraps {@code release.portal.api}: Liferay's static service holders
 * ({@code AuthTokenUtil} and the like) find the OSGi registry through {@code SystemBundleUtil},
 * which asks {@code ServiceLoader} for a provider and takes the one of highest order. The portal's
 * own provider needs the portal's module framework; this one answers with the framework the
 * wrapper runs in.
 */
public class FrameworkSystemBundle implements SystemBundleProvider {

	@Override
	public Bundle getSystemBundle() {
		BundleContext bundleContext = FrameworkUtil.getBundle(FrameworkSystemBundle.class).getBundleContext();
		return bundleContext == null ? null : bundleContext.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
	}

	@Override
	public int order() {
		return 1;
	}

}
