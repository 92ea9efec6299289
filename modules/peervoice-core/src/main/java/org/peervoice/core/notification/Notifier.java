package org.peervoice.core.notification;

/**
 * Port: how capabilities say that something happened that someone should learn about. Call it
 * inside the unit of work of the change: the event is stored with the change (or rolled back with
 * it) and delivered afterwards by the {@link NotificationDispatcher}; a capability never calls a host.
 */
@FunctionalInterface
public interface Notifier {

	void publish(NotificationEvent event);

	/** Publishes nothing: for hosts and tests without notifications. */
	static Notifier none() {
		return event -> {
		};
	}

}
