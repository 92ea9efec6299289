package org.peervoice.core.kernel;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting, as the core sees them: an opaque user key (empty for a guest), a display
 * name, the scope they act in, and the permissions they hold there. The core never sees a
 * host's user object.
 */
public final class Actor {

	private final String userKey;
	private final String displayName;
	private final Scope scope;
	private final Set<Permission> permissions;

	public Actor(String userKey, String displayName, Scope scope, Set<Permission> permissions) {
		if (scope == null) {
			throw new IllegalArgumentException("scope is required");
		}
		this.userKey = userKey;
		this.displayName = displayName == null ? "" : displayName;
		this.scope = scope;
		this.permissions = permissions.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(permissions));
	}

	public static Actor guest(Scope scope) {
		return new Actor(null, "", scope, EnumSet.noneOf(Permission.class));
	}

	public Optional<String> userKey() {
		return Optional.ofNullable(userKey);
	}

	public boolean isGuest() {
		return userKey == null;
	}

	public String displayName() {
		return displayName;
	}

	public Scope scope() {
		return scope;
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	public boolean can(Permission permission) {
		return permissions.contains(permission);
	}

	/**
	 * @throws NotSignedIn when a guest attempts something that needs a signed-in user
	 * @throws NotPermitted when the actor lacks the permission
	 */
	public void require(Permission permission) {
		if (!can(permission)) {
			if (isGuest()) {
				throw new NotSignedIn();
			}
			throw new NotPermitted(permission);
		}
	}

	/** A signed-in user's key, or {@link NotSignedIn}. */
	public String requireUserKey() {
		if (userKey == null) {
			throw new NotSignedIn();
		}
		return userKey;
	}

	@Override
	public String toString() {
		return "Actor[scope=" + scope + ", permissions=" + permissions + "]";
	}

}
