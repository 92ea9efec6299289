package org.peervoice.liferay.internal;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;

import com.liferay.portal.instance.lifecycle.BasePortalInstanceLifecycleListener;
import com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.ResourceActionLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.PeerVoiceRole;

/**
 * Creates the two site roles PeerVoice adds ({@link PeerVoiceRole}), once per portal instance,
 * with their default grants in every site, and grants Liferay's Site Member role its defaults. A role that already exists is left alone, so an
 * administrator's later changes to it survive restarts and upgrades.
 */
@Component(service = PortalInstanceLifecycleListener.class)
public class PeerVoiceRoles extends BasePortalInstanceLifecycleListener {

	private static final Log log = LogFactoryUtil.getLog(PeerVoiceRoles.class);

	private final RoleLocalService roles;
	private final ResourceActionLocalService resourceActions;
	private final ResourcePermissionLocalService resourcePermissions;
	private final UserLocalService users;

	@Activate
	public PeerVoiceRoles(@Reference RoleLocalService roles, @Reference ResourceActionLocalService resourceActions,
			@Reference ResourcePermissionLocalService resourcePermissions, @Reference UserLocalService users) {
		this.roles = roles;
		this.resourceActions = resourceActions;
		this.resourcePermissions = resourcePermissions;
		this.users = users;
	}

	@Override
	public void portalInstanceRegistered(Company company) throws Exception {
		// org.peervoice.web declares these actions too; declaring them here makes the grants
		// below independent of which bundle starts first.
		resourceActions.checkResourceActions(PeerVoiceResource.NAME, PeerVoiceResource.actionKeys());
		boolean firstStart = roles.fetchRole(company.getCompanyId(), PeerVoiceRole.PEER_CHAMPION.roleName()) == null;
		ensureRole(company, PeerVoiceRole.PEER_CHAMPION, "Peer support champion: answers questions about peer integration.");
		ensureRole(company, PeerVoiceRole.PEER_VOICE_LEADERSHIP, "Reviews and responds to peer voice; sees insights.");
		if (firstStart) {
			// Only on the first start, so an administrator who later takes a grant away keeps it away.
			grantInAllSites(company, roles.getRole(company.getCompanyId(), RoleConstants.SITE_MEMBER), PeerVoiceRole.SITE_MEMBER.permissions());
		}
	}

	private void grantInAllSites(Company company, Role role, Set<Permission> permissions) throws Exception {
		for (Permission permission : permissions) {
			resourcePermissions.addResourcePermission(company.getCompanyId(), PeerVoiceResource.NAME,
				ResourceConstants.SCOPE_GROUP_TEMPLATE, String.valueOf(0), role.getRoleId(), PeerVoiceResource.actionKey(permission));
		}
	}

	private void ensureRole(Company company, PeerVoiceRole peerVoiceRole, String description) throws Exception {
		String name = peerVoiceRole.roleName();
		if (roles.fetchRole(company.getCompanyId(), name) != null) {
			return;
		}
		ServiceContext serviceContext = new ServiceContext();
		serviceContext.setCompanyId(company.getCompanyId());
		// getDefaultUserId, not its newer name getGuestUserId: only the old name exists in every supported
		// release (docs/liferay/verification.md, "Supported versions").
		Role role = roles.addRole(users.getDefaultUserId(company.getCompanyId()), null, 0, name,
			Collections.singletonMap(Locale.US, name), Collections.singletonMap(Locale.US, description),
			RoleConstants.TYPE_SITE, null, serviceContext);
		grantInAllSites(company, role, peerVoiceRole.permissions());
		log.info("Created the site role " + name + " with its default PeerVoice permissions");
	}

}
