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

/** One person's "celebrate" on a recognition: one per person (a unique constraint decides), counted by the database. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_RECOGNITION_REACTION")
public class RecognitionReaction {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "recognition_id", nullable = false, length = 36)
	private String recognitionId;

	@Column(name = "reactor_key", nullable = false, length = RecognitionLimits.USER_KEY)
	private String reactorKey;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected RecognitionReaction() {
	}

	RecognitionReaction(String recognitionId, String reactorKey, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.recognitionId = recognitionId;
		this.reactorKey = reactorKey;
		this.createdAt = now;
	}

	/** A celebration is counted on the board: its recognition's site's celebrations revision is incremented ({@link FeedAnswers#REVISIONS}). */
	@PostPersist
	@PostUpdate
	@PostRemove
	void written() {
		FeedAnswers.celebrated(recognitionId);
	}

}
