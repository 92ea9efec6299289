package org.peervoice.core.recognition;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Someone's report that a recognition or one of its comments should not be on the board, for moderators. Moderators
 * see the reason, never who reported.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_RECOGNITION_REPORT")
public class RecognitionReport {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "recognition_id", nullable = false, length = 36)
	private String recognitionId;

	/** The comment reported, or '' for the recognition itself. */
	@Column(name = "comment_id", nullable = false, length = 36)
	private String commentId;

	@Column(name = "reporter_key", nullable = false, length = RecognitionLimits.USER_KEY)
	private String reporterKey;

	@Column(name = "reason", nullable = false, length = RecognitionLimits.REASON)
	private String reason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected RecognitionReport() {
	}

	RecognitionReport(Recognition recognition, String commentId, String reporterKey, String reason, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.companyId = recognition.scope().companyId();
		this.siteId = recognition.scope().siteId();
		this.recognitionId = recognition.id();
		this.commentId = commentId == null ? "" : commentId;
		this.reporterKey = reporterKey;
		this.reason = reason;
		this.createdAt = now;
	}

	String recognitionId() {
		return recognitionId;
	}

	String commentId() {
		return commentId;
	}

	String reason() {
		return reason;
	}

	Instant createdAt() {
		return createdAt;
	}

}
