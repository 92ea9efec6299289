package org.peervoice.core.recognition;

import java.time.Instant;
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

/** A short comment under a recognition, under its writer's name; a moderator may hide it with a reason. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_RECOGNITION_COMMENT")
public class RecognitionComment {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "recognition_id", nullable = false, length = 36)
	private String recognitionId;

	@Column(name = "author_key", nullable = false, length = RecognitionLimits.USER_KEY)
	private String authorKey;

	@Column(name = "author_name", nullable = false, length = RecognitionLimits.NAME)
	private String authorName;

	@Column(name = "text", nullable = false, length = RecognitionLimits.COMMENT)
	private String text;

	@Column(name = "moderation_reason", length = RecognitionLimits.REASON)
	private String moderationReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected RecognitionComment() {
	}

	RecognitionComment(String recognitionId, String authorKey, String authorName, String text, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.recognitionId = recognitionId;
		this.authorKey = authorKey;
		this.authorName = authorName;
		this.text = text;
		this.createdAt = now;
	}

	String id() {
		return id;
	}

	String recognitionId() {
		return recognitionId;
	}

	String authorKey() {
		return authorKey;
	}

	String authorName() {
		return authorName;
	}

	String text() {
		return text;
	}

	Instant createdAt() {
		return createdAt;
	}

	boolean isModerated() {
		return moderationReason != null;
	}

	void moderate(String reason) {
		this.moderationReason = reason;
	}

	/** A comment shows on the board: its recognition's site's revision is incremented ({@link FeedAnswers#REVISIONS}). */
	@PostPersist
	@PostUpdate
	@PostRemove
	void written() {
		FeedAnswers.touchedRecognition(recognitionId);
	}

}
