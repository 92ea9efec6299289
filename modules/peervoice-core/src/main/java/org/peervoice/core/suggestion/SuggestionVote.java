package org.peervoice.core.suggestion;

import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/**
 * One "me too". The voter is a keyed hash (see {@code VoterHash}) and the row has no time, so
 * neither the database nor its reader can tell who voted or when; and the row is mixed like an
 * anonymous write, so its place in storage does not tell when either.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_SUGGESTION_VOTE")
@NamedQueries({
	@NamedQuery(name = "SuggestionVote.findAmong",
		query = "SELECT v.suggestionId, v.voterHash FROM SuggestionVote v"
			+ " WHERE v.suggestionId IN :suggestionIds AND v.voterHash IN :voterHashes"),
	@NamedQuery(name = "SuggestionVote.countAmong",
		query = "SELECT v.suggestionId, COUNT(v) FROM SuggestionVote v WHERE v.suggestionId IN :suggestionIds GROUP BY v.suggestionId"),
	@NamedQuery(name = "SuggestionVote.find",
		query = "SELECT v FROM SuggestionVote v WHERE v.suggestionId = :suggestionId AND v.voterHash = :voterHash")
})
public class SuggestionVote {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "suggestion_id", nullable = false, length = 36)
	private String suggestionId;

	@Column(name = "voter_hash", nullable = false, length = 64)
	private String voterHash;

	// Every vote is mixed before its row stops dating it (docs/privacy.md).
	@Column(name = "mixed", nullable = false)
	private boolean mixed;

	protected SuggestionVote() {
	}

	SuggestionVote(String suggestionId, String voterHash) {
		this.id = UUID.randomUUID().toString();
		this.suggestionId = suggestionId;
		this.voterHash = voterHash;
		this.mixed = false;
	}

	String suggestionId() {
		return suggestionId;
	}

	String voterHash() {
		return voterHash;
	}

}
