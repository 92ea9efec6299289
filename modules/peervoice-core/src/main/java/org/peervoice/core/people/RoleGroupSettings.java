package org.peervoice.core.people;

import java.util.ArrayList;
import java.util.List;

import org.peervoice.core.kernel.RoleGroupRules;

/**
 * How a site places its people in role groups for aggregate views (the equity of the recognition board), and the body
 * of {@code PUT /sites/{siteId}/role-group-rules}: rules in order, the first that matches decides, nobody matched is
 * other staff. A portal that knows roles, user groups and job titles (Liferay) places people by them; the dev portal's
 * demo organization places its people itself until a site stores rules of its own.
 */
public final class RoleGroupSettings {

	private List<RoleGroupRule> rules;

	// for the JSON reader
	private RoleGroupSettings() {
	}

	public RoleGroupSettings(List<RoleGroupRule> rules) {
		this.rules = rules;
	}

	public static RoleGroupSettings defaults() {
		return of(RoleGroupRules.defaults());
	}

	static RoleGroupSettings of(RoleGroupRules rules) {
		List<RoleGroupRule> body = new ArrayList<>();
		for (RoleGroupRules.Rule rule : rules.rules()) {
			body.add(new RoleGroupRule(rule.source(), rule.name(), rule.group()));
		}
		return new RoleGroupSettings(List.copyOf(body));
	}

	public List<RoleGroupRule> getRules() {
		return rules;
	}

	/** The rules the directory applies. */
	public RoleGroupRules toRules() {
		List<RoleGroupRules.Rule> applied = new ArrayList<>();
		for (RoleGroupRule rule : rules) {
			applied.add(new RoleGroupRules.Rule(rule.getSource(), rule.getName(), rule.getGroup()));
		}
		return new RoleGroupRules(applied);
	}

}
