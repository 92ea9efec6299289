package org.peervoice.rest.site;

import java.util.List;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Permission;

/** The caller in one site: name, whether signed in, and permissions. The user key stays out. */
public final class MeBody {

	private final String name;
	private final boolean signedIn;
	private final long siteId;
	private final List<Permission> permissions;

	MeBody(Actor actor, long siteId) {
		this.name = actor.displayName();
		this.signedIn = !actor.isGuest();
		this.siteId = siteId;
		this.permissions = actor.permissions().stream().sorted().collect(Collectors.toList());
	}

	public String getName() {
		return name;
	}

	public boolean isSignedIn() {
		return signedIn;
	}

	public long getSiteId() {
		return siteId;
	}

	public List<Permission> getPermissions() {
		return permissions;
	}

}
