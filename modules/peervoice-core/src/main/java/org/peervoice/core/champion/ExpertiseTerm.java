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

import org.peervoice.core.kernel.Scope;

/** One tag of a site's expertise vocabulary; two spellings that fold alike (case, accents) are one tag. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_CHAMPION_EXPERTISE_TERM")
@NamedQueries({
	@NamedQuery(name = "ExpertiseTerm.inSite",
		query = "SELECT t FROM ExpertiseTerm t WHERE t.companyId = :companyId AND t.siteId = :siteId")
})
public class ExpertiseTerm {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "term", nullable = false, length = ChampionLimits.EXPERTISE_TAG)
	private String term;

	@Column(name = "folded_term", nullable = false, length = 160)
	private String foldedTerm;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ExpertiseTerm() {
	}

	ExpertiseTerm(Scope scope, String term, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.term = term;
		this.foldedTerm = SearchFolding.fold(term);
		this.createdAt = now;
	}

	Scope scope() {
		return new Scope(companyId, siteId);
	}

	String term() {
		return term;
	}

	String foldedTerm() {
		return foldedTerm;
	}

}
