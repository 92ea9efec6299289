package org.peervoice.core.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;

/**
 * How a portal that knows roles, user groups and job titles but not Peer Voice's role groups places its people
 * (Liferay): rules in order, the first that names one of the person's roles or user groups, or their job title,
 * decides; nobody matched is {@link RoleGroup#OTHER_STAFF}. Names compare whole, with case and accents aside.
 */
public final class RoleGroupRules {

	/** What a rule looks at. */
	public enum Source {
		ROLE, USER_GROUP, JOB_TITLE
	}

	/** One rule: people with this role, in this user group, or with this job title count in this group. */
	public static final class Rule {

		private final Source source;
		private final String name;
		private final RoleGroup group;

		public Rule(Source source, String name, RoleGroup group) {
			this.source = Objects.requireNonNull(source, "source");
			this.name = Objects.requireNonNull(name, "name");
			this.group = Objects.requireNonNull(group, "group");
		}

		public Source source() {
			return source;
		}

		public String name() {
			return name;
		}

		public RoleGroup group() {
			return group;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Rule && ((Rule) other).source == source && ((Rule) other).name.equals(name) && ((Rule) other).group == group;
		}

		@Override
		public int hashCode() {
			return Objects.hash(source, name, group);
		}

	}

	private final List<Rule> rules;

	public RoleGroupRules(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** Out of the box: the site role "Peer Voice Leadership" is leadership; everyone else other staff. */
	public static RoleGroupRules defaults() {
		return new RoleGroupRules(List.of(new Rule(Source.ROLE, PeerVoiceRole.PEER_VOICE_LEADERSHIP.roleName(), RoleGroup.LEADERSHIP)));
	}

	public List<Rule> rules() {
		return rules;
	}

	/** Whether these are the out-of-the-box rules, i.e. the site never stored its own. */
	public boolean isDefault() {
		return rules.equals(defaults().rules);
	}

	public RoleGroup groupOf(Collection<String> roleNames, Collection<String> userGroupNames, String jobTitle) {
		List<String> roles = folded(roleNames);
		List<String> userGroups = folded(userGroupNames);
		String title = NameQuery.fold(jobTitle).trim();
		for (Rule rule : rules) {
			String name = NameQuery.fold(rule.name()).trim();
			boolean matches;
			switch (rule.source()) {
				case ROLE:
					matches = roles.contains(name);
					break;
				case USER_GROUP:
					matches = userGroups.contains(name);
					break;
				default:
					matches = !name.isEmpty() && title.equals(name);
			}
			if (matches) {
				return rule.group();
			}
		}
		return RoleGroup.OTHER_STAFF;
	}

	private static List<String> folded(Collection<String> names) {
		List<String> folded = new ArrayList<>();
		for (String name : names == null ? List.<String>of() : names) {
			folded.add(NameQuery.fold(name).trim());
		}
		return folded;
	}

}
