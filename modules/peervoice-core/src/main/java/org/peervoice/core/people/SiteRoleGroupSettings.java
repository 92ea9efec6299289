package org.peervoice.core.people;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.RoleGroupRules;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteSettingsStore;

/**
 * The stored role-group rules of one site, one rule a line ({@code SOURCE}, tab, {@code GROUP}, tab, name; names hold
 * neither tabs nor line breaks); a site without a row uses the defaults.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_ROLE_GROUP_SETTINGS")
public class SiteRoleGroupSettings implements SiteSettingsStore.Row<RoleGroupSettings> {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "rules", nullable = false, length = RoleGroupLimits.STORED_LENGTH)
	private String rules;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected SiteRoleGroupSettings() {
	}

	SiteRoleGroupSettings(Scope scope, RoleGroupSettings settings) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		change(settings);
	}

	@Override
	public void change(RoleGroupSettings settings) {
		StringBuilder lines = new StringBuilder();
		for (RoleGroupRule rule : settings.getRules()) {
			if (lines.length() > 0) {
				lines.append('\n');
			}
			lines.append(rule.getSource().name()).append('\t').append(rule.getGroup().name()).append('\t').append(rule.getName());
		}
		this.rules = lines.toString();
	}

	@Override
	public RoleGroupSettings settings() {
		List<RoleGroupRule> read = new ArrayList<>();
		for (String line : rules.isEmpty() ? new String[0] : rules.split("\n", -1)) {
			String[] parts = line.split("\t", 3);
			read.add(new RoleGroupRule(RoleGroupRules.Source.valueOf(parts[0]), parts[2], RoleGroup.valueOf(parts[1])));
		}
		return new RoleGroupSettings(List.copyOf(read));
	}

}
