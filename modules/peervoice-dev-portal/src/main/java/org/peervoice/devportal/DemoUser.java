package org.peervoice.devportal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.peervoice.core.kernel.Permission;

/** A demo account: sign-in name, opaque user key, display name, sites and permissions in them. */
final class DemoUser {

	private final String userKey;
	private final String screenName;
	private final String displayName;
	private final Set<Long> siteIds;
	private final Set<Permission> permissions;

	DemoUser(String userKey, String screenName, String displayName, Set<Long> siteIds, Set<Permission> permissions) {
		this.userKey = userKey;
		this.screenName = screenName;
		this.displayName = displayName;
		this.siteIds = Collections.unmodifiableSet(new LinkedHashSet<>(siteIds));
		Set<Permission> held = EnumSet.noneOf(Permission.class);
		held.addAll(permissions);
		this.permissions = Collections.unmodifiableSet(held);
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

	Set<Permission> permissions() {
		return permissions;
	}

	@Override
	public String toString() {
		return "DemoUser[" + screenName + "]";
	}

}
