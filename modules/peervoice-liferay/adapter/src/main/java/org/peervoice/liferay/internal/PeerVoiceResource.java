package org.peervoice.liferay.internal;

import java.util.ArrayList;
import java.util.List;

import org.peervoice.core.kernel.Permission;

/**
 * The site-scoped model resource our permissions are granted on. PeerVoice items are not
 * Liferay entities, so there is one root resource per site (primary key: the group id) whose
 * action keys are the names of {@link Permission}; it is declared in the org.peervoice.web
 * bundle's {@code resource-actions/default.xml}.
 */
final class PeerVoiceResource {

	static final String NAME = "org.peervoice";

	private PeerVoiceResource() {
	}

	static String actionKey(Permission permission) {
		return permission.name();
	}

	static List<String> actionKeys() {
		List<String> keys = new ArrayList<>();
		for (Permission permission : Permission.values()) {
			keys.add(actionKey(permission));
		}
		return keys;
	}

}
