package org.peervoice.liferay.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserConstants;
import com.liferay.portal.kernel.model.UserGroup;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PortalUtil;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peervoice.core.kernel.NameQuery;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.RoleGroupRules;

/**
 * The site's Liferay users as the {@link PeopleDirectory} port, by user key (the user's UUID). Only active users of
 * the company who are members of the site (the group's users) are found, counted or confirmed as members; a search
 * matches the full name with {@link NameQuery} in Java, so accents are ignored whatever the database's collation and
 * neither e-mail addresses nor screen names are searched. Role groups follow the site's {@link RoleGroupRules} (its
 * administrator's mapping, {@link RoleGroupRules#defaults()} until there is one): the user's regular and site roles and
 * user groups, then the job title (docs/liferay/people-directory.md).
 *
 * <p>A search reads the site's members (one query for the group's users); sites of a few thousand people answer in
 * well under the picker's typing delay.
 */
@Component(service = PeopleDirectory.class)
public class LiferayPeopleDirectory implements PeopleDirectory {

	private final UserLocalService users;
	private final RoleLocalService roles;
	private final Function<User, String> portraits;

	@Activate
	public LiferayPeopleDirectory(@Reference UserLocalService users, @Reference RoleLocalService roles) {
		this(users, roles, LiferayPeopleDirectory::portalPortraitPath);
	}

	LiferayPeopleDirectory(UserLocalService users, RoleLocalService roles, Function<User, String> portraits) {
		this.users = users;
		this.roles = roles;
		this.portraits = portraits;
	}

	/**
	 * The portal's own address of a user's portrait, as its themes build it: {@code /image/user_portrait?img_id=...}
	 * with the token that keeps other portraits from being guessed (the same signature in every 7.4 release we
	 * support). The gender argument only picks the default image, which is never asked for here.
	 */
	static String portalPortraitPath(User user) {
		return UserConstants.getPortraitURL(PortalUtil.getPathImage(), true, user.getPortraitId(), user.getUserUuid());
	}

	/** Only a picture the user set (portrait id above 0); without one the directory shows initials. */
	@Override
	public Optional<String> portraitPath(long companyId, String userKey) {
		return active(companyId, userKey).filter(user -> user.getPortraitId() > 0).map(portraits);
	}

	@Override
	public Optional<Profile> profile(long companyId, String userKey) {
		return active(companyId, userKey).map(user -> new Profile(user.getFullName(), user.getEmailAddress(), user.getJobTitle()));
	}

	@Override
	public List<PersonSummary> search(long companyId, long siteId, String text, int limit) {
		NameQuery query = NameQuery.of(text);
		if (query.words().isEmpty() || limit < 1) {
			return List.of();
		}
		return members(companyId, siteId).stream()
			.filter(user -> query.matches(user.getFullName()))
			.map(LiferayPeopleDirectory::summary)
			.sorted(PersonSummary.BY_NAME)
			.limit(limit)
			.collect(Collectors.toList());
	}

	@Override
	public Optional<PersonSummary> member(long companyId, long siteId, String userKey) {
		return active(companyId, userKey).filter(user -> users.hasGroupUser(siteId, user.getUserId())).map(LiferayPeopleDirectory::summary);
	}

	@Override
	public RoleGroup roleGroup(long companyId, long siteId, String userKey, RoleGroupRules rules) {
		return active(companyId, userKey).filter(user -> users.hasGroupUser(siteId, user.getUserId()))
			.map(user -> groupOf(user, siteId, rules)).orElse(RoleGroup.OTHER_STAFF);
	}

	@Override
	public Map<RoleGroup, Integer> headcount(long companyId, long siteId, RoleGroupRules rules) {
		Map<RoleGroup, Integer> counts = new EnumMap<>(RoleGroup.class);
		for (User user : members(companyId, siteId)) {
			counts.merge(groupOf(user, siteId, rules), 1, Integer::sum);
		}
		return counts;
	}

	private Optional<User> active(long companyId, String userKey) {
		if (userKey == null || userKey.isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(users.fetchUserByUuidAndCompanyId(userKey, companyId))
			.filter(User::isActive);
	}

	private List<User> members(long companyId, long siteId) {
		List<User> members = new ArrayList<>();
		for (User user : users.getGroupUsers(siteId)) {
			if (user.getCompanyId() == companyId && user.isActive()) {
				members.add(user);
			}
		}
		return members;
	}

	private RoleGroup groupOf(User user, long siteId, RoleGroupRules rules) {
		List<String> roleNames = new ArrayList<>();
		for (Role role : roles.getUserRoles(user.getUserId())) {
			roleNames.add(role.getName());
		}
		for (Role role : roles.getUserGroupRoles(user.getUserId(), siteId)) {
			roleNames.add(role.getName());
		}
		List<String> userGroupNames = new ArrayList<>();
		for (UserGroup userGroup : user.getUserGroups()) {
			userGroupNames.add(userGroup.getName());
		}
		return rules.groupOf(roleNames, userGroupNames, user.getJobTitle());
	}

	private static PersonSummary summary(User user) {
		return new PersonSummary(user.getUuid(), user.getFullName(), user.getJobTitle());
	}

}
