package org.peervoice.liferay.internal;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.json.JSONFactoryUtil;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.notifications.UserNotificationManagerUtil;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peervoice.core.notification.Notification;
import org.peervoice.core.notification.NotificationDelivery;

/**
 * Delivers PeerVoice's notifications as Liferay user notification events, so they appear in the portal's notification
 * center and the person's own delivery settings apply. Liferay stores them in its own transaction: a notification
 * whose source the person already holds (a run retried after a failure) is skipped, so each arrives once.
 */
@Component(service = NotificationDelivery.class)
public class LiferayNotificationDelivery implements NotificationDelivery {

	private final UserLocalService users;
	private final UserNotificationEventLocalService events;

	@Activate
	public LiferayNotificationDelivery(@Reference UserLocalService users, @Reference UserNotificationEventLocalService events) {
		this.users = users;
		this.events = events;
	}

	@Override
	public void deliver(Notification notification) {
		User user = users.fetchUserByUuidAndCompanyId(notification.recipientKey(), notification.scope().companyId());
		if (user == null || !user.isActive() || alreadyHolds(user.getUserId(), notification.sourceId())) {
			return;
		}
		try {
			int type = LiferayNotifications.notificationType(notification.type());
			if (!UserNotificationManagerUtil.isDeliver(user.getUserId(), LiferayNotifications.PORTLET_ID, 0, type,
				UserNotificationDeliveryConstants.TYPE_WEBSITE)) {
				return;
			}
			ServiceContext serviceContext = new ServiceContext();
			serviceContext.setCompanyId(notification.scope().companyId());
			serviceContext.setScopeGroupId(notification.scope().siteId());
			events.addUserNotificationEvent(user.getUserId(), LiferayNotifications.PORTLET_ID, notification.createdAt().toEpochMilli(),
				UserNotificationDeliveryConstants.TYPE_WEBSITE, 0, payload(notification).toString(), false, serviceContext);
		}
		catch (PortalException failed) {
			throw new IllegalStateException("Liferay refused a notification of type " + notification.type(), failed);
		}
	}

	private boolean alreadyHolds(long userId, String sourceId) {
		DynamicQuery query = events.dynamicQuery();
		query.add(RestrictionsFactoryUtil.eq("userId", userId));
		query.add(RestrictionsFactoryUtil.eq("type", LiferayNotifications.PORTLET_ID));
		query.add(RestrictionsFactoryUtil.like("payload", "%" + LiferayNotifications.sourceMarker(sourceId) + "%"));
		return events.dynamicQueryCount(query) > 0;
	}

	// Codes, ids and counts only: no text of an item, no writer.
	static JSONObject payload(Notification notification) {
		JSONObject payload = JSONFactoryUtil.createJSONObject();
		payload.put(LiferayNotifications.TYPE, notification.type().name());
		payload.put(LiferayNotifications.SOURCE, notification.sourceId());
		payload.put(LiferayNotifications.SITE, notification.scope().siteId());
		payload.put(LiferayNotifications.ITEM, notification.itemId() == null ? "" : notification.itemId());
		payload.put(LiferayNotifications.DETAIL, notification.detail() == null ? "" : notification.detail());
		payload.put(LiferayNotifications.NEW_ITEMS, notification.newItems());
		payload.put(LiferayNotifications.WRITER_REPLIES, notification.writerReplies());
		payload.put("notificationType", LiferayNotifications.notificationType(notification.type()));
		return payload;
	}

}
