package org.peervoice.core.suggestion;

import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * How far a reviewer has read an item's private thread (the last position seen), for the review queue's "writer
 * replied" mark. Only reviewers' reads are stored; nothing about an anonymous writer's look-ups.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_THREAD_READ")
public class ThreadRead {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "suggestion_id", nullable = false, length = 36)
	private String suggestionId;

	@Column(name = "reader_key", nullable = false, length = 75)
	private String readerKey;

	@Column(name = "read_seq", nullable = false)
	private int readPosition;

	protected ThreadRead() {
	}

	ThreadRead(String suggestionId, String readerKey, int readPosition) {
		this.id = UUID.randomUUID().toString();
		this.suggestionId = suggestionId;
		this.readerKey = readerKey;
		this.readPosition = readPosition;
	}

	String suggestionId() {
		return suggestionId;
	}

	String readerKey() {
		return readerKey;
	}

	int readPosition() {
		return readPosition;
	}

	void readUpTo(int position) {
		readPosition = Math.max(readPosition, position);
	}

}
