package org.peervoice.service.internal;

import com.liferay.portal.kernel.util.PropsUtil;

/**
 * Liferay's portal properties ({@code portal-ext.properties}), read only when the bundle runs in
 * Liferay: elsewhere (the OSGi verification framework) the package is not there and every key is
 * unknown.
 */
final class LiferayPortalProperties {

	private LiferayPortalProperties() {
	}

	static String get(String key) {
		try {
			return PropsUtil.get(key);
		}
		catch (LinkageError | RuntimeException notInLiferay) {
			return null;
		}
	}

}
