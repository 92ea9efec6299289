package org.peervoice.liferay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peervoice.liferay.internal.LiferayIdentityTest.fake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroup;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.RoleGroupRules;
import org.peervoice.core.kernel.RoleGroupRules.Rule;
import org.peervoice.core.kernel.RoleGroupRules.Source;

/** The site's rules place Liferay users by their regular and site roles, user groups and job title, in rule order. */
class LiferayPeopleDirectoryTest {

	static final long COMPANY = 20097;
	static final long SITE = 20121;

	private final Map<Long, List<String>> regularRoles = new HashMap<>();
	private final User rosa = user(1, "rosa-uuid", "Recovery coach", List.of(), List.of("Peer Support Team"));
	private final User omar = user(2, "omar-uuid", "Licensed Clinical Social Worker", List.of(), List.of());
	private final User lee = user(3, "lee-uuid", "Director", List.of("Peer Voice Leadership"), List.of("Peer Support Team"));
	private final User gone = user(4, "gone-uuid", "Recovery Coach", List.of(), List.of());
	private final Map<Long, List<String>> siteRoles = Map.of(2L, List.of("Clinicians"));

	private final LiferayPeopleDirectory directory = new LiferayPeopleDirectory(users(), roles());

	@Test
	void theFirstRuleThatNamesARoleAUserGroupOrTheJobTitleDecides() {
		RoleGroupRules rules = new RoleGroupRules(List.of(
			new Rule(Source.ROLE, "Peer Voice Leadership", RoleGroup.LEADERSHIP),
			new Rule(Source.USER_GROUP, "peer support team", RoleGroup.PEER_STAFF),
			new Rule(Source.ROLE, "CLINICIANS", RoleGroup.CLINICAL_STAFF)));

		assertEquals(RoleGroup.PEER_STAFF, directory.roleGroup(COMPANY, SITE, "rosa-uuid", rules), "by the user group, whatever the case");
		assertEquals(RoleGroup.CLINICAL_STAFF, directory.roleGroup(COMPANY, SITE, "omar-uuid", rules), "by the site role");
		assertEquals(RoleGroup.LEADERSHIP, directory.roleGroup(COMPANY, SITE, "lee-uuid", rules), "the earlier rule wins");
		assertEquals(RoleGroup.OTHER_STAFF, directory.roleGroup(COMPANY, SITE, "gone-uuid", rules), "an inactive user is nobody's");
		assertEquals(Map.of(RoleGroup.PEER_STAFF, 1, RoleGroup.CLINICAL_STAFF, 1, RoleGroup.LEADERSHIP, 1),
			directory.headcount(COMPANY, SITE, rules), "active members only");

		RoleGroupRules byTitle = new RoleGroupRules(List.of(new Rule(Source.JOB_TITLE, "recovery coach", RoleGroup.PEER_STAFF)));
		assertEquals(RoleGroup.PEER_STAFF, directory.roleGroup(COMPANY, SITE, "rosa-uuid", byTitle));
		assertEquals(RoleGroup.OTHER_STAFF, directory.roleGroup(COMPANY, SITE, "lee-uuid", byTitle));
		assertEquals(RoleGroup.LEADERSHIP, directory.roleGroup(COMPANY, SITE, "lee-uuid", RoleGroupRules.defaults()), "the defaults");
	}

	@Test
	void aPictureIsThePortalsPathOfTheUsersOwnPortraitAndNothingWithoutOneOrForTheInactive() {
		LiferayPeopleDirectory withPaths = new LiferayPeopleDirectory(users(), roles(),
			user -> "/image/user_portrait?img_id=" + user.getPortraitId());
		assertEquals(java.util.Optional.of("/image/user_portrait?img_id=31"), withPaths.portraitPath(COMPANY, "rosa-uuid"));
		assertEquals(java.util.Optional.empty(), withPaths.portraitPath(COMPANY, "omar-uuid"), "no picture set: initials");
		assertEquals(java.util.Optional.empty(), withPaths.portraitPath(COMPANY, "gone-uuid"), "inactive");
		assertEquals(java.util.Optional.empty(), withPaths.portraitPath(COMPANY + 1, "rosa-uuid"), "another company");
	}

	private UserLocalService users() {
		Map<String, LiferayIdentityTest.Answer> answers = new HashMap<>();
		List<User> all = List.of(rosa, omar, lee, gone);
		answers.put("fetchUserByUuidAndCompanyId", arguments -> all.stream().filter(user -> user.getUuid().equals(arguments[0])
			&& (Long) arguments[1] == COMPANY).findFirst().orElse(null));
		answers.put("hasGroupUser", arguments -> (Long) arguments[0] == SITE);
		answers.put("getGroupUsers", arguments -> (Long) arguments[0] == SITE ? all : List.of());
		return fake(UserLocalService.class, answers);
	}

	private RoleLocalService roles() {
		Map<String, LiferayIdentityTest.Answer> answers = new HashMap<>();
		answers.put("getUserRoles", arguments -> named(Role.class, regularRoles.getOrDefault((Long) arguments[0], List.of())));
		answers.put("getUserGroupRoles", arguments -> (Long) arguments[1] == SITE
			? named(Role.class, siteRoles.getOrDefault((Long) arguments[0], List.of())) : List.of());
		return fake(RoleLocalService.class, answers);
	}

	private User user(long id, String uuid, String jobTitle, List<String> regular, List<String> userGroups) {
		regularRoles.put(id, regular);
		return fake(User.class, Map.of("getUserId", arguments -> id, "getUuid", arguments -> uuid, "getCompanyId", arguments -> COMPANY,
			"isActive", arguments -> id != 4, "getJobTitle", arguments -> jobTitle, "getFullName", arguments -> uuid,
			"getUserGroups", arguments -> named(UserGroup.class, userGroups), "getPortraitId", arguments -> id == 1 || id == 4 ? 31L : 0L));
	}

	private static <T> List<T> named(Class<T> type, List<String> names) {
		return names.stream().map(name -> fake(type, Map.of("getName", arguments -> name))).collect(Collectors.toList());
	}

}
