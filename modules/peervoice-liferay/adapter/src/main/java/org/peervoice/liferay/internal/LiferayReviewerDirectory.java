package org.peervoice.liferay.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.service.UserLocalService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.notification.ReviewerDirectory;

/**
 * Who gets a site's review digest: the site's members whom Liferay's permission checker grants PeerVoice's REVIEW
 * action there (through a site role, a regular role or as site administrator), by user key (UUID).
 */
@Component(service = ReviewerDirectory.class)
public class LiferayReviewerDirectory implements ReviewerDirectory {

	private final UserLocalService users;
	private final PermissionCheckerFactory permissionCheckers;

	@Activate
	public LiferayReviewerDirectory(@Reference UserLocalService users, @Reference PermissionCheckerFactory permissionCheckers) {
		this.users = users;
		this.permissionCheckers = permissionCheckers;
	}

	@Override
	public Collection<String> reviewersOf(Scope site) {
		List<String> reviewers = new ArrayList<>();
		for (long userId : users.getGroupUserIds(site.siteId())) {
			User user = users.fetchUser(userId);
			if (user == null || !user.isActive() || user.getCompanyId() != site.companyId()) {
				continue;
			}
			PermissionChecker checker = permissionCheckers.create(user);
			if (checker.hasPermission(site.siteId(), PeerVoiceResource.NAME, site.siteId(), PeerVoiceResource.actionKey(Permission.REVIEW))) {
				reviewers.add(user.getUuid());
			}
		}
		return reviewers;
	}

}
