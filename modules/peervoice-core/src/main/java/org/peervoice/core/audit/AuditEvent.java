package org.peervoice.core.audit;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.peervoice.core.kernel.Actor;

/**
 * Something a privileged user did to someone else's content (e.g. redacting an anonymous
 * suggestion), recorded under that user's name. Never records anything about anonymous writers.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_AUDIT_EVENT")
public class AuditEvent {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "actor_key", nullable = false, length = 75)
	private String actorKey;

	@Column(name = "actor_name", nullable = false, length = 200)
	private String actorName;

	@Column(name = "action", nullable = false, length = 60)
	private String action;

	@Column(name = "item_id", nullable = false, length = 36)
	private String itemId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	protected AuditEvent() {
	}

	public AuditEvent(Actor actor, String action, String itemId, Instant occurredAt) {
		this.id = UUID.randomUUID().toString();
		this.companyId = actor.scope().companyId();
		this.siteId = actor.scope().siteId();
		this.actorKey = actor.requireUserKey();
		this.actorName = actor.displayName();
		this.action = action;
		this.itemId = itemId;
		this.occurredAt = occurredAt;
	}

	public String action() {
		return action;
	}

	public String itemId() {
		return itemId;
	}

	public String actorName() {
		return actorName;
	}

}
