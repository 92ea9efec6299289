package org.peervoice.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;

class SuggestionThreadsTest {

	private final SuggestionServicesFixture box = new SuggestionServicesFixture().publishingImmediately();

	@Test
	void theThreadIsTheWritersAndTheReviewersOnly() {
		String id = box.named(box.alex, "Quiet room");
		box.threads.postMessage(box.lee, id, "Which floor?");
		box.threads.postMessage(box.alex, id, "The second.");

		assertThrows(NotPermitted.class, () -> box.threads.thread(box.casey, id));
		assertThrows(NotPermitted.class, () -> box.threads.postMessage(box.casey, id, "Me too."));
		List<ThreadMessageView> thread = box.threads.thread(box.alex, id);
		assertEquals(List.of("Which floor?", "The second."), thread.stream().map(ThreadMessageView::getMessage).collect(Collectors.toList()));
	}

	@Test
	void anEmptyMessageIsRefused() {
		String id = box.named(box.alex, "Quiet room");

		assertThrows(InvalidInput.class, () -> box.threads.postMessage(box.lee, id, "\u200B "));
	}

	@Test
	void noMessageReachesAWithdrawnSuggestion() {
		String id = box.named(box.alex, "Quiet room");
		box.board.withdraw(box.alex, id);

		assertThrows(Conflict.class, () -> box.threads.postMessage(box.lee, id, "Why?"));
	}

	@Test
	void aGuestIsRefusedBeforeAnyReceiptIsRead() {
		assertThrows(NotSignedIn.class, () -> box.threads.replyWithReceipt(box.guest, "PV-ANY", "Hello"));
		assertEquals(0, box.repository.receiptLookUps);
	}

	@Test
	void theQueueMarksAWritersReplyUntilTheReviewerReadsTheThread() {
		String id = box.named(box.alex, "Quiet room");
		box.threads.postMessage(box.lee, id, "Which floor?");
		assertFalse(box.board.get(box.lee, id).getReview().isWriterReplied());

		box.threads.postMessage(box.alex, id, "The second.");
		assertTrue(box.board.get(box.lee, id).getReview().isWriterReplied());
		assertTrue(box.board.get(box.admin, id).getReview().isWriterReplied());

		box.threads.thread(box.lee, id);
		assertFalse(box.board.get(box.lee, id).getReview().isWriterReplied(), "read by lee");
		assertTrue(box.board.get(box.admin, id).getReview().isWriterReplied(), "read state is each reviewer's own");

		box.threads.thread(box.alex, id);
		assertTrue(box.board.get(box.admin, id).getReview().isWriterReplied(), "the writer reading changes nothing for reviewers");
	}

}
