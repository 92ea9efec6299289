package org.peervoice.liferay.framework.portal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.liferay.portal.kernel.exception.NoSuchGroupException;
import com.liferay.portal.kernel.exception.NoSuchRoleException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.security.permission.PermissionChecker;

/**
 * The portal's data as far as PeerVoice asks for it: one company with two sites, four users,
 * the site roles (Liferay's "Site Member" and whatever the adapter creates), the permissions
 * granted to roles (by the adapter, through the stand-in ResourcePermissionLocalService) and
 * signed-in sessions with their CSRF tokens. A permission check answers as Liferay's does for a
 * site role: the user must be a member of the site and hold a role that has the action granted.
 */
final class PortalDirectory {

	static final long COMPANY_ID = 20097;
	static final long GUEST_USER_ID = 20101;
	static final long RIVERSIDE = 20121;
	static final long NORTHSIDE = 20122;

	private final Map<Long, String> sites = new LinkedHashMap<>();
	private final Map<String, Member> members = new LinkedHashMap<>();
	private final Map<String, Long> roleIds = new ConcurrentHashMap<>();
	private final Set<String> grants = ConcurrentHashMap.newKeySet();
	private final Set<String> resourceActions = ConcurrentHashMap.newKeySet();
	private final Map<String, String> sessions = new ConcurrentHashMap<>();
	private final Map<String, String> tokens = new ConcurrentHashMap<>();
	private final AtomicLong ids = new AtomicLong(30000);
	private final SecureRandom random = new SecureRandom();

	PortalDirectory() {
		sites.put(RIVERSIDE, "Riverside Community Clinic");
		sites.put(NORTHSIDE, "Northside Recovery Center");
		roleIds.put(RoleConstants.SITE_MEMBER, 20111L);
		member("alex", "Alex Rivera", RIVERSIDE);
		member("casey", "Casey Morgan", RIVERSIDE, "Peer Champion");
		member("lee", "Lee Chen", RIVERSIDE, "Peer Voice Leadership");
		member("noor", "Noor Haddad", NORTHSIDE);
		member("sam", "Sam Ortiz", RIVERSIDE, RoleConstants.SITE_ADMINISTRATOR);
	}

	private void member(String screenName, String fullName, long siteId, String... siteRoles) {
		members.put(screenName, new Member(ids.incrementAndGet(), screenName, fullName, siteId, List.of(siteRoles)));
	}

	Company company() {
		return Fake.of(Company.class, "Company " + COMPANY_ID).constant("getCompanyId", COMPANY_ID).build();
	}

	Group fetchGroup(long groupId) {
		String name = sites.get(groupId);
		if (name == null) {
			return null;
		}
		return Fake.of(Group.class, "Group " + name)
			.constant("getGroupId", groupId)
			.constant("getCompanyId", COMPANY_ID)
			.constant("isSite", true)
			.constant("isActive", true)
			.constant("isStagingGroup", false)
			.constant("getName", name)
			.constant("getDescriptiveName", name)
			.build();
	}

	Group getGroup(long groupId) {
		Group group = fetchGroup(groupId);
		if (group == null) {
			throw new Fake.PortalFailure(new NoSuchGroupException("No group " + groupId));
		}
		return group;
	}

	Role fetchRole(String name) {
		Long roleId = roleIds.get(name);
		return roleId == null ? null : role(roleId, name);
	}

	Role getRole(String name) {
		Role role = fetchRole(name);
		if (role == null) {
			throw new Fake.PortalFailure(new NoSuchRoleException("No role " + name));
		}
		return role;
	}

	Role addRole(String name, int type) {
		if (type != RoleConstants.TYPE_SITE || roleIds.putIfAbsent(name, ids.incrementAndGet()) != null) {
			throw new IllegalArgumentException("Only new site roles are expected, not " + name + " of type " + type);
		}
		return fetchRole(name);
	}

	private static Role role(long roleId, String name) {
		return Fake.of(Role.class, "Role " + name)
			.constant("getRoleId", roleId)
			.constant("getName", name)
			.constant("getCompanyId", COMPANY_ID)
			.constant("getType", RoleConstants.TYPE_SITE)
			.build();
	}

	void checkResourceActions(String name, List<String> actionIds) {
		for (String actionId : actionIds) {
			resourceActions.add(name + '#' + actionId);
		}
	}

	void grant(int scope, String primKey, long roleId, String name, String actionId) {
		if (!resourceActions.contains(name + '#' + actionId)) {
			// Liferay refuses a grant of an action nobody declared (NoSuchResourceActionException).
			throw new IllegalStateException("The action " + actionId + " of " + name + " was granted before it was declared");
		}
		grants.add(roleId + "|" + scope + "|" + primKey + "|" + name + "|" + actionId);
	}

