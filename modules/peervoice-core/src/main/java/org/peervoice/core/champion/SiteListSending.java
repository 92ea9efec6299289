package org.peervoice.core.champion;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.Scope;

/** When leadership last sent a site's list to all its champions: one row per site, for the rate limit. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_CHAMPION_LIST_SENDING")
@NamedQueries({
	@NamedQuery(name = "SiteListSending.findByScope",
		query = "SELECT s FROM SiteListSending s WHERE s.companyId = :companyId AND s.siteId = :siteId")
})
public class SiteListSending {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected SiteListSending() {
	}

	SiteListSending(Scope scope, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.sentAt = now;
	}

	Instant sentAt() {
		return sentAt;
	}

	void sent(Instant now) {
		this.sentAt = now;
	}

	Scope scope() {
		return new Scope(companyId, siteId);
	}

}
