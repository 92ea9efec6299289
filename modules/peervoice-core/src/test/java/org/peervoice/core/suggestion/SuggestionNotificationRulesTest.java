package org.peervoice.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peervoice.core.notification.DigestEntry;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;

/** Which events the suggestion box publishes, for whom (docs/notifications.md); delivery is the dispatcher's. */
class SuggestionNotificationRulesTest {

	private final SuggestionServicesFixture box = new SuggestionServicesFixture().publishingImmediately();

	@Test
	void aNamedSubmissionEntersTheReviewersDigestAtOnce() {
		String id = box.named(box.alex, "Quiet room");

		NotificationEvent event = only();
		assertEquals(NotificationType.REVIEW_DIGEST, event.type());
		assertEquals(DigestEntry.NEW_ITEM, event.digestEntry());
		assertEquals(id, event.itemId());
		assertNull(event.recipientKey());
	}

	@Test
	void anAnonymousWritePublishesNothingBeforeItsMixingPoint() {
		SubmittedSuggestion submitted = box.board.submit(box.casey, SuggestionServicesFixture.SCOPE.siteId(),
			new SuggestionDraft("Rota", "Nights are uneven.", "other", true, false));
		box.threads.replyWithReceipt(box.casey, submitted.receipt().orElseThrow(), "More about it.");

		assertTrue(box.published.isEmpty(), "events: " + box.published);
	}

	@Test
	void aResponseToANamedWritersItemNotifiesThatWriterOnce() {
		String id = box.named(box.alex, "Quiet room");
		box.published.clear();

		box.review.respond(box.lee, id, SuggestionStatus.PLANNED, "We will set one up.");

		NotificationEvent event = only();
		assertEquals(NotificationType.SUGGESTION_RESPONSE, event.type());
		assertEquals("user-alex", event.recipientKey());
		assertEquals(id, event.itemId());
		assertEquals("PLANNED", event.detail());
	}

	@Test
	void aStatusChangeWithoutAResponseNotifiesTheWriterOfTheStatus() {
		String id = box.named(box.alex, "Quiet room");
		box.published.clear();

		box.review.respond(box.lee, id, SuggestionStatus.UNDER_REVIEW, null);

		NotificationEvent event = only();
		assertEquals(NotificationType.SUGGESTION_STATUS, event.type());
		assertEquals("UNDER_REVIEW", event.detail());
		assertEquals("user-alex", event.recipientKey());
	}

	@Test
	void aReviewersMessageNotifiesTheWriterAndTheWritersReplyEntersTheDigest() {
		String id = box.named(box.alex, "Quiet room");
		box.published.clear();

		box.threads.postMessage(box.lee, id, "Which floor?");
		NotificationEvent message = only();
		assertEquals(NotificationType.SUGGESTION_MESSAGE, message.type());
		assertEquals("user-alex", message.recipientKey());
		assertNull(message.detail());
		box.published.clear();

		box.threads.postMessage(box.alex, id, "The second.");
		NotificationEvent reply = only();
		assertEquals(DigestEntry.WRITER_REPLY, reply.digestEntry());
		assertNull(reply.recipientKey());
	}

	@Test
	void nobodyIsNotifiedAboutAnAnonymousItemWhateverReviewersDo() throws ReflectiveOperationException {
		SubmittedSuggestion submitted = box.board.submit(box.casey, SuggestionServicesFixture.SCOPE.siteId(),
			new SuggestionDraft("Rota", "Nights are uneven.", "other", true, false));
		String id = submitted.getSuggestion().getId();
		mixed(box.stored(id));

		box.review.respond(box.lee, id, SuggestionStatus.UNDER_REVIEW, null);
		box.review.respond(box.lee, id, SuggestionStatus.PLANNED, "Planned.");
		box.threads.postMessage(box.lee, id, "Which nights?");

		assertTrue(box.published.isEmpty(), "events: " + box.published);
	}

	@Test
	void aReviewerActingOnTheirOwnItemIsNotNotified() {
		String id = box.named(box.lee, "Parking");
		box.published.clear();

		box.review.respond(box.lee, id, SuggestionStatus.PLANNED, "Planned.");
		box.review.respond(box.admin, id, SuggestionStatus.IN_PROGRESS, null);

		List<String> recipients = box.published.stream().map(NotificationEvent::recipientKey).collect(Collectors.toList());
		assertEquals(List.of("user-lee"), recipients, "only the other reviewer's act reaches lee");
	}

	@Test
	void noEventCarriesUserText() {
		String id = box.named(box.alex, "Quiet room");
		box.review.respond(box.lee, id, SuggestionStatus.PLANNED, "We will set one up.");
		box.threads.postMessage(box.lee, id, "Which floor?");

		for (NotificationEvent event : box.published) {
			String carried = event.itemId() + " " + event.detail() + " " + event.recipientKey();
			for (String text : List.of("Quiet room", "Some words", "set one up", "Which floor")) {
				assertFalse(carried.contains(text), event + " carries " + text);
			}
		}
	}

	private NotificationEvent only() {
		assertEquals(1, box.published.size(), "events: " + box.published);
		return box.published.get(0);
	}

	// What the mixing run does to the row; the in-memory repository does not mix.
	private static void mixed(Suggestion suggestion) throws ReflectiveOperationException {
		Field mixed = Suggestion.class.getDeclaredField("mixed");
		mixed.setAccessible(true);
		mixed.set(suggestion, true);
	}

}
