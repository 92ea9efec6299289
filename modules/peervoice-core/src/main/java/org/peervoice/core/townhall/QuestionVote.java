package org.peervoice.core.townhall;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.peervoice.core.anonymity.MergeableVote;

/**
 * One upvote of a question: a keyed per-question hash and a sealed per-town-hall voter tag (see {@link MergeableVote}),
 * no time; mixed like an anonymous write, so its place in storage does not date it.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_TOWN_HALL_VOTE")
public class QuestionVote {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "question_id", nullable = false, length = 36)
	private String questionId;

	@Column(name = "voter_hash", nullable = false, length = 64)
	private String voterHash;

	@Column(name = "voter_seal", nullable = false, length = 120)
	private String voterSeal;

	@Column(name = "mixed", nullable = false)
	private boolean mixed;

	protected QuestionVote() {
	}

	/** The same voter's vote, moved onto the question this one's was merged into. */
	void moveTo(String targetId, MergeableVote moved) {
		questionId = targetId;
		voterHash = moved.hash();
		voterSeal = moved.seal();
		mixed = false;
	}

	String voterSeal() {
		return voterSeal;
	}

}
