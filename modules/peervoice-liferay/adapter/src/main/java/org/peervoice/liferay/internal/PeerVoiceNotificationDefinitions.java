package org.peervoice.liferay.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.notifications.UserNotificationDefinition;
import com.liferay.portal.kernel.notifications.UserNotificationDeliveryType;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.peervoice.core.notification.NotificationType;

/**
 * One Liferay notification definition per PeerVoice notification type, so each person turns each type on or off (for
 * the website) in Liferay's own notification settings, as docs/notifications.md says.
 */
@Component(service = {})
public class PeerVoiceNotificationDefinitions {

	private final List<ServiceRegistration<UserNotificationDefinition>> registrations = new ArrayList<>();

	@Activate
	public PeerVoiceNotificationDefinitions(BundleContext bundleContext) {
		for (NotificationType type : NotificationType.values()) {
			UserNotificationDefinition definition = new UserNotificationDefinition(LiferayNotifications.PORTLET_ID, 0,
				LiferayNotifications.notificationType(type), type.languageKey());
			definition.addUserNotificationDeliveryType(new UserNotificationDeliveryType("website",
				UserNotificationDeliveryConstants.TYPE_WEBSITE, true, true));
			Dictionary<String, Object> properties = new Hashtable<>();
			properties.put("javax.portlet.name", LiferayNotifications.PORTLET_ID);
			registrations.add(bundleContext.registerService(UserNotificationDefinition.class, definition, properties));
		}
	}

	@Deactivate
	void unregister() {
		for (ServiceRegistration<UserNotificationDefinition> registration : registrations) {
			try {
				registration.unregister();
			}
			catch (IllegalStateException alreadyGone) {
				// the framework unregisters a stopping bundle's services itself
			}
		}
	}

}
