package org.peervoice.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.TooManyRequests;
import org.peervoice.core.kernel.UnknownItem;

class SuggestionBoardTest {

	private final SuggestionServicesFixture box = new SuggestionServicesFixture().publishingImmediately();

	@Test
	void anAnonymousSuggestionStoresNoAuthorAndOnlyTheDayItWasWritten() {
		SubmittedSuggestion submitted = box.board.submit(box.alex, SiteMember.SITE,
			new SuggestionDraft("Quiet room", "A room for breaks after hard calls.", "other", true, false));

		Suggestion stored = box.stored(submitted.getSuggestion().getId());
		assertTrue(stored.isAnonymous());
		assertNull(stored.authorKey());
		assertNull(stored.authorName());
		assertEquals(Instant.parse("2026-11-23T00:00:00Z"), stored.createdAt());
		assertNull(submitted.getSuggestion().getAuthor());
		assertFalse(submitted.getSuggestion().isMine(), "nothing ties the item to its writer, not even for the writer");
		assertTrue(submitted.receipt().isPresent());
		assertFalse(stored.receiptHash().contains(submitted.receipt().get()), "only a hash of the receipt is stored");
	}

	@Test
	void aNamedSuggestionStoresItsWriterAndTime() {
		String id = box.named(box.alex, "Shadowing days");

		assertEquals("user-alex", box.stored(id).authorKey());
		assertEquals(Instant.parse("2026-11-23T14:37:21Z"), box.stored(id).createdAt());
		assertTrue(box.board.get(box.alex, id).isMine());
	}

	@Test
	void aSubmissionWithBadFieldsNamesEachFieldAndStoresNothing() {
		InvalidInput invalid = assertThrows(InvalidInput.class, () -> box.board.submit(box.alex, SiteMember.SITE,
			new SuggestionDraft(" ", "x".repeat(5001), "no-such-category", false, false)));

		assertEquals(Set.of("title", "body", "category"), invalid.fieldErrors().keySet());
		assertTrue(box.repository.suggestions.isEmpty());
	}

	@Test
	void aGuestCannotSubmit() {
		assertThrows(NotSignedIn.class, () -> box.named(box.guest, "Quiet room"));
	}

	@Test
	void aSecondVoteOfTheSamePersonIsAConflict() {
		String id = box.named(box.alex, "Quiet room");
		box.board.vote(box.casey, id);

		assertThrows(Conflict.class, () -> box.board.vote(box.casey, id));
		assertEquals(1, box.board.get(box.casey, id).getVoteCount());
		assertTrue(box.board.get(box.casey, id).isVotedByMe());
		assertFalse(box.board.get(box.alex, id).isVotedByMe());
	}

	@Test
	void aNamedWriterCannotVoteForTheirOwnSuggestion() {
		String id = box.named(box.alex, "Quiet room");

		Conflict refused = assertThrows(Conflict.class, () -> box.board.vote(box.alex, id));
		assertTrue(refused.getMessage().contains("your own suggestion"), refused.getMessage());
		assertTrue(box.repository.votes.isEmpty());
		assertEquals(0, box.board.get(box.alex, id).getVoteCount());
	}

	@Test
	void aVoteIsStoredUnderAPerItemHashNotTheVoter() {
		String id = box.named(box.alex, "Quiet room");
		box.board.vote(box.casey, id);

		SuggestionVote vote = box.repository.votes.get(0);
		assertFalse(vote.voterHash().contains("casey"));
		assertEquals(box.anonymity.voterHash(SiteMember.COMPANY, SiteMember.SITE, id, "user-casey"), vote.voterHash());
	}

	@Test
	void retractingAVoteNeverCastIsUnknown() {
		String id = box.named(box.alex, "Quiet room");

		assertThrows(UnknownItem.class, () -> box.board.retractVote(box.casey, id));
	}

