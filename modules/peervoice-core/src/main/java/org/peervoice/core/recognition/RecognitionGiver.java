package org.peervoice.core.recognition;

import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.peervoice.core.kernel.Scope;

/**
 * A person who gives recognition in a site, as a row to lock: giving locks it first, so that two of the person's requests
 * at the same time run one after the other and the daily limit and the repeat rule see what the other stored
 * ({@link JpaRecognitions#lockGiver}).
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_RECOGNITION_GIVER")
public class RecognitionGiver {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "giver_key", nullable = false, length = RecognitionLimits.USER_KEY)
	private String giverKey;

	/** How many gives locked the row; only written, so that the locking UPDATE changes the row on every database. */
	@Column(name = "attempts", nullable = false)
	private long attempts;

	protected RecognitionGiver() {
	}

	RecognitionGiver(Scope scope, String giverKey) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.giverKey = giverKey;
		this.attempts = 1;
	}

}
