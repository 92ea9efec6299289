package org.peervoice.core.recognition;

import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.Scope;

/** A person's standing choice in one site: recognition about them shows publicly, or waits until they approve it. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_RECOGNITION_PREFERENCE")
public class RecognitionPreference {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "user_key", nullable = false, length = RecognitionLimits.USER_KEY)
	private String userKey;

	@Column(name = "ask_first", nullable = false)
	private boolean askFirst;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected RecognitionPreference() {
	}

	RecognitionPreference(Scope scope, String userKey, boolean askFirst) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.userKey = userKey;
		this.askFirst = askFirst;
	}

	boolean askFirst() {
		return askFirst;
	}

	void choose(boolean askFirstFromNowOn) {
		this.askFirst = askFirstFromNowOn;
	}

}
