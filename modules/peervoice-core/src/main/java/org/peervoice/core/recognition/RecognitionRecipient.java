package org.peervoice.core.recognition;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.Scope;

/**
 * One recipient of a recognition, with their consent and their choice about comments. The role group is the one the
 * directory gave when the recognition was given, so the equity figures of a past month do not change when people
 * change jobs; it is never shown next to a name.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_RECOGNITION_RECIPIENT")
public class RecognitionRecipient {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "recognition_id", nullable = false, length = 36)
	private String recognitionId;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "recipient_key", nullable = false, length = RecognitionLimits.USER_KEY)
	private String recipientKey;

	@Column(name = "recipient_name", nullable = false, length = RecognitionLimits.NAME)
	private String recipientName;

	@Enumerated(EnumType.STRING)
	@Column(name = "role_group", nullable = false, length = 20)
	private RoleGroup roleGroup;

	@Enumerated(EnumType.STRING)
	@Column(name = "consent", nullable = false, length = 10)
	private Consent consent;

	@Column(name = "comments_off", nullable = false)
	private boolean commentsOff;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected RecognitionRecipient() {
	}

	RecognitionRecipient(Recognition recognition, Scope scope, String recipientKey, String recipientName, RoleGroup roleGroup,
		Consent consent) {
		this.id = UUID.randomUUID().toString();
		this.recognitionId = recognition.id();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.recipientKey = recipientKey;
		this.recipientName = recipientName;
		this.roleGroup = roleGroup;
		this.consent = consent;
		this.createdAt = recognition.createdAt();
	}

	String recognitionId() {
		return recognitionId;
	}

	String recipientKey() {
		return recipientKey;
	}

	String recipientName() {
		return recipientName;
	}

	RoleGroup roleGroup() {
		return roleGroup;
	}

	Consent consent() {
		return consent;
	}

	boolean isShown() {
		return consent == Consent.SHOWN;
	}

	void decide(Consent decided) {
		this.consent = decided;
	}

	boolean commentsOff() {
		return commentsOff;
	}

	void turnComments(boolean off) {
		this.commentsOff = off;
	}

	/** A recipient's consent or comment choice shows on the board: its site's revision is incremented ({@link FeedAnswers#REVISIONS}). */
	@PostPersist
	@PostUpdate
	@PostRemove
	void written() {
		FeedAnswers.touched(new Scope(companyId, siteId));
	}

}
