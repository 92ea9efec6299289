package org.peervoice.core.suggestion;

/** A suggestion's "me too" count and whether the caller is among them. */
public final class VoteTally {

	private final long voteCount;
	private final boolean votedByMe;

	public VoteTally(long voteCount, boolean votedByMe) {
		this.voteCount = voteCount;
		this.votedByMe = votedByMe;
	}

	public long getVoteCount() {
		return voteCount;
	}

	public boolean isVotedByMe() {
		return votedByMe;
	}

}
