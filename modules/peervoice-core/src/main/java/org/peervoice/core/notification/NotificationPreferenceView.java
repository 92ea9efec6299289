package org.peervoice.core.notification;

/** Whether a person gets one type of notification. */
public final class NotificationPreferenceView {

	private final NotificationType type;
	private final boolean enabled;

	public NotificationPreferenceView(NotificationType type, boolean enabled) {
		this.type = type;
		this.enabled = enabled;
	}

	public NotificationType getType() {
		return type;
	}

	public boolean isEnabled() {
		return enabled;
	}

}
