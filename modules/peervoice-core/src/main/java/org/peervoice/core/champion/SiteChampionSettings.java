package org.peervoice.core.champion;

import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.Scope;

/** The stored champion directory settings of one site; a site without a row uses the defaults. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_CHAMPION_SETTINGS")
@NamedQueries({
	@NamedQuery(name = "SiteChampionSettings.findByScope",
		query = "SELECT s FROM SiteChampionSettings s WHERE s.companyId = :companyId AND s.siteId = :siteId")
})
public class SiteChampionSettings {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "approval_required", nullable = false)
	private boolean approvalRequired;

	@Column(name = "reconfirm_days", nullable = false)
	private int reconfirmDays;

	@Column(name = "grace_days", nullable = false)
	private int graceDays;

	@Column(name = "phone_region", nullable = false, length = 2)
	private String phoneRegion;

	// V19; rows stored before it read true (the column's default), as owners could edit these fields then
	@Column(name = "profile_fields_editable", nullable = false)
	private boolean profileFieldsEditable;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected SiteChampionSettings() {
	}

	SiteChampionSettings(Scope scope, ChampionSettings settings) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		change(settings);
	}

	void change(ChampionSettings settings) {
		DirectorySettingsCache.changed();
		this.approvalRequired = settings.isApprovalRequired();
		this.reconfirmDays = settings.getReconfirmDays();
		this.graceDays = settings.getGraceDays();
		this.phoneRegion = settings.getPhoneRegion();
		this.profileFieldsEditable = settings.isProfileFieldsEditable();
	}

	// and again once written, for a search that read the old row in between (DirectorySettingsCache)
	@PostPersist
	@PostUpdate
	@PostRemove
	void written() {
		DirectorySettingsCache.changed();
		DirectoryAnswers.touched(scope());
	}

	Scope scope() {
		return new Scope(companyId, siteId);
	}

	ChampionSettings settings() {
		return new ChampionSettings(approvalRequired, reconfirmDays, graceDays, phoneRegion, profileFieldsEditable);
	}

}
