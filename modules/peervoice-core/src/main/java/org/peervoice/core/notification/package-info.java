/**
 * Notifications, built once for every capability (docs/notifications.md). Capabilities publish
 * {@link org.peervoice.core.notification.NotificationEvent}s through the
 * {@link org.peervoice.core.notification.Notifier} port inside their unit of work (the outbox);
 * the {@link org.peervoice.core.notification.NotificationDispatcher} delivers them afterwards,
 * once, through the host's {@link org.peervoice.core.notification.NotificationDelivery}. Events
 * for reviewers gather into one digest per site and period; anonymous writes enter it only at
 * their mixing point. {@link org.peervoice.core.notification.NotificationInbox} is the use cases
 * of the notifications PeerVoice stores itself (the dev portal's bell) and of each person's
 * preferences.
 */
package org.peervoice.core.notification;
