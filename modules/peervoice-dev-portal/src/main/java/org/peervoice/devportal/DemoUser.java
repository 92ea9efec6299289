package org.peervoice.devportal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Permission;

/**
 * A demo account: sign-in name, opaque user key, display name, sites, and the role it holds in
 * them, whose default permissions it has.
 */
final class DemoUser {

	private final String userKey;
	private final String screenName;
	private final String displayName;
	private final Set<Long> siteIds;
	private final PeerVoiceRole role;

	DemoUser(String userKey, String screenName, String displayName, Set<Long> siteIds, PeerVoiceRole role) {
		this.userKey = userKey;
		this.screenName = screenName;
		this.displayName = displayName;
		this.siteIds = Collections.unmodifiableSet(new LinkedHashSet<>(siteIds));
		this.role = role;
	}

	String userKey() {
		return userKey;
	}

	String screenName() {
		return screenName;
	}

	String displayName() {
		return displayName;
	}

	boolean isMemberOf(long siteId) {
		return siteIds.contains(siteId);
	}

	Set<Long> siteIds() {
		return siteIds;
	}

	PeerVoiceRole role() {
		return role;
	}

	Set<Permission> permissions() {
		return role.permissions();
	}

	@Override
	public String toString() {
		return "DemoUser[" + screenName + "]";
	}

}
