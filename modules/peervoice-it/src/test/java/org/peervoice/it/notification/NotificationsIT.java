package org.peervoice.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.it.ApiClient;
import org.peervoice.it.DatabaseDump;
import org.peervoice.it.PortalTestCase;
import org.peervoice.it.townhall.TownHallApiIT;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Notifications through the API on the running dev portal: each event reaches exactly the people it is for, once;
 * an anonymous write reaches the reviewers' digest only at its mixing point; the bell's count and marks.
 */
@RunAsClient
class NotificationsIT extends PortalTestCase {

	/** Everyone of Riverside and one member of Northside only. */
	private static final List<String> PEOPLE = List.of("alex", "casey", "lee", "admin", "nico");
	private static final List<String> RIVERSIDE_REVIEWERS = List.of("lee", "admin");

	@Test
	void eachReviewerActReachesTheIdentifiedWriterOnceAndNobodyElse() {
		String id = submit("alex", unique("Quiet room"), false);

		session("lee").post("/suggestions/" + id + "/responses", json("status", "UNDER_REVIEW")).expect(200);
		deliverNotifications();
		assertOnlyAlexHas(id, List.of("SUGGESTION_STATUS"));

		session("lee").post("/suggestions/" + id + "/messages", json("message", "Which floor would suit you?")).expect(201);
		deliverNotifications();
		assertOnlyAlexHas(id, List.of("SUGGESTION_STATUS", "SUGGESTION_MESSAGE"));

		session("lee").post("/suggestions/" + id + "/responses", json("status", "PLANNED", "message", "We will set one up.")).expect(200);
		deliverNotifications();
		deliverNotifications();
		assertOnlyAlexHas(id, List.of("SUGGESTION_STATUS", "SUGGESTION_MESSAGE", "SUGGESTION_RESPONSE"));

		JsonNode response = about(as("alex"), id).get(0);
		assertEquals("PLANNED", response.path("detail").asText());
		assertFalse(response.path("read").asBoolean());
		assertTrue(response.path("itemTitle").asText().startsWith("Quiet room"));
	}

	@Test
	void anAnonymousWriteReachesTheReviewersDigestOnlyAtItsMixingPoint() throws Exception {
		mixAnonymousWrites();
		deliverNotifications();
		Map<String, Integer> digestsBefore = digestCounts();

		JsonNode created = as("casey").post(suggestions(RIVERSIDE), json("title", unique("Rota"), "body", "Nights are uneven.",
			"category", "other", "anonymous", true)).expect(201);
		String id = created.path("id").asText();
		deliverNotifications();

		assertEquals(digestsBefore, digestCounts(), "no notification before the mixing point");
		assertFalse(notificationTablesHold(id), "no stored event either");

		mixAnonymousWrites();
		assertTrue(notificationTablesHold(id), "the mixing point stores the event (and the search above can find one)");
		deliverNotifications();

		Map<String, Integer> digestsAfter = digestCounts();
		for (String person : PEOPLE) {
			int expected = digestsBefore.get(person) + (RIVERSIDE_REVIEWERS.contains(person) ? 1 : 0);
			assertEquals(expected, digestsAfter.get(person), person + "'s digests");
		}
		for (String reviewer : RIVERSIDE_REVIEWERS) {
			JsonNode digest = digests(reviewer).get(0);
			assertEquals(1, digest.path("newItems").asInt(), reviewer + ": " + digest);
			assertTrue(digest.path("itemId").isNull() && digest.path("itemTitle").isNull(), "a digest names no item: " + digest);
		}
	}

