package org.peervoice.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.RoleGroupRules;

/**
 * The people of a test's site as the recognition tests' directory port gives them: its members by their names, and
 * synthetic staff ({@code staff-<ROLE_GROUP>-<n>}, "Staff ...") in their role group; no profiles; the head counts and
 * other people's role groups as the test sets them. {@link #inEverySite} makes the same people members of every site.
 */
final class SitePeople implements PeopleDirectory {

	private final long site;
	private final List<SiteMember> members;
	private final Map<RoleGroup, Integer> headcount;
	private final Function<String, RoleGroup> roleGroupOfMember;
	private final Consumer<RoleGroupRules> rulesSeen;
	private boolean everySite;

	SitePeople(long site, List<SiteMember> members, Map<RoleGroup, Integer> headcount, Function<String, RoleGroup> roleGroupOfMember,
		Consumer<RoleGroupRules> rulesSeen) {
		this.site = site;
		this.members = members;
		this.headcount = headcount;
		this.roleGroupOfMember = roleGroupOfMember;
		this.rulesSeen = rulesSeen;
	}

	/** The same people are members of every site (for tests that give recognition in two sites). */
	SitePeople inEverySite() {
		everySite = true;
		return this;
	}

	@Override
	public Optional<Profile> profile(long companyId, String userKey) {
		return Optional.empty();
	}

	@Override
	public Optional<PersonSummary> member(long companyId, long siteId, String userKey) {
		if (siteId != site && !everySite) {
			return Optional.empty();
		}
		if (userKey.startsWith("staff-")) {
			return Optional.of(new PersonSummary(userKey, "Staff " + userKey, ""));
		}
		return members.stream().filter(m -> m.userKey().orElseThrow().equals(userKey)).findFirst()
			.map(m -> new PersonSummary(userKey, m.actorIn(site).displayName(), ""));
	}

	@Override
	public Map<RoleGroup, Integer> headcount(long companyId, long siteId, RoleGroupRules rules) {
		rulesSeen.accept(rules);
		return headcount;
	}

	@Override
	public RoleGroup roleGroup(long companyId, long siteId, String userKey, RoleGroupRules rules) {
		rulesSeen.accept(rules);
		if (userKey.startsWith("staff-")) {
			return RoleGroup.valueOf(userKey.substring("staff-".length(), userKey.lastIndexOf('-')));
		}
		return roleGroupOfMember.apply(userKey);
	}

}
