package org.peervoice.core.champion;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.Scope;

/**
 * Leadership's invitation to one site member to become a champion. Only leadership and the nominee ever read it; it
 * is deleted when the nominee answers (accepting turns it into a draft listing), so nothing about a nominee who
 * declines is kept.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_CHAMPION_NOMINATION")
@NamedQueries({
	@NamedQuery(name = "ChampionNomination.inSite",
		query = "SELECT n FROM ChampionNomination n WHERE n.companyId = :companyId AND n.siteId = :siteId"),
	@NamedQuery(name = "ChampionNomination.ofNominee",
		query = "SELECT n FROM ChampionNomination n WHERE n.companyId = :companyId AND n.siteId = :siteId AND n.nomineeKey = :nomineeKey"),
	@NamedQuery(name = "ChampionNomination.allOfNominee",
		query = "SELECT n FROM ChampionNomination n WHERE n.companyId = :companyId AND n.nomineeKey = :nomineeKey")
})
public class ChampionNomination {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "nominee_key", nullable = false, length = 75)
	private String nomineeKey;

	@Column(name = "nominee_name", nullable = false, length = ChampionLimits.DISPLAY_NAME)
	private String nomineeName;

	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false, length = 20)
	private ChampionCategory category;

	@Column(name = "message", length = ChampionLimits.NOMINATION_MESSAGE)
	private String message;

	@Column(name = "nominated_by", nullable = false, length = 75)
	private String nominatedBy;

	@Column(name = "nominator_name", nullable = false, length = ChampionLimits.DISPLAY_NAME)
	private String nominatorName;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected ChampionNomination() {
	}

	ChampionNomination(Scope scope, String nomineeKey, String nomineeName, ChampionCategory category, String message, String nominatedBy,
		String nominatorName, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.nomineeKey = nomineeKey;
		this.nomineeName = nomineeName;
		this.category = category;
		this.message = message.isEmpty() ? null : message;
		this.nominatedBy = nominatedBy;
		this.nominatorName = nominatorName;
		this.createdAt = now;
	}

	String id() {
		return id;
	}

	Scope scope() {
		return new Scope(companyId, siteId);
	}

	String nomineeKey() {
		return nomineeKey;
	}

	String nomineeName() {
		return nomineeName;
	}

	ChampionCategory category() {
		return category;
	}

	String message() {
		return message;
	}

	String nominatedBy() {
		return nominatedBy;
	}

	String nominatorName() {
		return nominatorName;
	}

	Instant createdAt() {
		return createdAt;
	}

}
