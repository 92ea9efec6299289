package org.peervoice.liferay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peervoice.core.notification.NotificationType;

class LiferayNotificationsTest {

	@Test
	void eachTypeIsItsOwnLiferayNotificationTypeAndKeepsItsNumber() {
		assertEquals(1, LiferayNotifications.notificationType(NotificationType.SUGGESTION_RESPONSE));
		assertEquals(4, LiferayNotifications.notificationType(NotificationType.REVIEW_DIGEST));
		assertEquals(NotificationType.values().length,
			List.of(NotificationType.values()).stream().map(LiferayNotifications::notificationType).distinct().count());
	}

	@Test
	void aDigestShowsItsCountsAndLeadsToTheQueue() {
		Map<String, Object> payload = new HashMap<>();
		payload.put(LiferayNotifications.TYPE, "REVIEW_DIGEST");
		payload.put(LiferayNotifications.ITEM, "");
		payload.put(LiferayNotifications.NEW_ITEMS, 2);
		payload.put(LiferayNotifications.WRITER_REPLIES, 0);

		assertEquals(List.of("notification-review-digest", "x-new-suggestions"),
			LiferayNotifications.lines(payload).stream().map(text -> text.key).collect(Collectors.toList()));
		assertEquals("#pv-tab=queue", LiferayNotifications.fragment(payload));
	}

	@Test
	void aWritersNotificationLeadsToTheSuggestion() {
		Map<String, Object> payload = new HashMap<>();
		payload.put(LiferayNotifications.TYPE, "SUGGESTION_MESSAGE");
		payload.put(LiferayNotifications.ITEM, "5b0e4f6e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");

		assertEquals("notification-suggestion-message", LiferayNotifications.lines(payload).get(0).key);
		assertEquals("#pv-suggestion=5b0e4f6e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", LiferayNotifications.fragment(payload));
	}

	@Test
	void aTownHallAskerIsToldTheFateAndLedToTheTownHallOrTheSuggestion() {
		Map<String, Object> payload = new HashMap<>();
		payload.put(LiferayNotifications.TYPE, "TOWN_HALL_QUESTION");
		payload.put(LiferayNotifications.ITEM, "th-1");
		payload.put(LiferayNotifications.DETAIL, "DISMISSED:ANSWERED_ELSEWHERE");

		List<LiferayNotifications.Text> lines = LiferayNotifications.lines(payload);
		assertEquals(List.of("notification-town-hall-question", "notification-town-hall-question-dismissed-x"),
			lines.stream().map(text -> text.key).collect(Collectors.toList()));
		assertEquals("town-hall-reason-answered-elsewhere", ((LiferayNotifications.Text) lines.get(1).arguments[0]).key);
		assertEquals("#pvt-id=th-1", LiferayNotifications.fragment(payload));

		payload.put(LiferayNotifications.ITEM, "s-1");
		payload.put(LiferayNotifications.DETAIL, "TAKEN_FORWARD");
		assertEquals("notification-town-hall-question-taken-forward", LiferayNotifications.lines(payload).get(1).key);
		assertEquals("#pv-suggestion=s-1", LiferayNotifications.fragment(payload));
	}

	@Test
	void theSourceMarkerTellsSourcesApart() {
		assertNotEquals(LiferayNotifications.sourceMarker("a"), LiferayNotifications.sourceMarker("ab"));
		assertEquals("\"peervoiceSource\":\"abc\"", LiferayNotifications.sourceMarker("abc"));
	}

}