	@Test
	void theUnreadCountFallsAsTheWriterReadsAndOnlyTheirOwnCanBeMarked() {
		String id = submit("alex", unique("Lockers"), false);
		session("lee").post("/suggestions/" + id + "/messages", json("message", "How many are needed?")).expect(201);
		deliverNotifications();
		long unread = as("alex").get("/notifications/unread-count").expect(200).path("unreadCount").asLong();
		assertTrue(unread >= 1);
		String notification = about(as("alex"), id).get(0).path("id").asText();

		session("lee").post("/notifications/read", json("ids", List.of(notification))).expect(200);
		assertEquals(unread, as("alex").get("/notifications/unread-count").expect(200).path("unreadCount").asLong(), "lee cannot mark alex's");

		JsonNode after = session("alex").post("/notifications/read", json("ids", List.of(notification))).expect(200);
		assertEquals(unread - 1, after.path("unreadCount").asLong());
		assertTrue(about(as("alex"), id).get(0).path("read").asBoolean());
	}

	@Test
	void aTypeTurnedOffIsNotDelivered() {
		as("nico").put("/notification-preferences", json("preferences", List.of(json("type", "SUGGESTION_MESSAGE", "enabled", false))))
			.expect(200);
		try {
			JsonNode preferences = as("nico").get("/notification-preferences").expect(200);
			assertEquals(NotificationType.values().length, preferences.path("preferences").size());
			String id = submit("nico", unique("Bus stop"), false, NORTHSIDE);
			session("lee").post("/suggestions/" + id + "/messages", json("message", "Which line?")).expect(201);
			session("lee").post("/suggestions/" + id + "/responses", json("status", "UNDER_REVIEW")).expect(200);
			deliverNotifications();

			List<String> types = new ArrayList<>();
			about(as("nico"), id).forEach(notification -> types.add(notification.path("type").asText()));
			assertEquals(List.of("SUGGESTION_STATUS"), types);
		}
		finally {
			as("nico").put("/notification-preferences", json("preferences", List.of(json("type", "SUGGESTION_MESSAGE", "enabled", true))))
				.expect(200);
		}
	}

	@Test
	void theQueueMarksAWritersReplyForEachReviewerUntilTheyReadTheThread() {
		String id = submit("alex", unique("Shelves"), false);
		session("lee").post("/suggestions/" + id + "/messages", json("message", "Which room?")).expect(201);
		session("alex").post("/suggestions/" + id + "/messages", json("message", "Room four.")).expect(201);

		assertTrue(writerReplied("lee", id));
		session("lee").get("/suggestions/" + id + "/messages").expect(200);
		assertFalse(writerReplied("lee", id), "lee has read it");
		assertTrue(writerReplied("admin", id), "each reviewer's own read state");
	}

	@Test
	void anAnonymousWriterSeesWhatIsNewSinceTheirOwnLastMessage() {
		JsonNode created = as("casey").post(suggestions(RIVERSIDE), json("title", unique("Parking"), "body", "Too few spaces.",
			"category", "other", "anonymous", true)).expect(201);
		String id = created.path("id").asText();
		String receipt = created.path("receipt").asText();
		mixAnonymousWrites();
		session("lee").post("/suggestions/" + id + "/messages", json("message", "Which shift?")).expect(201);
		session("lee").post("/suggestions/" + id + "/messages", json("message", "And which lot?")).expect(201);

		assertEquals(2, session("casey").post("/receipts/lookup", json("receipt", receipt)).expect(200).path("newSinceWritersLastMessage").asInt());
		session("casey").post("/receipts/messages", json("receipt", receipt, "message", "Nights, the north lot.")).expect(201);
		assertEquals(0, session("casey").post("/receipts/lookup", json("receipt", receipt)).expect(200).path("newSinceWritersLastMessage").asInt());
	}

