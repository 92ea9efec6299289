package org.peervoice.it.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peervoice.it.ApiResponse;
import org.peervoice.it.PortalTestCase;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Nomination with consent through the API of the running portal: until the nominee accepts, no read path of the
 * directory (search with every kind of filter, the worksheet, one listing, the review queues, the CSV copy, the
 * vocabulary, anyone else's invitations) answers anything about them to anyone, leadership's own list of nominations
 * aside; the nominee sees and answers their invitation, and the leader who nominated them learns the answer.
 */
@RunAsClient
class ChampionNominationConsentIT extends PortalTestCase {

	private static final String SITE = "/sites/" + RIVERSIDE;
	private static final String KIM = "u-1010";
	/** Riverside's people who read the directory: staff, a champion, leadership, the administrator. */
	private static final List<String> READERS = List.of("alex", "casey", "jose", "lee", "admin");

	/** Every read path of the directory as {@code reader} gets it, answers joined. */
	private String everyReadPath(String reader, String nominationId) {
		List<String> answers = new ArrayList<>();
		for (String query : List.of("", "?q=kim", "?q=nguyen", "?q=Kim%20Nguyen&locale=es", "?letter=K", "?category=STAFF",
			"?q=Recovery%20Coach")) {
			answers.add(as(reader).get(SITE + "/champions" + query).expect(200).toString());
		}
		answers.add(as(reader).get(SITE + "/champions/worksheet").expect(200).toString());
		answers.add(as(reader).get(SITE + "/champions/worksheet?locale=es").expect(200).toString());
		answers.add(as(reader).get(SITE + "/champion-expertise").expect(200).toString());
		answers.add(as(reader).get(SITE + "/champion-nominations/mine").expect(200).toString());
		ApiResponse one = as(reader).get(SITE + "/champions/" + nominationId);
		assertEquals(404, one.status(), "a nomination is no listing");
		ApiResponse csv = as(reader).get(SITE + "/champions/export.csv");
		if (csv.status() == 200) {
			answers.add(csv.body());
		}
		if (List.of("lee", "admin").contains(reader)) {
			for (String queue : List.of("submitted", "due", "stale")) {
				answers.add(as(reader).get(SITE + "/champions/review?queue=" + queue).expect(200).toString());
			}
		}
		return String.join("\n", answers);
	}

	@AfterEach
	void leaveKimAsTheyWere() {
		for (JsonNode open : session("lee").get(SITE + "/champion-nominations").expect(200).path("items")) {
			if (open.path("nomineeName").asText().equals("Kim Nguyen")) {
				session("lee").post(SITE + "/champion-nominations/" + open.path("id").asText() + "/withdraw", "{}");
			}
		}
		session("kim").delete(SITE + "/champions/mine");
	}

	@Test
	void aNomineeIsOnNoReadPathUntilTheyAcceptAndTheNominatorLearnsTheAnswer() {
		String message = unique("Would you be our champion");
		JsonNode nomination = session("lee").post(SITE + "/champion-nominations", json("nomineeKey", KIM, "category", "STAFF",
			"message", message)).expect(201);
		String id = nomination.path("id").asText();
		assertEquals("Kim Nguyen", nomination.path("nomineeName").asText());

		for (String reader : READERS) {
			String seen = everyReadPath(reader, id);
			assertFalse(seen.contains("Nguyen") || seen.contains(message) || seen.contains(KIM), reader + " saw the nominee: " + seen);
		}
		assertTrue(session("lee").get(SITE + "/champion-nominations").expect(200).toString().contains("Kim Nguyen"), "leadership's own list");
		assertEquals(403, as("alex").get(SITE + "/champion-nominations").status());
		assertEquals(409, session("lee").post(SITE + "/champion-nominations", json("nomineeKey", KIM, "category", "PEER")).status());
		JsonNode invitation = as("kim").get(SITE + "/champion-nominations/mine").expect(200).path("items").get(0);
		assertEquals(message, invitation.path("message").asText());
		assertEquals(404, session("casey").post(SITE + "/champion-nominations/" + id + "/accept", "{}").status(), "only the nominee answers");

		JsonNode draft = session("kim").post(SITE + "/champion-nominations/" + id + "/accept", "{}").expect(200);

		assertEquals("DRAFT", draft.path("workflow").path("status").asText());
		for (String reader : List.of("alex", "casey")) {
			assertFalse(everyReadPath(reader, draft.path("id").asText()).contains("Nguyen"), "a draft is not in the directory");
		}
		assertEquals(400, session("kim").post(SITE + "/champions/mine/submit", "{}").status(), "a role first");
		session("kim").put(SITE + "/champions/mine", json("displayName", "Kim Nguyen", "title", "Recovery Coach", "category", "STAFF",
			"role", "Questions about recovery coaching.")).expect(200);
		session("kim").post(SITE + "/champions/mine/submit", "{}").expect(200);
		session("lee").post(SITE + "/champions/" + draft.path("id").asText() + "/approve", "{}").expect(200);
		assertTrue(as("alex").get(SITE + "/champions?q=nguyen").expect(200).toString().contains("Kim Nguyen"), "published with consent");
		session("kim").delete(SITE + "/champions/mine").expect(204);

		deliverNotifications();
		List<String> leeSees = new ArrayList<>();
		for (JsonNode notification : as("lee").get("/notifications?pageSize=50").expect(200).path("items")) {
			leeSees.add(notification.path("type").asText() + " " + notification.path("detail").asText());
		}
		assertTrue(leeSees.contains("CHAMPION_NOMINATION_ANSWER ACCEPTED"), leeSees.toString());
		List<String> kimSees = new ArrayList<>();
		for (JsonNode notification : as("kim").get("/notifications?pageSize=50").expect(200).path("items")) {
			kimSees.add(notification.path("type").asText());
		}
		assertTrue(kimSees.contains("CHAMPION_NOMINATION"), kimSees.toString());
	}

	@Test
	void aDeclinedNominationIsGoneAndTheNominatorIsToldOnlyThatItWasDeclined() {
		String id = session("lee").post(SITE + "/champion-nominations", json("nomineeKey", KIM, "category", "PEER")).expect(201)
			.path("id").asText();

		session("kim").post(SITE + "/champion-nominations/" + id + "/decline", "{}").expect(204);

		assertFalse(session("lee").get(SITE + "/champion-nominations").expect(200).toString().contains("Kim Nguyen"));
		assertEquals(0, as("kim").get(SITE + "/champion-nominations/mine").expect(200).path("items").size());
		assertEquals(404, as("kim").get(SITE + "/champions/mine").status());
		deliverNotifications();
		boolean told = false;
		for (JsonNode notification : as("lee").get("/notifications?pageSize=50").expect(200).path("items")) {
			told |= "CHAMPION_NOMINATION_ANSWER".equals(notification.path("type").asText()) && "DECLINED".equals(notification.path("detail").asText())
				&& notification.path("itemId").isNull() && notification.path("itemTitle").isNull();
		}
		assertTrue(told);
	}

}
