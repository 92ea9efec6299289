package org.peervoice.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionStatusTest {

	@Test
	void reviewersMoveForwardAndMaySkip() {
		assertTrue(SuggestionStatus.SUBMITTED.reviewerMayMoveTo(SuggestionStatus.UNDER_REVIEW));
		assertTrue(SuggestionStatus.SUBMITTED.reviewerMayMoveTo(SuggestionStatus.PLANNED));
		assertTrue(SuggestionStatus.PLANNED.reviewerMayMoveTo(SuggestionStatus.IN_PROGRESS));
		assertTrue(SuggestionStatus.IN_PROGRESS.reviewerMayMoveTo(SuggestionStatus.DONE));
		assertTrue(SuggestionStatus.SUBMITTED.reviewerMayMoveTo(SuggestionStatus.DONE));
	}

	@Test
	void noGoingBackOrStandingStill() {
		assertFalse(SuggestionStatus.PLANNED.reviewerMayMoveTo(SuggestionStatus.UNDER_REVIEW));
		assertFalse(SuggestionStatus.IN_PROGRESS.reviewerMayMoveTo(SuggestionStatus.SUBMITTED));
		assertFalse(SuggestionStatus.PLANNED.reviewerMayMoveTo(SuggestionStatus.PLANNED));
	}

	@Test
	void declinedFromEveryOpenState() {
		for (SuggestionStatus open : List.of(SuggestionStatus.SUBMITTED, SuggestionStatus.UNDER_REVIEW, SuggestionStatus.PLANNED,
			SuggestionStatus.IN_PROGRESS)) {
			assertTrue(open.isOpen());
			assertTrue(open.reviewerMayMoveTo(SuggestionStatus.DECLINED), open.name());
			assertTrue(open.writerMayWithdraw(), open.name());
		}
	}

	@Test
	void finalStatesAreFinal() {
		for (SuggestionStatus closed : List.of(SuggestionStatus.DONE, SuggestionStatus.DECLINED, SuggestionStatus.WITHDRAWN)) {
			assertFalse(closed.isOpen());
			assertFalse(closed.writerMayWithdraw());
			assertEquals(List.of(), closed.reviewerTransitions(), closed.name());
		}
	}

	@Test
	void onlyTheWriterWithdraws() {
		for (SuggestionStatus status : SuggestionStatus.values()) {
			assertFalse(status.reviewerMayMoveTo(SuggestionStatus.WITHDRAWN), status.name());
		}
	}

	@Test
	void doneAndDeclinedNeedAMessage() {
		assertTrue(SuggestionStatus.DONE.needsMessage());
		assertTrue(SuggestionStatus.DECLINED.needsMessage());
		assertFalse(SuggestionStatus.PLANNED.needsMessage());
	}

	@Test
	void allowedTransitionsFromSubmitted() {
		assertEquals(List.of(SuggestionStatus.UNDER_REVIEW, SuggestionStatus.PLANNED, SuggestionStatus.IN_PROGRESS, SuggestionStatus.DONE,
			SuggestionStatus.DECLINED), SuggestionStatus.SUBMITTED.reviewerTransitions());
		assertEquals(List.of(SuggestionStatus.DONE, SuggestionStatus.DECLINED), SuggestionStatus.IN_PROGRESS.reviewerTransitions());
	}

}
