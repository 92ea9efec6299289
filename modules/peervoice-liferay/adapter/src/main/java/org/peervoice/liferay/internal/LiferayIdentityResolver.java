package org.peervoice.liferay.internal;

import javax.servlet.http.HttpServletRequest;

import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.util.PortalUtil;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peervoice.core.kernel.Identity;
import org.peervoice.rest.IdentityResolver;

/**
 * Who calls the REST API inside Liferay. The user is taken from the permission checker that
 * Liferay's auth verifiers installed for this request, never from the HTTP session: the
 * session verifier resolves a request without its {@code p_auth} token as the guest, and so
 * must we, or a forged cross-site request could mutate.
 */
@Component(service = IdentityResolver.class)
public class LiferayIdentityResolver implements IdentityResolver {

	private final GroupLocalService groups;

	@Activate
	public LiferayIdentityResolver(@Reference GroupLocalService groups) {
		this.groups = groups;
	}

	@Override
	public Identity resolve(HttpServletRequest request) {
		PermissionChecker permissionChecker = PermissionThreadLocal.getPermissionChecker();
		long companyId = permissionChecker == null ? PortalUtil.getCompanyId(request) : permissionChecker.getCompanyId();
		return new LiferayIdentity(companyId, permissionChecker, groups);
	}

}
