package org.peervoice.liferay.verification.standin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.Site;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.rest.IdentityResolver;

/** Two users in one site: {@code alex} (staff) and {@code lee} (leadership); no credentials is the guest. */
class DemoIdentityResolver implements IdentityResolver {

	static final long COMPANY_ID = 20097;
	static final long SITE_ID = 20121;

	@Override
	public Identity resolve(HttpServletRequest request) {
		String user = basicUser(request.getHeader("Authorization"));
		return new Identity() {

			@Override
			public long companyId() {
				return COMPANY_ID;
			}

			@Override
			public boolean isSignedIn() {
				return user != null;
			}

			@Override
			public Actor actorIn(long siteId) {
				if (siteId != SITE_ID) {
					throw new UnknownItem("Unknown site " + siteId);
				}
				Scope scope = new Scope(COMPANY_ID, SITE_ID);
				if (user == null) {
					return Actor.guest(scope);
				}
				return new Actor("user-" + user, user, scope, permissionsOf(user));
			}

			@Override
			public List<Site> visibleSites() {
				return user == null ? Collections.emptyList() : Collections.singletonList(new Site(SITE_ID, "Riverside Community Clinic"));
			}

		};
	}

	private static Set<Permission> permissionsOf(String user) {
		Set<Permission> permissions = EnumSet.of(Permission.VIEW, Permission.SUBMIT, Permission.VOTE, Permission.RECOGNIZE);
		if ("lee".equals(user)) {
			permissions.addAll(EnumSet.of(Permission.REVIEW, Permission.RESPOND, Permission.MODERATE));
		}
		return permissions;
	}

	private static String basicUser(String authorization) {
		if (authorization == null || !authorization.startsWith("Basic ")) {
			return null;
		}
		String credentials = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
		String[] userAndPassword = credentials.split(":", 2);
		if (userAndPassword.length == 2 && "demo".equals(userAndPassword[1])
				&& ("alex".equals(userAndPassword[0]) || "lee".equals(userAndPassword[0]))) {
			return userAndPassword[0];
		}
		return null;
	}

}