	String signIn(String screenName) {
		if (!members.containsKey(screenName)) {
			throw new IllegalArgumentException("No user " + screenName);
		}
		String sessionId = token();
		sessions.put(sessionId, screenName);
		return sessionId;
	}

	String guestSession() {
		return token();
	}

	/** The session's CSRF token, as Liferay's AuthToken hands it to pages (p_auth). */
	String csrfToken(String sessionId) {
		return tokens.computeIfAbsent(sessionId, id -> token());
	}

	/** The user of a session whose CSRF token came along; otherwise null: the guest. */
	User verifiedUser(String sessionId, String csrfToken) {
		if (sessionId == null || csrfToken == null || !csrfToken.equals(tokens.get(sessionId))) {
			return null;
		}
		String screenName = sessions.get(sessionId);
		return screenName == null ? null : user(members.get(screenName));
	}

	User sessionUser(String sessionId) {
		String screenName = sessionId == null ? null : sessions.get(sessionId);
		return screenName == null ? null : user(members.get(screenName));
	}

	User guest() {
		return Fake.of(User.class, "the guest user")
			.constant("getUserId", GUEST_USER_ID)
			.constant("getCompanyId", COMPANY_ID)
			.constant("getFullName", "")
			.constant("getLocale", Locale.US)
			.constant("isGuestUser", true)
			.constant("isDefaultUser", true)
			.build();
	}

	private User user(Member member) {
		return Fake.of(User.class, "User " + member.screenName)
			.constant("getUserId", member.userId)
			.constant("getUuid", "uuid-" + member.screenName)
			.constant("getScreenName", member.screenName)
			.constant("getCompanyId", COMPANY_ID)
			.constant("getFullName", member.fullName)
			.constant("getLocale", Locale.US)
			.constant("isGuestUser", false)
			.constant("isDefaultUser", false)
			.answer("getSiteGroups", args -> Collections.singletonList(fetchGroup(member.siteId)))
			.build();
	}

	/** What Liferay's auth verifiers leave in PermissionThreadLocal: the user's checker, or the guest's. */
	PermissionChecker permissionChecker(User signedIn) {
		User user = signedIn == null ? guest() : signedIn;
		Member member = signedIn == null ? null : members.get(signedIn.getScreenName());
		return Fake.of(PermissionChecker.class, "PermissionChecker of " + user)
			.constant("getCompanyId", COMPANY_ID)
			.constant("getUserId", user.getUserId())
			.constant("getUser", user)
			.constant("isSignedIn", signedIn != null)
			.constant("isOmniadmin", false)
			.constant("isCompanyAdmin", false)
			.answer("hasPermission", args -> member != null && args[0] instanceof Long
				&& hasPermission(member, (Long)args[0], (String)args[1], String.valueOf(args[2]), (String)args[3]))
			.build();
	}

	private boolean hasPermission(Member member, long groupId, String name, String primKey, String actionId) {
		if (member.siteId != groupId) {
			return false;
		}
		if (member.siteRoles.contains(RoleConstants.SITE_ADMINISTRATOR)) {
			// Liferay's permission checker lets a site's administrators do everything in it (group admin).
			return true;
		}
		List<String> roles = new ArrayList<>(member.siteRoles);
		roles.add(RoleConstants.SITE_MEMBER);
		for (String role : roles) {
			Long roleId = roleIds.get(role);
			if (roleId != null && (grants.contains(roleId + "|" + ResourceConstants.SCOPE_GROUP_TEMPLATE + "|0|" + name + "|" + actionId)
					|| grants.contains(roleId + "|" + ResourceConstants.SCOPE_GROUP + "|" + groupId + "|" + name + "|" + actionId)
					|| grants.contains(roleId + "|" + ResourceConstants.SCOPE_INDIVIDUAL + "|" + primKey + "|" + name + "|" + actionId))) {
				return true;
			}
		}
		return false;
	}

	Map<String, Object> describeRoles() {
		Map<String, Object> description = new LinkedHashMap<>();
		for (Map.Entry<String, Long> role : roleIds.entrySet()) {
			List<String> actions = new ArrayList<>();
			for (String grant : grants) {
				String[] parts = grant.split("\\|");
				if (parts[0].equals(String.valueOf(role.getValue()))) {
					actions.add(parts[4]);
				}
			}
			Collections.sort(actions);
			description.put(role.getKey(), actions);
		}
		return description;
	}

	private String token() {
		byte[] bytes = new byte[12];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static final class Member {

		final long userId;
		final String screenName;
		final String fullName;
		final long siteId;
		final List<String> siteRoles;

		Member(long userId, String screenName, String fullName, long siteId, List<String> siteRoles) {
			this.userId = userId;
			this.screenName = screenName;
			this.fullName = fullName;
			this.siteId = siteId;
			this.siteRoles = siteRoles;
		}

	}

}
