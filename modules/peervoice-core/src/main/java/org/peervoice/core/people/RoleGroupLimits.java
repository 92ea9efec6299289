package org.peervoice.core.people;

import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.RoleGroupRules;

/** The bounds of a site's role-group rules; openapi.yaml repeats them and ContractLimitsTest checks both. */
public final class RoleGroupLimits {

	/** The most rules a site keeps: a mapping names a few roles, user groups and job titles, not every person. */
	public static final int MAX_RULES = 40;

	/** The longest name a rule matches, in UTF-16 code units (Liferay's job titles hold 100, its role names 75). */
	public static final int NAME = 100;

	/**
	 * The stored column: every rule at its longest, one a line ({@code SiteRoleGroupSettings}); a constant for the JPA
	 * mapping, {@link #storedLengthNeeded()} computes it and a test compares them.
	 */
	public static final int STORED_LENGTH = 5079;

	private RoleGroupLimits() {
	}

	static int storedLengthNeeded() {
		return MAX_RULES * (longest(RoleGroupRules.Source.values()) + 1 + longest(RoleGroup.values()) + 1 + NAME) + MAX_RULES - 1;
	}

	private static int longest(Enum<?>[] constants) {
		int longest = 0;
		for (Enum<?> constant : constants) {
			longest = Math.max(longest, constant.name().length());
		}
		return longest;
	}

}
