package org.peervoice.core.notification;

import java.time.Instant;

/**
 * A notification as its recipient sees it: codes, counts and the item's current title (for a
 * notification about the recipient's own item); its text is the UI's for the type.
 */
public final class NotificationView {

	private final String id;
	private final NotificationType type;
	private final long siteId;
	private final String itemId;
	private final String itemTitle;
	private final String detail;
	private final int newItems;
	private final int writerReplies;
	private final Instant createdAt;
	private final boolean read;

	NotificationView(Notification notification, String itemTitle) {
		this.id = notification.id();
		this.type = notification.type();
		this.siteId = notification.scope().siteId();
		this.itemId = notification.itemId();
		this.itemTitle = itemTitle;
		this.detail = notification.detail();
		this.newItems = notification.newItems();
		this.writerReplies = notification.writerReplies();
		this.createdAt = notification.createdAt();
		this.read = notification.isRead();
	}

	public String getId() {
		return id;
	}

	public NotificationType getType() {
		return type;
	}

	public long getSiteId() {
		return siteId;
	}

	public String getItemId() {
		return itemId;
	}

	public String getItemTitle() {
		return itemTitle;
	}

	public String getDetail() {
		return detail;
	}

	public int getNewItems() {
		return newItems;
	}

	public int getWriterReplies() {
		return writerReplies;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isRead() {
		return read;
	}

}
