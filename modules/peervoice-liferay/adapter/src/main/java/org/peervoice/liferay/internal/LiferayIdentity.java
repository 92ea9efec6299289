package org.peervoice.liferay.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.GroupLocalService;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.Site;
import org.peervoice.core.kernel.UnknownItem;

/** A Liferay user (or the guest) as the core sees them; the site id is the Liferay group id. */
final class LiferayIdentity implements Identity {

	private final long companyId;
	private final PermissionChecker permissionChecker;
	private final GroupLocalService groups;

	LiferayIdentity(long companyId, PermissionChecker permissionChecker, GroupLocalService groups) {
		this.companyId = companyId;
		this.permissionChecker = permissionChecker;
		this.groups = groups;
	}

	@Override
	public long companyId() {
		return companyId;
	}

	@Override
	public Optional<String> userKey() {
		return isSignedIn() ? Optional.of(permissionChecker.getUser().getUuid()) : Optional.empty();
	}

	@Override
	public Actor actorIn(long siteId) {
		Group group = groups.fetchGroup(siteId);
		if (group == null || group.getCompanyId() != companyId || !group.isSite() || !group.isActive()) {
			if (!isSignedIn()) {
				// a permission-less guest, as in a site that exists: guests must not learn which site ids exist
				return Actor.guest(new Scope(companyId, siteId));
			}
			throw new UnknownItem("Unknown site " + siteId);
		}
		Scope scope = new Scope(companyId, siteId);
		Set<Permission> permissions = permissionsIn(siteId);
		if (!isSignedIn()) {
			return new Actor(null, "", scope, permissions);
		}
		if (!permissions.contains(Permission.VIEW)) {
			// a site the user cannot see is unknown to them (Identity.actorIn), as visibleSites() leaves it out
			throw new UnknownItem("Unknown site " + siteId);
		}
		User user = permissionChecker.getUser();
		return new Actor(user.getUuid(), user.getFullName(), scope, permissions);
	}

	@Override
	public List<Site> visibleSites() {
		List<Site> sites = new ArrayList<>();
		if (!isSignedIn()) {
			return sites;
		}
		try {
			for (Group group : permissionChecker.getUser().getSiteGroups()) {
				if (group.isActive() && permissionsIn(group.getGroupId()).contains(Permission.VIEW)) {
					sites.add(new Site(group.getGroupId(), group.getDescriptiveName(permissionChecker.getUser().getLocale())));
				}
			}
		}
		catch (PortalException portalException) {
			throw new IllegalStateException("Cannot list the sites of the signed-in user", portalException);
		}
		return sites;
	}

	@Override
	public boolean isSignedIn() {
		return permissionChecker != null && permissionChecker.isSignedIn();
	}

	private Set<Permission> permissionsIn(long siteId) {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		if (permissionChecker == null) {
			return permissions;
		}
		for (Permission permission : Permission.values()) {
			if (permissionChecker.hasPermission(siteId, PeerVoiceResource.NAME, siteId, PeerVoiceResource.actionKey(permission))) {
				permissions.add(permission);
			}
		}
		return permissions;
	}

}
