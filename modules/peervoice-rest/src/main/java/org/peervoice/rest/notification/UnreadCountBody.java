package org.peervoice.rest.notification;

/** {@code {"unreadCount": n}}. */
public final class UnreadCountBody {

	private final long unreadCount;

	UnreadCountBody(long unreadCount) {
		this.unreadCount = unreadCount;
	}

	public long getUnreadCount() {
		return unreadCount;
	}

}
