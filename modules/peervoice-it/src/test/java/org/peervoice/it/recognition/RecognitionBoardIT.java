package org.peervoice.it.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.peervoice.it.PortalTestCase;

/**
 * The recognition board through the running portal, on each database: two colleagues recognized together, one who asks
 * first and approves, one who hides it; a third person sees exactly what they allowed, everywhere they can look.
 */
@RunAsClient
class RecognitionBoardIT extends PortalTestCase {

	private static final String RECOGNITIONS = "/sites/" + RIVERSIDE + "/recognitions";
	/** María Fernández and Kim Nguyen in the demo organization (DemoDirectory). */
	private static final String MARIA = "u-1006";
	private static final String KIM = "u-1010";

	@Test
	void eachRecipientDecidesWhatAThirdPersonSees() {
		session("maria").put("/sites/" + RIVERSIDE + "/recognition-preference", json("askFirst", true)).expect(200);
		String message = unique("Thank you both for running the group");
		JsonNode given = session("jordan").post(RECOGNITIONS, json("recipients", List.of(MARIA, KIM), "message", message,
			"values", List.of("hope", "mutuality"), "visibility", "BOARD")).expect(201);
		String id = given.path("id").asText();
		assertEquals(2, given.path("recipients").size(), "the giver sees whom they recognized");

		assertEquals(List.of("Kim Nguyen"), namesOnTheBoard("priya", message), "María asked to be asked first");
		session("maria").post(RECOGNITIONS + "/" + id + "/approve", "{}").expect(200);
		session("kim").post(RECOGNITIONS + "/" + id + "/hide", "{}").expect(200);

		assertEquals(List.of("María Fernández"), namesOnTheBoard("priya", message));
		// the demo history recognizes Kim on the board too: only this recognition is searched for her name
		String seen = session("priya").get(RECOGNITIONS + "/" + id).expect(200).toString()
			+ thisOne(session("priya").get(RECOGNITIONS + "?person=" + KIM + "&role=RECEIVED&pageSize=100").expect(200), id)
			+ thisOne(session("priya").get(RECOGNITIONS + "?value=mutuality&pageSize=100").expect(200), id);
		assertFalse(seen.contains("Kim"), seen);
		assertTrue(thisOne(session("priya").get(RECOGNITIONS + "?person=" + KIM + "&role=RECEIVED&pageSize=100").expect(200), id).isEmpty(),
			"not found by the name of the recipient who hid it");
		assertEquals(2, session("jordan").get(RECOGNITIONS + "/" + id).expect(200).path("recipients").size(), "the giver is not told");
		assertFalse(session("jordan").get(RECOGNITIONS + "/" + id).expect(200).toString().contains("HIDDEN"));
	}

	@Test
	void disclosingWordsAreWarnedAboutInEnglishAndSpanishAndNothingIsStoredUntilConfirmed() {
		for (String disclosing : List.of("Proud of you in recovery", "Admiro tu lucha contra la adicción")) {
			JsonNode problem = session("noah").post(RECOGNITIONS, json("recipients", List.of(MARIA), "message", unique(disclosing),
				"values", List.of("hope"), "visibility", "BOARD")).expectProblem(422, "privacy-warnings");
			assertEquals("health-disclosure", problem.path("warnings").get(0).path("code").asText(), disclosing);
		}
		JsonNode confirmed = session("noah").post(RECOGNITIONS, json("recipients", List.of(MARIA), "message", unique("Proud of you in recovery"),
			"values", List.of("hope"), "visibility", "BOARD", "confirmed", true)).expect(201);
		assertTrue(confirmed.path("awaitingApproval").asBoolean());
		assertEquals("PENDING", mine("maria", confirmed.path("id").asText()).path("recipients").get(0).path("consent").asText());
	}

	@Test
	void aCommentThatMayDiscloseHealthIsRefusedEvenConfirmedInEnglishAndSpanish() {
		String id = session("priya").post(RECOGNITIONS, json("recipients", List.of(KIM), "message", unique("Thanks for the new schedule"),
			"values", List.of("dignity"), "visibility", "BOARD")).expect(201).path("id").asText();
		for (String disclosing : List.of("Congrats on 2 years in recovery!", "Felicidades por tus dos años en recuperación")) {
			for (boolean confirmed : List.of(false, true)) {
				JsonNode problem = session("elena").post(RECOGNITIONS + "/" + id + "/comments", json("text", disclosing, "confirmed", confirmed))
					.expectProblem(422, "disclosure-refused");
				assertEquals("health-disclosure", problem.path("errorCodes").path("text").asText(), disclosing + " " + problem);
			}
		}
		assertEquals(0, session("priya").get(RECOGNITIONS + "/" + id).expect(200).path("comments").size());
	}

	@Test
	void aBoardRecognitionForLivedExperienceWaitsForTheRecipientsApproval() {
		JsonNode given = session("jordan").post(RECOGNITIONS, json("recipients", List.of(KIM), "message", unique("Thank you for mentoring"),
			"values", List.of("lived-experience"), "visibility", "BOARD")).expect(201);
		String id = given.path("id").asText();
		assertTrue(given.path("awaitingApproval").asBoolean());
		assertEquals("PENDING", mine("kim", id).path("recipients").get(0).path("consent").asText());
		session("priya").get(RECOGNITIONS + "/" + id).expectProblem(404, "unknown-item");
		session("kim").post(RECOGNITIONS + "/" + id + "/approve", "{}").expect(200);
		session("priya").get(RECOGNITIONS + "/" + id).expect(200);
	}

	@Test
	void oneselfAndStrangersCannotBeRecognizedAndTheSameRecognitionTwiceIsAConflict() {
		session("elena").post(RECOGNITIONS, json("recipients", List.of("u-1014"), "message", "Me", "values", List.of("hope"),
			"visibility", "BOARD")).expectProblem(400, "invalid-input");
		session("elena").post(RECOGNITIONS, json("recipients", List.of("u-1009"), "message", "Northside only", "values", List.of("hope"),
			"visibility", "BOARD")).expectProblem(400, "invalid-input");
		String message = unique("Thanks for the handover");
		session("elena").post(RECOGNITIONS, json("recipients", List.of(KIM), "message", message, "values", List.of("dignity"),
			"visibility", "PRIVATE")).expect(201);
		session("elena").post(RECOGNITIONS, json("recipients", List.of(KIM), "message", message, "values", List.of("dignity"),
			"visibility", "PRIVATE")).expectProblem(409, "conflict");
	}

	private List<String> namesOnTheBoard(String viewer, String message) {
		List<String> names = new ArrayList<>();
		for (JsonNode item : session(viewer).get(RECOGNITIONS + "?pageSize=100").expect(200).path("items")) {
			if (item.path("message").asText().equals(message)) {
				item.path("recipients").forEach(recipient -> names.add(recipient.path("name").asText()));
			}
		}
		return names;
	}

	/** The items of a page that are the recognition {@code id}, as JSON text ("" when it is not among them). */
	private static String thisOne(JsonNode page, String id) {
		StringBuilder found = new StringBuilder();
		for (JsonNode item : page.path("items")) {
			if (item.path("id").asText().equals(id)) {
				found.append(item);
			}
		}
		return found.toString();
	}

	private JsonNode mine(String screenName, String id) {
		for (JsonNode item : session(screenName).get(RECOGNITIONS + "/mine?pageSize=100").expect(200).path("items")) {
			if (item.path("id").asText().equals(id)) {
				return item;
			}
		}
		throw new AssertionError(id + " is not among " + screenName + "'s recognitions");
	}

}
