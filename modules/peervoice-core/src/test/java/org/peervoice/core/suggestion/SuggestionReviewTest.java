package org.peervoice.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.privacy.PrivacyWarningsFound;

class SuggestionReviewTest {

	private final SuggestionServicesFixture box = new SuggestionServicesFixture();

	@Test
	void staffCannotRespondPublishOrRedact() {
		String id = box.named(box.alex, "Quiet room");

		assertThrows(NotPermitted.class, () -> box.review.respond(box.casey, id, SuggestionStatus.PLANNED, "Soon."));
		assertThrows(NotPermitted.class, () -> box.review.publish(box.casey, id));
		assertThrows(NotPermitted.class, () -> box.review.redact(box.alex, id, "t", "b"));
	}

	@Test
	void aStatusThatNeedsAMessageIsRefusedWithout() {
		String id = box.named(box.alex, "Quiet room");

		InvalidInput invalid = assertThrows(InvalidInput.class, () -> box.review.respond(box.lee, id, SuggestionStatus.DECLINED, " "));
		assertTrue(invalid.fieldErrors().containsKey("message"));
		assertTrue(box.repository.transitions.isEmpty());
	}

	@Test
	void aResponsePublishesTheItemAndRecordsWhoMovedIt() {
		String id = box.named(box.alex, "Quiet room");

		SuggestionView answered = box.review.respond(box.lee, id, SuggestionStatus.PLANNED, "We will set one up.");

		assertTrue(answered.isPublished());
		assertEquals(SuggestionStatus.PLANNED, answered.getStatus());
		assertEquals(1, answered.getResponses().size());
		assertNotNull(answered.getReview(), "reviewers see the review block");
		assertNull(box.board.get(box.alex, id).getReview(), "staff do not");
	}

	@Test
	void publishingFlaggedTextNeedsTheReviewersConfirmation() {
		String id = box.board.submit(box.alex, SiteMember.SITE,
			new SuggestionDraft("Client paperwork", "Client DOB 04/12/1987, call 555-123-4567", "other", false, true)).getSuggestion().getId();

		assertThrows(PrivacyWarningsFound.class, () -> box.review.publish(box.lee, id));
		assertTrue(box.review.publish(box.lee, id, true).isPublished());
	}

	@Test
	void aNamedSuggestionIsNeverRedactedNorAudited() {
		String id = box.named(box.alex, "Quiet room");

		assertThrows(Conflict.class, () -> box.review.redact(box.lee, id, "Quiet room", "[removed]"));
		assertEquals("Some words about it.", box.stored(id).body());
		assertTrue(box.audit.isEmpty());
	}

}