	@Test
	void aNamedTownHallAskerIsToldTheFateAndAnAnonymousOneNever() {
		String townHall = TownHallApiIT.scheduledTownHall(session("lee"), false);
		String title = session("lee").get("/town-halls/" + townHall).expect(200).path("title").asText();
		String named = as("alex").post("/town-halls/" + townHall + "/questions", json("text", unique("Can the lift be fixed"),
			"topic", "workplace-culture")).expect(201).path("id").asText();
		// omar: an asker of their own, so the anonymous hourly limit casey shares with the suggestion tests is not reached
		JsonNode anonymous = as("omar").post("/town-halls/" + townHall + "/questions", json("text", unique("Can the stairs be lit"),
			"topic", "workplace-culture", "anonymous", true)).expect(201);
		mixAnonymousWrites();

		session("lee").post("/town-hall-questions/" + named + "/moderation", json("action", "dismiss", "reason", "OFF_TOPIC")).expect(200);
		session("lee").post("/town-hall-questions/" + anonymous.path("id").asText() + "/moderation", json("action", "dismiss",
			"reason", "OFF_TOPIC")).expect(200);
		deliverNotifications();

		List<JsonNode> told = about(as("alex"), townHall);
		assertEquals(1, told.size(), told.toString());
		assertEquals("TOWN_HALL_QUESTION", told.get(0).path("type").asText());
		assertEquals("DISMISSED:OFF_TOPIC", told.get(0).path("detail").asText());
		assertEquals(title, told.get(0).path("itemTitle").asText());
		for (String person : List.of("omar", "casey", "lee", "admin", "nico")) {
			assertTrue(about(as(person), townHall).isEmpty(), person + ": an anonymous asker is never told, nobody else either");
		}
		JsonNode followed = as("omar").post("/town-hall-receipts/lookup", json("receipt", anonymous.path("receipt").asText())).expect(200);
		assertEquals("OFF_TOPIC", followed.path("dismissal").path("reason").asText(), "the receipt shows the fate and the reason");
		JsonNode mine = as("alex").get("/town-halls/" + townHall + "/my-questions").expect(200).path("items");
		assertEquals(1, mine.size());
		assertEquals("DISMISSED", mine.get(0).path("state").asText());
		assertEquals(0, as("omar").get("/town-halls/" + townHall + "/my-questions").expect(200).path("items").size());
	}

	private boolean writerReplied(String reviewer, String id) {
		return session(reviewer).get("/suggestions/" + id).expect(200).path("review").path("writerReplied").asBoolean();
	}

	private void assertOnlyAlexHas(String id, List<String> types) {
		for (String person : PEOPLE) {
			List<String> got = new ArrayList<>();
			about(as(person), id).forEach(notification -> got.add(notification.path("type").asText()));
			got.sort(null);
			List<String> expected = new ArrayList<>("alex".equals(person) ? types : List.of());
			expected.sort(null);
			assertEquals(expected, got, person + "'s notifications about " + id);
		}
	}

	private static List<JsonNode> about(ApiClient client, String itemId) {
		List<JsonNode> found = new ArrayList<>();
		client.get("/notifications?pageSize=100").expect(200).path("items").forEach(notification -> {
			if (itemId.equals(notification.path("itemId").asText(null))) {
				found.add(notification);
			}
		});
		return found;
	}

	private List<JsonNode> digests(String person) {
		List<JsonNode> found = new ArrayList<>();
		as(person).get("/notifications?pageSize=100").expect(200).path("items").forEach(notification -> {
			if ("REVIEW_DIGEST".equals(notification.path("type").asText())) {
				found.add(notification);
			}
		});
		return found;
	}

	private Map<String, Integer> digestCounts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String person : PEOPLE) {
			counts.put(person, digests(person).size());
		}
		return counts;
	}

	private boolean notificationTablesHold(String id) throws Exception {
		for (String row : DatabaseDump.rows(portal.database())) {
			if (row.toUpperCase(Locale.ROOT).contains("\"PV_NOTIFICATION") && row.contains(id)) {
				return true;
			}
		}
		return false;
	}

	private static String suggestions(long site) {
		return "/sites/" + site + "/suggestions";
	}

	private String submit(String writer, String title, boolean anonymous) {
		return submit(writer, title, anonymous, RIVERSIDE);
	}

	private String submit(String writer, String title, boolean anonymous, long site) {
		return as(writer).post(suggestions(site), json("title", title, "body", "Created for the notification tests.", "category", "other",
			"anonymous", anonymous)).expect(201).path("id").asText();
	}

}
