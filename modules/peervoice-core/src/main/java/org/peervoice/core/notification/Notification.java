package org.peervoice.core.notification;

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

import org.peervoice.core.kernel.Scope;

/**
 * One notification for one person, as the dispatcher hands it to the host's
 * {@link NotificationDelivery}; PeerVoice's own delivery stores it ({@code PV_NOTIFICATION}). It
 * carries codes and counts only, never user text and never a writer: its text is the recipient's
 * language's text for its type. {@code sourceId} is the event or digest run it comes from: the same
 * source never reaches one person twice.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_NOTIFICATION")
@NamedQueries({
	@NamedQuery(name = "Notification.mine",
		query = "SELECT n FROM Notification n WHERE n.companyId = :companyId AND n.recipientKey = :recipientKey ORDER BY n.createdAt DESC, n.id"),
	@NamedQuery(name = "Notification.countMine",
		query = "SELECT COUNT(n) FROM Notification n WHERE n.companyId = :companyId AND n.recipientKey = :recipientKey"),
	@NamedQuery(name = "Notification.countUnread",
		query = "SELECT COUNT(n) FROM Notification n WHERE n.companyId = :companyId AND n.recipientKey = :recipientKey AND n.readAt IS NULL"),
	@NamedQuery(name = "Notification.unreadItems",
		query = "SELECT DISTINCT n.itemId FROM Notification n WHERE n.companyId = :companyId AND n.recipientKey = :recipientKey"
			+ " AND n.readAt IS NULL AND n.itemId IN :itemIds"),
	@NamedQuery(name = "Notification.bySource",
		query = "SELECT COUNT(n) FROM Notification n WHERE n.sourceId = :sourceId AND n.recipientKey = :recipientKey")
})
public class Notification {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "recipient_key", nullable = false, length = 75)
	private String recipientKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "type", nullable = false, length = 40)
	private NotificationType type;

	@Column(name = "item_id", length = 36)
	private String itemId;

	@Column(name = "detail", length = 40)
	private String detail;

	@Column(name = "new_items", nullable = false)
	private int newItems;

	@Column(name = "writer_replies", nullable = false)
	private int writerReplies;

	@Column(name = "source_id", nullable = false, length = 36)
	private String sourceId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	private Notification(String sourceId, Scope scope, String recipientKey, NotificationType type, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.sourceId = sourceId;
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.recipientKey = recipientKey;
		this.type = type;
		this.createdAt = now;
	}

	static Notification of(NotificationEvent event, Instant now) {
		Notification notification = new Notification(event.id(), event.scope(), event.recipientKey(), event.type(), now);
		notification.itemId = event.itemId();
		notification.detail = event.detail();
		return notification;
	}

	static Notification digest(String runId, Scope site, String reviewerKey, int newItems, int writerReplies, Instant now) {
		Notification notification = new Notification(runId, site, reviewerKey, NotificationType.REVIEW_DIGEST, now);
		notification.newItems = newItems;
		notification.writerReplies = writerReplies;
		return notification;
	}

	public String id() {
		return id;
	}

	/** The event or digest run it comes from, for a host that must not deliver one twice. */
	public String sourceId() {
		return sourceId;
	}

	public Scope scope() {
		return new Scope(companyId, siteId);
	}

	public String recipientKey() {
		return recipientKey;
	}

	public NotificationType type() {
		return type;
	}

	/** The item it is about ({@code null} for a digest). */
	public String itemId() {
		return itemId;
	}

	/** A code its text shows, such as the new status; {@code null} if none. */
	public String detail() {
		return detail;
	}

	public int newItems() {
		return newItems;
	}

	public int writerReplies() {
		return writerReplies;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public boolean isRead() {
		return readAt != null;
	}

	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	@Override
	public String toString() {
		return "Notification[" + type + " " + itemId + "]";
	}

}
