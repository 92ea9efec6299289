package org.peervoice.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.anonymity.ReceiptCode;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.UnknownItem;

class SuggestionReceiptsTest {

	private final SuggestionServicesFixture box = new SuggestionServicesFixture();

	@Test
	void aGuestIsRefusedBeforeAnyReceiptIsRead() {
		String receipt = ReceiptCode.generate().text();

		assertThrows(NotSignedIn.class, () -> box.receipts.lookUpReceipt(box.guest, receipt));
		assertThrows(NotSignedIn.class, () -> box.receipts.withdrawWithReceipt(box.guest, null));
		assertEquals(0, box.repository.receiptLookUps);
	}

	@Test
	void aMissingReceiptIsInvalidAndAnUnknownOneUnknown() {
		assertThrows(InvalidInput.class, () -> box.receipts.lookUpReceipt(box.alex, null));
		assertThrows(UnknownItem.class, () -> box.receipts.lookUpReceipt(box.alex, ReceiptCode.generate().text()));
	}

	@Test
	void aTextNotOfAReceiptsFormIsSaidToBeNoReceiptBeforeAnyItemIsSought() {
		for (String text : new String[] { "PV-NOT-A-RECEIPT", "my receipt", ReceiptCode.generate().text() + "X", "PV-" + "1".repeat(40) }) {
			InvalidInput invalid = assertThrows(InvalidInput.class, () -> box.receipts.lookUpReceipt(box.alex, text), text);
			assertEquals(java.util.Map.of("receipt", AnonymousWriting.NOT_A_RECEIPT), invalid.fieldCodes(), text);
			assertEquals("This is not a receipt: a receipt is PV followed by ten groups of four letters or digits.", invalid.getMessage());
		}
		assertEquals(0, box.repository.receiptLookUps, "the form alone decides: no item was looked up");
		// the form ignores case, spaces and dashes, as a person pastes it
		String spaced = ReceiptCode.generate().text().toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
		assertThrows(UnknownItem.class, () -> box.receipts.lookUpReceipt(box.alex, spaced));
	}

	@Test
	void theReceiptWithdrawsItsAnonymousItemAtTheDayOnly() {
		SubmittedSuggestion submitted = box.board.submit(box.alex, SiteMember.SITE,
			new SuggestionDraft("Quiet room", "Words.", "other", true, false));

		SuggestionView withdrawn = box.receipts.withdrawWithReceipt(box.casey, submitted.receipt().orElseThrow());

		assertEquals(SuggestionStatus.WITHDRAWN, withdrawn.getStatus());
		SuggestionTransition transition = box.repository.transitions.get(0);
		assertEquals(Instant.parse("2026-11-23T00:00:00Z"), transition.view().getAt());
	}

}
