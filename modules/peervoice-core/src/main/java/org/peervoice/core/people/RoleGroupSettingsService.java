package org.peervoice.core.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.NameQuery;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.RoleGroupRules;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteSettingsStore;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UserText;

/**
 * A site's role-group rules: those who see the aggregate views they shape read them (VIEW_INSIGHTS), CONFIGURE changes them.
 * Aggregate views read {@link #rulesOf} when they ask the directory for a person's group or the groups' heads.
 */
public final class RoleGroupSettingsService {

	private final SiteSettingsStore<RoleGroupSettings, SiteRoleGroupSettings> store;

	public RoleGroupSettingsService(UnitOfWork unitOfWork) {
		this.store = new SiteSettingsStore<>(unitOfWork, Permission.VIEW_INSIGHTS,
			SiteSettingsStore.rowsOf(unitOfWork, SiteRoleGroupSettings.class), SiteRoleGroupSettings::new,
			RoleGroupSettings::defaults, RoleGroupSettingsService::valid);
	}

	public RoleGroupSettings settings(Identity who, long siteId) {
		return store.read(who, siteId);
	}

	public RoleGroupSettings updateSettings(Identity who, long siteId, RoleGroupSettings settings) {
		return store.update(who, siteId, settings);
	}

	/** The rules the site applies, within the caller's unit of work. */
	public RoleGroupRules rulesOf(Scope scope) {
		return store.current(scope).toRules();
	}

	/** Names are one line each; a source and name pair appears once (a later rule with it could never decide). */
	static RoleGroupSettings valid(RoleGroupSettings settings) {
		if (settings == null) {
			return null;
		}
		FieldErrors errors = new FieldErrors();
		List<RoleGroupRule> rules = settings.getRules();
		List<RoleGroupRule> normalized = new ArrayList<>();
		if (rules == null) {
			errors.add("rules", "required", "must be a list of rules (it may be empty)");
		}
		else if (rules.size() > RoleGroupLimits.MAX_RULES) {
			errors.add("rules", "too-many", "must hold at most " + RoleGroupLimits.MAX_RULES + " rules");
		}
		else {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < rules.size(); i++) {
				RoleGroupRule rule = rules.get(i);
				String field = "rules[" + i + "]";
				if (rule == null || rule.getSource() == null || rule.getGroup() == null) {
					errors.add(field, "required", "needs a source, a name and a group");
					continue;
				}
				String name = UserText.requireLine(errors, field + ".name", rule.getName(), RoleGroupLimits.NAME).trim();
				if (!name.isEmpty() && !seen.add(rule.getSource() + "\t" + NameQuery.fold(name))) {
					errors.add(field + ".name", "duplicate", "names a " + rule.getSource() + " an earlier rule names already");
				}
				normalized.add(new RoleGroupRule(rule.getSource(), name, rule.getGroup()));
			}
		}
		errors.throwIfAny();
		return new RoleGroupSettings(List.copyOf(normalized));
	}

}
