package org.peervoice.rest.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.notification.NotificationPreferenceView;
import org.peervoice.core.notification.NotificationType;

/** The body of the notification preferences, in both directions: {@code {"preferences": [{"type", "enabled"}]}}. */
public final class PreferencesBody {

	private List<Preference> preferences;

	PreferencesBody() {
	}

	PreferencesBody(List<NotificationPreferenceView> views) {
		this.preferences = views.stream().map(view -> new Preference(view.getType(), view.isEnabled())).collect(Collectors.toList());
	}

	public List<Preference> getPreferences() {
		return preferences;
	}

	Map<NotificationType, Boolean> choices() {
		FieldErrors errors = new FieldErrors();
		Map<NotificationType, Boolean> choices = new EnumMap<>(NotificationType.class);
		if (preferences == null) {
			errors.add("preferences", "required", "is required");
		}
		else if (preferences.size() > NotificationType.values().length) {
			errors.add("preferences", "invalid-count", "must list each type at most once");
		}
		else {
			for (int i = 0; i < preferences.size(); i++) {
				Preference preference = preferences.get(i);
				if (preference == null || preference.type == null || preference.enabled == null) {
					errors.add("preferences[" + i + "]", "required", "needs a type and enabled");
				}
				else if (choices.put(preference.type, preference.enabled) != null) {
					errors.add("preferences[" + i + "].type", "duplicate-key", "is listed twice");
				}
			}
		}
		errors.throwIfAny();
		return choices;
	}

	/** One type on or off. */
	public static final class Preference {

		private NotificationType type;
		private Boolean enabled;

		Preference() {
		}

		Preference(NotificationType type, boolean enabled) {
			this.type = type;
			this.enabled = enabled;
		}

		public NotificationType getType() {
			return type;
		}

		public Boolean getEnabled() {
			return enabled;
		}

	}

}
