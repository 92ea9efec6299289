package org.peervoice.core.notification;

/**
 * Port: how a host hands a notification to its person. Called by the {@link NotificationDispatcher}
 * inside the unit of work that removes the notification's event from the outbox: if it throws, the
 * event stays and the next run tries again. PeerVoice's own store ({@link StoredNotifications})
 * joins that transaction, so each notification is stored exactly once; a host that delivers
 * elsewhere (Liferay's notification service) should skip a notification whose
 * {@link Notification#sourceId()} it already holds for the same person.
 */
@FunctionalInterface
public interface NotificationDelivery {

	void deliver(Notification notification);

}
