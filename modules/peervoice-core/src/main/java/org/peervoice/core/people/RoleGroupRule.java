package org.peervoice.core.people;

import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.RoleGroupRules;

/**
 * One rule of a site's role-group mapping as the API reads and writes it: people with this role, in this user group,
 * or with this job title ({@code source}) count in this role group.
 */
public final class RoleGroupRule {

	private RoleGroupRules.Source source;
	private String name;
	private RoleGroup group;

	// for the JSON reader
	private RoleGroupRule() {
	}

	public RoleGroupRule(RoleGroupRules.Source source, String name, RoleGroup group) {
		this.source = source;
		this.name = name;
		this.group = group;
	}

	public RoleGroupRules.Source getSource() {
		return source;
	}

	public String getName() {
		return name;
	}

	public RoleGroup getGroup() {
		return group;
	}

}
