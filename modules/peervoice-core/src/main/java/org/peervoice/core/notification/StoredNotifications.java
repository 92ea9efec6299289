package org.peervoice.core.notification;

import org.peervoice.core.kernel.UnitOfWork;

/**
 * PeerVoice's own delivery: the notification is stored in {@code PV_NOTIFICATION}, in the
 * dispatcher's transaction, for the dev portal's bell ({@link NotificationInbox}).
 */
public final class StoredNotifications implements NotificationDelivery {

	private final NotificationStore store;

	public StoredNotifications(UnitOfWork unitOfWork) {
		this(new JpaNotificationStore(unitOfWork));
	}

	StoredNotifications(NotificationStore store) {
		this.store = store;
	}

	@Override
	public void deliver(Notification notification) {
		if (!store.holds(notification.sourceId(), notification.recipientKey())) {
			store.store(notification);
		}
	}

}
