package org.peervoice.core.anonymity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class MergeableVoteTest {

	private static final byte[] KEY = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] OLD_KEY = "an-older-server-secret-of-32-byte".getBytes(StandardCharsets.US_ASCII);

	@Test
	void oneVotersVotesShareNeitherHashNorSeal() {
		MergeableVote first = MergeableVote.of(KEY, 1, 2, "town-hall", "question-a", "user-1");
		MergeableVote second = MergeableVote.of(KEY, 1, 2, "town-hall", "question-b", "user-1");
		MergeableVote again = MergeableVote.of(KEY, 1, 2, "town-hall", "question-a", "user-1");

		assertNotEquals(first.hash(), second.hash());
		assertEquals(first.hash(), again.hash(), "one hash per person and question: the database keeps one vote");
		assertNotEquals(first.seal(), again.seal(), "a fresh nonce each time");
		assertTrue(first.seal().length() <= 120, "fits its column: " + first.seal().length());
	}

	@Test
	void aMovedVoteIsTheVoteTheSamePersonWouldCastOnTheTarget() {
		MergeableVote onA = MergeableVote.of(KEY, 1, 2, "town-hall", "question-a", "user-1");

		MergeableVote moved = MergeableVote.movedTo(List.of(KEY), 1, 2, "question-b", onA.seal()).orElseThrow();

		assertEquals(MergeableVote.of(KEY, 1, 2, "town-hall", "question-b", "user-1").hash(), moved.hash());
		assertTrue(MergeableVote.candidates(List.of(KEY), 1, 2, "town-hall", "question-b", "user-1").contains(moved.hash()));
	}

	@Test
	void aSealOpensUnderAnOlderKeyStillHonouredAndNotUnderAnother() {
		MergeableVote underOldKey = MergeableVote.of(OLD_KEY, 1, 2, "town-hall", "question-a", "user-1");

		assertTrue(MergeableVote.movedTo(List.of(KEY, OLD_KEY), 1, 2, "question-b", underOldKey.seal()).isPresent());
		assertTrue(MergeableVote.movedTo(List.of(KEY), 1, 2, "question-b", underOldKey.seal()).isEmpty());
		assertTrue(MergeableVote.movedTo(List.of(KEY), 1, 2, "question-b", "not-a-seal!").isEmpty());
	}

}
