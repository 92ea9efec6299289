package org.peervoice.devportal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.Permission;

/**
 * A demo account: sign-in name, opaque user key, display name, sites, and the role it holds in
 * them, whose default permissions it has; and the profile a portal would hold: job title, e-mail
 * address (at example.org, a domain that never delivers) and the role group it counts in.
 */
final class DemoUser {

	private final String userKey;
	private final String screenName;
	private final String displayName;
	private final Set<Long> siteIds;
	private final PeerVoiceRole role;
	private final String jobTitle;
	private final RoleGroup roleGroup;

	/** An account whose job title is its role's name, in the group its role suggests (tests' extra users). */
	DemoUser(String userKey, String screenName, String displayName, Set<Long> siteIds, PeerVoiceRole role) {
		this(userKey, screenName, displayName, siteIds, role, role.roleName(),
			role == PeerVoiceRole.PEER_VOICE_LEADERSHIP ? RoleGroup.LEADERSHIP : RoleGroup.OTHER_STAFF);
	}

	DemoUser(String userKey, String screenName, String displayName, Set<Long> siteIds, PeerVoiceRole role, String jobTitle, RoleGroup roleGroup) {
		this.userKey = userKey;
		this.screenName = screenName;
		this.displayName = displayName;
		this.siteIds = Collections.unmodifiableSet(new LinkedHashSet<>(siteIds));
		this.role = role;
		this.jobTitle = jobTitle;
		this.roleGroup = roleGroup;
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

	String jobTitle() {
		return jobTitle;
	}

	String email() {
		return screenName + "@example.org";
	}

	RoleGroup roleGroup() {
		return roleGroup;
	}

	Set<Permission> permissions() {
		return role.permissions();
	}

	@Override
	public String toString() {
		return "DemoUser[" + screenName + "]";
	}

}