	@Test
	void onlyReviewersListTheQueue() {
		SuggestionQuery queue = new SuggestionQuery(null, null, null, SuggestionQuery.View.QUEUE);

		assertThrows(NotPermitted.class, () -> box.board.list(box.alex, SiteMember.SITE, queue, PageRequest.of(1, 20)));
		assertEquals(0, box.board.list(box.lee, SiteMember.SITE, queue, PageRequest.of(1, 20)).totalCount());
	}

	@Test
	void theNeedsAFirstResponseFilterIsForTheQueueOnlyBecausePrivateMessagesCountAsAnswers() {
		for (SuggestionQuery.View view : List.of(SuggestionQuery.View.BOARD, SuggestionQuery.View.MINE, SuggestionQuery.View.DONE)) {
			SuggestionQuery waiting = new SuggestionQuery(null, null, null, view).needingFirstResponse(true);

			InvalidInput refused = assertThrows(InvalidInput.class, () -> box.board.listWithCounts(box.lee, SiteMember.SITE, waiting,
				PageRequest.of(1, 20)), view.name());
			assertEquals(Set.of("needsFirstResponse"), refused.fieldErrors().keySet());
		}
		SuggestionQuery queue = new SuggestionQuery(null, null, null, SuggestionQuery.View.QUEUE).needingFirstResponse(true);
		assertThrows(NotPermitted.class, () -> box.board.list(box.alex, SiteMember.SITE, queue, PageRequest.of(1, 20)));
		assertEquals(0, box.board.list(box.lee, SiteMember.SITE, queue, PageRequest.of(1, 20)).totalCount());
	}

	@Test
	void theCountsByStatusNameEveryStatusWithZeroWhereNoneIsListed() {
		box.named(box.alex, "Quiet room");
		box.named(box.casey, "Parking");

		SuggestionList list = box.board.listWithCounts(box.lee, SiteMember.SITE, SuggestionQuery.board(), PageRequest.of(1, 20));

		assertEquals(List.of(SuggestionStatus.values()), List.copyOf(list.statusCounts().keySet()));
		assertEquals(2L, list.statusCounts().get(SuggestionStatus.SUBMITTED));
		assertEquals(0L, list.statusCounts().get(SuggestionStatus.DONE));
		assertEquals(2, list.page().totalCount());
	}

	@Test
	void onlyTheWriterWithdrawsANamedSuggestion() {
		String id = box.named(box.alex, "Quiet room");

		assertThrows(NotPermitted.class, () -> box.board.withdraw(box.casey, id));
		assertEquals(SuggestionStatus.WITHDRAWN, box.board.withdraw(box.alex, id).getStatus());
	}

	@Test
	void anUnmixedAnonymousItemIsUnknownToEveryoneButItsReceipt() {
		String id = box.board.submit(box.alex, SiteMember.SITE, new SuggestionDraft("Quiet room", "Words.", "other", true, false))
			.getSuggestion().getId();

		assertThrows(UnknownItem.class, () -> box.board.get(box.lee, id));
		assertThrows(UnknownItem.class, () -> box.board.get(box.alex, id));
	}

	@Test
	void everyUseCaseRunsInOneUnitOfWork() {
		String id = box.named(box.alex, "Quiet room");
		box.board.vote(box.casey, id);
		box.board.get(box.casey, id);

		assertEquals(3, box.unitOfWork.units());
	}

	@Test
	void anonymousSubmissionsOfEveryFeatureCountAgainstOnePersonalLimit() {
		SuggestionServicesFixture limited = new SuggestionServicesFixture(SuggestionServicesFixture.oneAnonymousSubmission(box.clock));
		limited.board.submit(limited.alex, SiteMember.SITE, new SuggestionDraft("Quiet room", "Words.", "other", true, false));

		// another anonymous feature (a town-hall question) admits its submissions through the same component
		assertThrows(TooManyRequests.class, () -> limited.anonymity.admitSubmission(SiteMember.COMPANY, "user-alex"));
		limited.anonymity.admitSubmission(SiteMember.COMPANY, "user-casey");
	}

}
