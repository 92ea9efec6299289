package org.peervoice.core.recognition;

import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteSettingsStore;

/** The stored recognition settings of one site; a site without a row uses the defaults. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_RECOGNITION_SETTINGS")
public class SiteRecognitionSettings implements SiteSettingsStore.Row<RecognitionSettings> {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "value_keys", nullable = false, length = ValueLines.LENGTH)
	private String valueKeys;

	@Column(name = "public_by_default", nullable = false)
	private boolean publicByDefault;

	@Column(name = "daily_limit", nullable = false)
	private int dailyLimit;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected SiteRecognitionSettings() {
	}

	SiteRecognitionSettings(Scope scope, RecognitionSettings settings) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		change(settings);
	}

	@Override
	public void change(RecognitionSettings settings) {
		this.valueKeys = ValueLines.join(settings.getValues());
		this.publicByDefault = settings.isPublicByDefault();
		this.dailyLimit = settings.getDailyLimit();
	}

	@Override
	public RecognitionSettings settings() {
		return new RecognitionSettings(ValueLines.split(valueKeys), publicByDefault, dailyLimit);
	}

	/** The site's board revision is incremented with its settings ({@link FeedAnswers#REVISIONS}). */
	@PostPersist
	@PostUpdate
	@PostRemove
	void written() {
		FeedAnswers.touched(new Scope(companyId, siteId));
	}

}
