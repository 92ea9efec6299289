package org.peervoice.liferay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.GroupLocalService;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnknownItem;

class LiferayIdentityTest {

	static final long COMPANY = 20097;
	static final long SITE = 20121;
	static final long OTHER_COMPANYS_SITE = 30555;

	private final GroupLocalService groups = fake(GroupLocalService.class, Map.of("fetchGroup", arguments -> {
		long groupId = (Long)arguments[0];
		if (groupId == SITE) {
			return site(SITE, COMPANY);
		}
		if (groupId == OTHER_COMPANYS_SITE) {
			return site(OTHER_COMPANYS_SITE, 99999L);
		}
		return null;
	}));

	@Test
	void signedInUserActsWithTheResourcePermissionsTheyHoldInTheSite() {
		PermissionChecker checker = signedIn("b5c0-uuid", "Alex Rivera", EnumSet.of(Permission.VIEW, Permission.SUBMIT, Permission.VOTE));

		Actor actor = new LiferayIdentity(COMPANY, checker, groups).actorIn(SITE);

		assertEquals("b5c0-uuid", actor.requireUserKey());
		assertEquals("Alex Rivera", actor.displayName());
		assertEquals(EnumSet.of(Permission.VIEW, Permission.SUBMIT, Permission.VOTE), actor.permissions());
		assertEquals(SITE, actor.scope().siteId());
		assertEquals(COMPANY, actor.scope().companyId());
	}

	@Test
	void requestWithoutVerifiedUserIsTheGuestWhoCannotSubmit() {
		PermissionChecker guest = fake(PermissionChecker.class, Map.of(
			"isSignedIn", arguments -> false,
			"hasPermission", arguments -> "VIEW".equals(arguments[3])));

		Actor actor = new LiferayIdentity(COMPANY, guest, groups).actorIn(SITE);

		assertTrue(actor.isGuest());
		assertTrue(actor.can(Permission.VIEW));
		assertFalse(actor.can(Permission.SUBMIT));
		assertTrue(new LiferayIdentity(COMPANY, null, groups).actorIn(SITE).isGuest());
		assertTrue(new LiferayIdentity(COMPANY, guest, groups).visibleSites().isEmpty());
	}

	@Test
	void siteOfAnotherPortalInstanceOrUnknownGroupIsUnknown() {
		PermissionChecker checker = signedIn("u", "U", EnumSet.allOf(Permission.class));
		LiferayIdentity identity = new LiferayIdentity(COMPANY, checker, groups);

		assertThrows(UnknownItem.class, () -> identity.actorIn(OTHER_COMPANYS_SITE));
		assertThrows(UnknownItem.class, () -> identity.actorIn(424242));
	}

	@Test
	void guestIsThePermissionlessGuestInEverySiteIdSoSiteIdsCannotBeListed() {
		PermissionChecker guest = fake(PermissionChecker.class, Map.of("isSignedIn", arguments -> false, "hasPermission", arguments -> false));
		LiferayIdentity identity = new LiferayIdentity(COMPANY, guest, groups);

		for (long siteId : new long[] { SITE, OTHER_COMPANYS_SITE, 424242, 1 }) {
			Actor actor = identity.actorIn(siteId);
			assertTrue(actor.isGuest());
			assertTrue(actor.permissions().isEmpty(), () -> "site " + siteId);
		}
		assertFalse(identity.isSignedIn());
	}

	@Test
	void permissionsAreCheckedOnThePeerVoiceResourceOfTheSite() {
		PermissionChecker checker = fake(PermissionChecker.class, Map.of(
			"isSignedIn", arguments -> true,
			"getUser", arguments -> user("u", "U"),
			"hasPermission", arguments -> arguments[0].equals(SITE) && "org.peervoice".equals(arguments[1])
				&& arguments[2].equals(SITE) && Set.of("VIEW", "REVIEW").contains(arguments[3])));

		assertEquals(Set.of(Permission.VIEW, Permission.REVIEW), new LiferayIdentity(COMPANY, checker, groups).actorIn(SITE).permissions());
	}

	@Test
	void siteTheSignedInUserCannotViewIsUnknownToThemLikeAGroupThatDoesNotExist() {
		PermissionChecker memberElsewhere = signedIn("n", "Noor Haddad", EnumSet.noneOf(Permission.class));
		PermissionChecker everythingButView = signedIn("r", "R", EnumSet.complementOf(EnumSet.of(Permission.VIEW)));

		assertThrows(UnknownItem.class, () -> new LiferayIdentity(COMPANY, memberElsewhere, groups).actorIn(SITE));
		assertThrows(UnknownItem.class, () -> new LiferayIdentity(COMPANY, everythingButView, groups).actorIn(SITE));
	}

	private static PermissionChecker signedIn(String uuid, String name, Set<Permission> held) {
		User user = user(uuid, name);
		return fake(PermissionChecker.class, Map.of(
			"isSignedIn", arguments -> true,
			"getUser", arguments -> user,
			"getCompanyId", arguments -> COMPANY,
			"hasPermission", arguments -> held.contains(Permission.valueOf((String)arguments[3]))));
	}

	private static User user(String uuid, String name) {
		return fake(User.class, Map.of("getUuid", arguments -> uuid, "getFullName", arguments -> name,
			"getLocale", arguments -> Locale.US, "getSiteGroups", arguments -> Collections.emptyList()));
	}

	private static Group site(long groupId, long companyId) {
		return fake(Group.class, Map.of("getGroupId", arguments -> groupId, "getCompanyId", arguments -> companyId,
			"isSite", arguments -> true, "isActive", arguments -> true));
	}

	interface Answer {

		Object answer(Object[] arguments);

	}

	@SuppressWarnings("unchecked")
	static <T> T fake(Class<T> type, Map<String, Answer> answers) {
		return (T)Proxy.newProxyInstance(LiferayIdentityTest.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
			Answer answer = answers.get(method.getName());
			if (answer == null) {
				throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
			}
			return answer.answer(arguments);
		});
	}

}
