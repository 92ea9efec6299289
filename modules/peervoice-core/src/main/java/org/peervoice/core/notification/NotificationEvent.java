package org.peervoice.core.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.peervoice.core.kernel.Scope;

/**
 * Something someone should learn about, stored in the outbox ({@code PV_NOTIFICATION_OUTBOX}) in
 * the same transaction as the change it reports, and removed when delivered. An event names its
 * recipient only when it is for one identified person; an event for reviewers names nobody and
 * waits for the site's digest. An event never carries user text.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_NOTIFICATION_OUTBOX")
public class NotificationEvent {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Enumerated(EnumType.STRING)
	@Column(name = "type", nullable = false, length = 40)
	private NotificationType type;

	@Enumerated(EnumType.STRING)
	@Column(name = "digest_entry", length = 40)
	private DigestEntry digestEntry;

	@Column(name = "item_id", length = 36)
	private String itemId;

	@Column(name = "recipient_key", length = 75)
	private String recipientKey;

	@Column(name = "detail", length = 40)
	private String detail;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected NotificationEvent() {
	}

	private NotificationEvent(Scope scope, NotificationType type, String itemId, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.type = type;
		this.itemId = itemId;
		this.createdAt = now;
	}

	/**
	 * For one identified person, delivered at once.
	 *
	 * @param detail a code the text shows (a new status), never user text; may be {@code null}
	 */
	public static NotificationEvent forPerson(NotificationType type, Scope scope, String itemId, String recipientKey, String detail,
		Instant now) {
		if (type.audience() != NotificationType.Audience.WRITER) {
			throw new IllegalArgumentException(type + " is not for one person");
		}
		NotificationEvent event = new NotificationEvent(scope, type, itemId, now);
		event.recipientKey = Objects.requireNonNull(recipientKey, "recipientKey");
		event.detail = detail;
		return event;
	}

	/** For the site's reviewers, in their next digest. Publish an anonymous write's event only at its mixing point. */
	public static NotificationEvent forReviewers(DigestEntry entry, Scope scope, String itemId, Instant now) {
		NotificationEvent event = new NotificationEvent(scope, NotificationType.REVIEW_DIGEST, itemId, now);
		event.digestEntry = entry;
		return event;
	}

	public String id() {
		return id;
	}

	public Scope scope() {
		return new Scope(companyId, siteId);
	}

	public NotificationType type() {
		return type;
	}

	public DigestEntry digestEntry() {
		return digestEntry;
	}

	public String itemId() {
		return itemId;
	}

	public String recipientKey() {
		return recipientKey;
	}

	public String detail() {
		return detail;
	}

	@Override
	public String toString() {
		return "NotificationEvent[" + type + (digestEntry == null ? "" : " " + digestEntry) + " " + itemId + "]";
	}

}
