package org.peervoice.core.notification;

import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/** A person's choice for one notification type; without a row the type is on. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_NOTIFICATION_PREFERENCE")
@NamedQueries({
	@NamedQuery(name = "NotificationPreference.of",
		query = "SELECT p FROM NotificationPreference p WHERE p.companyId = :companyId AND p.userKey = :userKey")
})
public class NotificationPreference {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "user_key", nullable = false, length = 75)
	private String userKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "type", nullable = false, length = 40)
	private NotificationType type;

	@Column(name = "enabled", nullable = false)
	private boolean enabled;

	protected NotificationPreference() {
	}

	NotificationPreference(long companyId, String userKey, NotificationType type, boolean enabled) {
		this.id = UUID.randomUUID().toString();
		this.companyId = companyId;
		this.userKey = userKey;
		this.type = type;
		this.enabled = enabled;
	}

	NotificationType type() {
		return type;
	}

	boolean isEnabled() {
		return enabled;
	}

	void set(boolean on) {
		enabled = on;
	}

}
