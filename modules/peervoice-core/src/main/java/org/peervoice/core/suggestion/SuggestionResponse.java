package org.peervoice.core.suggestion;

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

/** A public response by a reviewer, shown with the suggestion. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_SUGGESTION_RESPONSE")
@NamedQueries({
	@NamedQuery(name = "SuggestionResponse.findBySuggestions",
		query = "SELECT r FROM SuggestionResponse r WHERE r.suggestionId IN :suggestionIds ORDER BY r.createdAt, r.id")
})
public class SuggestionResponse {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "suggestion_id", nullable = false, length = 36)
	private String suggestionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", length = 20)
	private SuggestionStatus status;

	@Column(name = "message", nullable = false, length = 2000)
	private String message;

	@Column(name = "responder_key", nullable = false, length = 75)
	private String responderKey;

	@Column(name = "responder_name", nullable = false, length = 200)
	private String responderName;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SuggestionResponse() {
	}

	SuggestionResponse(String suggestionId, SuggestionStatus status, String message, String responderKey,
		String responderName, Instant createdAt) {
		this.id = UUID.randomUUID().toString();
		this.suggestionId = suggestionId;
		this.status = status;
		this.message = message;
		this.responderKey = responderKey;
		this.responderName = responderName;
		this.createdAt = createdAt;
	}

	String suggestionId() {
		return suggestionId;
	}

	ResponseView view() {
		return new ResponseView(id, status, message, new org.peervoice.core.kernel.Person(responderName), createdAt);
	}

}
