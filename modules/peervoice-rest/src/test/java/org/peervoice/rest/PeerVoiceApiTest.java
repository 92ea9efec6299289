package org.peervoice.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peervoice.core.anonymity.ReceiptCode;

/** The API over HTTP in-process: routes, status codes, problem details, JSON shapes. */
class PeerVoiceApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String SUGGESTIONS = "/sites/" + InProcessApi.SITE + "/suggestions";
	/** Of a receipt's form (PV and ten groups of four), and nobody's receipt. */
	private static final String WELL_FORMED_UNKNOWN = "PV-AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-IIII-JJJJ";

	private static InProcessApi api;

	@BeforeAll
	static void start() throws Exception {
		api = new InProcessApi();
	}

	@AfterAll
	static void stop() throws Exception {
		api.close();
	}

	@Test
	void sitesListsWhatTheCallerCanSee() {
		JsonNode lee = ok(api.get("lee", "/sites"));
		JsonNode alex = ok(api.get("alex", "/sites"));

		assertEquals(2, lee.get("totalCount").asInt());
		assertEquals(100, lee.get("pageSize").asInt());
		assertEquals(1, lee.get("lastPage").asInt());
		assertEquals(InProcessApi.SITE, alex.get("items").get(0).get("id").asLong());
		assertEquals("Riverside Community Clinic", alex.get("items").get(0).get("name").asText());
	}

	@Test
	void meNamesTheCallerAndPermissionsButNotTheUserKey() {
		HttpResponse<String> response = api.get("alex", "/me?siteId=" + InProcessApi.SITE);
		JsonNode me = ok(response);

		assertEquals("Alex Rivera", me.get("name").asText());
		assertTrue(me.get("signedIn").asBoolean());
		assertEquals("[\"VIEW\",\"SUBMIT\",\"VOTE\",\"RECOGNIZE\"]", me.get("permissions").toString());
		assertFalse(response.body().contains("user-alex"));
		assertFalse(ok(api.get(null, "/me?siteId=" + InProcessApi.SITE)).get("signedIn").asBoolean());
	}

	@Test
	void meNeedsASiteId() {
		assertProblem(api.get("alex", "/me"), 400, "invalid-input");
		assertProblem(api.get("alex", "/me?siteId=abc"), 400, "invalid-input");
		assertProblem(api.get("alex", "/me?siteId=" + InProcessApi.OTHER_SITE), 404, "unknown-item");
	}

	@Test
	void identifiedSubmissionIsCreatedWithItsLocationAndNoReceipt() {
		HttpResponse<String> response = api.post("alex", SUGGESTIONS, suggestion("Quiet room for breaks", false));
		JsonNode created = json(response);

		assertEquals(201, response.statusCode(), response.body());
		String location = response.headers().firstValue("Location").orElseThrow();
		assertTrue(location.endsWith("/o/peer-voice/v1.0/suggestions/" + created.get("id").asText()), location);
		assertEquals("Alex Rivera", created.get("author").get("name").asText());
		assertTrue(created.get("mine").asBoolean());
		assertFalse(created.has("receipt"));
		assertEquals("SUBMITTED", created.get("status").asText());
	}

	@Test
	void anonymousSubmissionAnswersWithAReceiptOnlyOnce() throws Exception {
		HttpResponse<String> response = api.post("alex", SUGGESTIONS, suggestion("Supervision for peers by peers", true));
		JsonNode created = json(response);

		assertEquals(201, response.statusCode(), response.body());
		String receipt = created.get("receipt").asText();
		assertFalse(receipt.isEmpty());
		assertTrue(created.get("author").isNull());
		assertTrue(created.get("createdAt").asText().endsWith("T00:00:00Z"), created.get("createdAt").asText());
		assertEquals(404, api.get("lee", "/suggestions/" + created.get("id").asText()).statusCode(), "reviewers see it once mixed");
		JsonNode pending = ok(api.post("alex", "/receipts/lookup", "{\"receipt\":" + quoted(receipt) + "}"));
		assertEquals(61, pending.get("deliveredWithinMinutes").asInt(), pending.toString());

		api.mixAnonymousWrites();
		HttpResponse<String> asReviewer = api.get("lee", "/suggestions/" + created.get("id").asText());
		assertEquals(200, asReviewer.statusCode(), asReviewer.body());
		assertFalse(asReviewer.body().contains(receipt));
		assertFalse(asReviewer.body().contains("receipt"));
		assertFalse(asReviewer.body().contains("Alex"));

		JsonNode lookedUp = ok(api.post("alex", "/receipts/lookup", "{\"receipt\":" + quoted(receipt) + "}"));
		assertEquals(created.get("id").asText(), lookedUp.get("suggestion").get("id").asText());
		assertTrue(lookedUp.get("thread").isArray());
		assertFalse(lookedUp.get("suggestion").has("receipt"));
		assertTrue(lookedUp.get("deliveredWithinMinutes").isNull(), lookedUp.toString());
	}

	@Test
	void anonymousWriterFollowsUpWithTheReceipt() throws Exception {
		JsonNode created = json(api.post("casey", SUGGESTIONS, suggestion("Clearer job descriptions", true)));
		String receipt = quoted(created.get("receipt").asText());
		String id = created.get("id").asText();
		api.mixAnonymousWrites();

		HttpResponse<String> asked = api.post("lee", "/suggestions/" + id + "/messages", "{\"message\":\"Which roles do you mean?\"}");
		assertEquals(201, asked.statusCode(), asked.body());
		assertEquals("REVIEWER", json(asked).get("from").asText());

		HttpResponse<String> answered = api.post("casey", "/receipts/messages", "{\"receipt\":" + receipt + ",\"message\":\"Peer mentors.\"}");
		assertEquals(201, answered.statusCode(), answered.body());
		assertTrue(json(answered).get("author").isNull());

		assertEquals(1, ok(api.get("lee", "/suggestions/" + id + "/messages")).get("items").size(), "the reply reaches reviewers once mixed");
		api.mixAnonymousWrites();
		JsonNode thread = ok(api.get("lee", "/suggestions/" + id + "/messages"));
		assertEquals(2, thread.get("items").size());

		JsonNode withdrawn = ok(api.post("casey", "/receipts/withdraw", "{\"receipt\":" + receipt + "}"));
		assertEquals("WITHDRAWN", withdrawn.get("status").asText());
	}

	@Test
	void unknownReceiptIsAnUnknownItemAndATextNotOfAReceiptsFormSaysSo() {
		assertProblem(api.post("alex", "/receipts/lookup", "{\"receipt\":\"" + WELL_FORMED_UNKNOWN + "\"}"), 404, "unknown-item");
		assertProblem(api.post("alex", "/receipts/lookup", "{}"), 400, "invalid-input");
		for (String path : List.of("/receipts/lookup", "/town-hall-receipts/lookup")) {
			JsonNode notAReceipt = assertProblem(api.post("alex", path, "{\"receipt\":\"PV-NOT-A-REAL-RECEIPT\"}"), 400, "invalid-input");
			assertEquals("This is not a receipt: a receipt is PV followed by ten groups of four letters or digits.", notAReceipt.path("title").asText());
			assertEquals("not-a-receipt", notAReceipt.path("errorCodes").path("receipt").asText(), notAReceipt.toString());
		}
	}

	@Test
	void guestsAreRefusedAlikeWhateverTheReceipt() throws Exception {
		String receipt = json(api.post("casey", SUGGESTIONS, suggestion("Guest probes", true))).get("receipt").asText();
		List<String> receipts = List.of("\"receipt\":" + quoted(receipt), "\"receipt\":\"PV-AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-IIII\"",
			"\"receipt\":\"not a receipt\"", "\"receipt\":null");
		for (String path : List.of("/receipts/lookup", "/receipts/messages", "/receipts/withdraw")) {
			Set<String> answers = new HashSet<>();
			for (String field : receipts) {
				String body = "{" + field + (path.endsWith("messages") ? ",\"message\":\"hi\"}" : "}");
				HttpResponse<String> refused = api.post(null, path, body);
				assertProblem(refused, 401, "not-signed-in");
				answers.add(refused.body() + refused.headers().firstValue("Content-Type").orElse(""));
			}
			assertEquals(1, answers.size(), path + " tells receipts apart for guests: " + answers);
		}
		ok(api.post("casey", "/receipts/lookup", "{\"receipt\":" + quoted(receipt) + "}"));
	}

	@Test
	void wrongReceiptGuessesSoonGetA429ThatSaysWhenToRetry() {
		HttpResponse<String> response = null;
		int guesses = 0;
		while (guesses < 60) {
			guesses++;
			response = api.post("guesser", "/receipts/lookup", "{\"receipt\":\"" + ReceiptCode.generate().text() + "\"}");
			if (response.statusCode() == 429) {
				break;
			}
			assertProblem(response, 404, "unknown-item");
		}
		assertProblem(response, 429, "too-many-requests");
		long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElse("0"));
		assertTrue(retryAfter >= 1 && retryAfter <= 600, "Retry-After " + retryAfter);
		assertProblem(api.post("guesser", "/receipts/withdraw", "{\"receipt\":\"PV-NOT-A-RECEIPT\"}"), 429, "too-many-requests");
		assertProblem(api.post("alex", "/receipts/lookup", "{\"receipt\":\"" + WELL_FORMED_UNKNOWN + "\"}"), 404, "unknown-item");
	}

	@Test
	void privacyWarningsAreA422UntilConfirmed() {
		String body = "{\"title\":\"Call me\",\"body\":\"Write to alex.rivera@example.org about it\",\"category\":\"other\","
			+ "\"anonymous\":true";
		HttpResponse<String> warned = api.post("alex", SUGGESTIONS, body + "}");
		JsonNode problem = assertProblem(warned, 422, "privacy-warnings");

		assertEquals("email", problem.get("warnings").get(0).get("code").asText());
		assertEquals("body", problem.get("warnings").get(0).get("field").asText());
		assertFalse(warned.body().contains("alex.rivera@example.org"));

		assertEquals(201, api.post("alex", SUGGESTIONS, body + ",\"confirmPrivacyWarnings\":true}").statusCode());
	}

	@Test
	void badBodiesAreBadRequestsNamingTheField() {
		JsonNode unknown = assertProblem(api.post("alex", SUGGESTIONS,
			"{\"title\":\"t\",\"body\":\"b\",\"category\":\"other\",\"authorEmail\":\"x\"}"), 400, "invalid-input");
		assertEquals("is not a known field", unknown.get("errors").get("authorEmail").asText());

		assertProblem(api.post("alex", SUGGESTIONS, "{\"title\":"), 400, "invalid-input");
		assertProblem(api.post("alex", SUGGESTIONS, null), 400, "invalid-input");
		assertProblem(api.send("alex", "POST", SUGGESTIONS, "application/json", ""), 400, "invalid-input");
		JsonNode tooLong = assertProblem(api.post("alex", SUGGESTIONS, "{\"title\":\"" + "x".repeat(151)
			+ "\",\"body\":\"b\",\"category\":\"other\"}"), 400, "invalid-input");
		assertTrue(tooLong.get("errors").has("title"), tooLong.toString());
		assertProblem(api.post("alex", SUGGESTIONS, "{\"title\":\"t\",\"body\":\"b\",\"category\":\"no-such-category\"}"), 400, "invalid-input");
	}

	@Test
	void reviewersSeeFindingsAndConfirmThemToPublishOrMessage() {
		String body = "{\"title\":\"Records\",\"body\":\"Expediente 44712 se perdió\",\"category\":\"other\",\"confirmPrivacyWarnings\":true}";
		String id = json(api.post("alex", SUGGESTIONS, body)).get("id").asText();
		JsonNode finding = json(api.get("lee", "/suggestions/" + id)).get("review").get("privacyFindings").get(0);
		assertEquals("record-number", finding.get("code").asText());
		assertEquals(0, finding.get("start").asInt());
		assertEquals("Expediente 44712".length(), finding.get("end").asInt());

		assertProblem(api.post("lee", "/suggestions/" + id + "/publish", "{}"), 422, "privacy-warnings");
		assertEquals(200, api.post("lee", "/suggestions/" + id + "/publish", "{\"confirmPrivacyWarnings\":true}").statusCode());

		JsonNode warned = assertProblem(api.post("lee", "/suggestions/" + id + "/messages", "{\"message\":\"DOB 01/02/1980?\"}"), 422,
			"privacy-warnings");
		assertEquals("date-of-birth", warned.get("warnings").get(0).get("code").asText());
		assertEquals(201, api.post("lee", "/suggestions/" + id + "/messages",
			"{\"message\":\"DOB 01/02/1980?\",\"confirmPrivacyWarnings\":true}").statusCode());
	}

	@Test
	void textFaultsCarryAStableCodePerField() {
		JsonNode problem = assertProblem(api.post("alex", SUGGESTIONS,
			"{\"title\":\"\\u200B\\u3000\",\"body\":\"a\\u001Bb\",\"category\":\"other\"}"), 400, "invalid-input");
		assertEquals("required", problem.get("errorCodes").get("title").asText());
		assertEquals("control-character", problem.get("errorCodes").get("body").asText());
		assertTrue(problem.get("errors").has("title"));
	}

	@Test
	void wrongContentTypeIsUnsupported() {
		assertProblem(api.send("alex", "POST", SUGGESTIONS, "text/plain", "title=x"), 415, "unsupported-media-type");
	}

	@Test
	void wrongEnumValueInABodyIsABadRequest() {
		String id = json(api.post("alex", SUGGESTIONS, suggestion("Enum check", false))).get("id").asText();

		JsonNode problem = assertProblem(api.post("lee", "/suggestions/" + id + "/responses", "{\"status\":\"FINISHED\"}"), 400, "invalid-input");
		assertTrue(problem.get("errors").get("status").asText().startsWith("must be one of"));
	}

	@Test
	void badQueryParametersAreBadRequests() {
		assertProblem(api.get("alex", SUGGESTIONS + "?page=abc"), 400, "invalid-input");
		assertProblem(api.get("alex", SUGGESTIONS + "?pageSize=1000"), 400, "invalid-input");
		assertProblem(api.get("alex", SUGGESTIONS + "?status=FINISHED"), 400, "invalid-input");
		assertProblem(api.get("alex", SUGGESTIONS + "?sort=oldest"), 400, "invalid-input");
		assertProblem(api.get("alex", SUGGESTIONS + "?view=everything"), 400, "invalid-input");
		assertProblem(api.get("alex", SUGGESTIONS + "?q=" + "x".repeat(101)), 400, "invalid-input");
		assertProblem(api.get("lee", SUGGESTIONS + "?view=queue&needsFirstResponse=yes"), 400, "invalid-input");
		JsonNode outsideTheQueue = assertProblem(api.get("lee", SUGGESTIONS + "?needsFirstResponse=true"), 400, "invalid-input");
		assertTrue(outsideTheQueue.get("errors").has("needsFirstResponse"), outsideTheQueue.toString());
	}

	@Test
	void theListSearchesTitlesAndTextsAndCountsEachStatusUnderTheOtherFilters() {
		String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
		String id = json(api.post("alex", SUGGESTIONS, suggestion("Search " + marker.toUpperCase(java.util.Locale.ROOT), false)))
			.get("id").asText();

		JsonNode found = ok(api.get("lee", SUGGESTIONS + "?view=queue&q=" + marker + "%20search"));
		assertEquals(1, found.get("totalCount").asInt());
		assertEquals(id, found.get("items").get(0).get("id").asText());
		assertEquals(1, found.get("statusCounts").get("SUBMITTED").asInt());
		assertEquals(0, found.get("statusCounts").get("WITHDRAWN").asInt());
		assertEquals(7, found.get("statusCounts").size(), "every status, 0 where none");
		JsonNode otherStatus = ok(api.get("lee", SUGGESTIONS + "?view=queue&status=DONE&q=" + marker));
		assertEquals(0, otherStatus.get("totalCount").asInt());
		assertEquals(1, otherStatus.get("statusCounts").get("SUBMITTED").asInt(), "the status filter does not narrow the counts");
		assertEquals(1, ok(api.get("lee", SUGGESTIONS + "?view=queue&needsFirstResponse=true&q=" + marker)).get("totalCount").asInt());
		assertEquals(201, api.post("lee", "/suggestions/" + id + "/messages", "{\"message\":\"Which room do you mean?\"}").statusCode());
		assertEquals(0, ok(api.get("lee", SUGGESTIONS + "?view=queue&needsFirstResponse=TRUE&q=" + marker)).get("totalCount").asInt());
		assertEquals(0, ok(api.get("alex", SUGGESTIONS + "?q=" + marker)).get("totalCount").asInt(), "the board searches published items only");
	}

	@Test
	void aBrowserCannotSendAChangeFromAnotherSitesPageWhateverTheCredentials() {
		String id = json(api.post("alex", SUGGESTIONS, suggestion("Peer-led orientation", false))).get("id").asText();
		ok(api.post("lee", "/suggestions/" + id + "/responses", "{\"status\":\"PLANNED\",\"message\":\"Yes.\"}"));
		String vote = "/suggestions/" + id + "/votes";
		for (Map<String, String> foreign : List.of(Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Origin", "https://attacker.example"))) {
			assertProblem(api.send("casey", "POST", vote, "text/plain", null, null, foreign), 403, "cross-site-request");
			assertProblem(api.send("casey", "DELETE", vote, null, null, null, foreign), 403, "cross-site-request");
			assertEquals(200, api.send("casey", "GET", SUGGESTIONS, null, null, null, foreign).statusCode(), "reads are not changes");
		}
		HttpResponse<String> own = api.send("casey", "POST", vote, null, null, null, Map.of("Sec-Fetch-Site", "same-origin"));
		assertEquals(201, own.statusCode(), own.body());
	}

	@Test
	void unknownRoutesMethodsAndMediaTypesAreProblems() {
		assertProblem(api.get("alex", "/no-such-thing"), 404, "unknown-item");
		assertProblem(api.get("alex", "/sites/abc/suggestions"), 404, "unknown-item");
		assertProblem(api.get("alex", "/sites/0/suggestions"), 404, "unknown-item");
		HttpResponse<String> wrongMethod = api.send("alex", "PATCH", "/sites", "application/json", "{}");
		assertProblem(wrongMethod, 405, "method-not-allowed");
		assertTrue(wrongMethod.headers().firstValue("Allow").isPresent());
		assertProblem(api.send("alex", "GET", "/sites", null, null, "text/html"), 406, "not-acceptable");
		assertProblem(api.send("alex", "GET", "/no-such-thing", null, null, "application/json"), 404, "unknown-item");
	}

	@Test
	void otherSitesAreUnknownItems() {
		assertProblem(api.get("alex", "/sites/" + InProcessApi.OTHER_SITE + "/suggestions"), 404, "unknown-item");
		assertProblem(api.get("alex", "/suggestions/00000000-0000-0000-0000-000000000000"), 404, "unknown-item");
	}

	@Test
	void guestsCannotMutate() {
		assertProblem(api.post(null, SUGGESTIONS, suggestion("Guest", false)), 401, "not-signed-in");
	}

	@Test
	void staffCannotReadTheQueueOrRespond() {
		String id = json(api.post("alex", SUGGESTIONS, suggestion("Queue check", false))).get("id").asText();

		assertProblem(api.get("alex", SUGGESTIONS + "?view=queue"), 403, "not-permitted");
		assertProblem(api.post("alex", "/suggestions/" + id + "/responses", "{\"status\":\"PLANNED\",\"message\":\"x\"}"), 403, "not-permitted");
		JsonNode queue = ok(api.get("lee", SUGGESTIONS + "?view=queue&pageSize=100"));
		assertTrue(queue.get("totalCount").asInt() >= 1);
	}

	@Test
	void reviewerRespondsAndStaffVoteOncePerPerson() {
		String id = json(api.post("alex", SUGGESTIONS, suggestion("Peer-led focus groups", false))).get("id").asText();
		String votes = "/suggestions/" + id + "/votes";

		JsonNode responded = ok(api.post("lee", "/suggestions/" + id + "/responses", "{\"status\":\"PLANNED\",\"message\":\"Starting in spring.\"}"));
		assertEquals("PLANNED", responded.get("status").asText());
		assertTrue(responded.get("published").asBoolean());
		assertEquals("Lee Park", responded.get("responses").get(0).get("responder").get("name").asText());

		HttpResponse<String> voted = api.post("casey", votes, null);
		assertEquals(201, voted.statusCode(), voted.body());
		assertEquals("{\"voteCount\":1,\"votedByMe\":true}", voted.body());
		assertProblem(api.post("casey", votes, null), 409, "conflict");
		JsonNode ownVote = assertProblem(api.post("alex", votes, null), 409, "conflict");
		assertEquals("You cannot vote for your own suggestion.", ownVote.get("title").asText());
		assertEquals(1, ok(api.get("alex", "/suggestions/" + id)).get("voteCount").asInt());
		assertEquals(204, api.send("casey", "DELETE", votes, null, null).statusCode());
		assertProblem(api.send("casey", "DELETE", votes, null, null), 404, "unknown-item");

		JsonNode board = ok(api.get("alex", SUGGESTIONS + "?sort=votes"));
		assertTrue(board.get("items").size() >= 1);
		assertProblem(api.post("lee", "/suggestions/" + id + "/responses", "{\"status\":\"SUBMITTED\",\"message\":\"back\"}"), 409, "conflict");
	}

	@Test
	void settingsAreReadByStaffAndChangedOnlyByAdministrators() {
		JsonNode settings = ok(api.get("alex", "/sites/" + InProcessApi.SITE + "/suggestion-settings"));

		assertEquals("REVIEW_FIRST", settings.get("publication").asText());
		assertTrue(settings.get("categories").size() >= 6);
		assertProblem(api.send("alex", "PUT", "/sites/" + InProcessApi.SITE + "/suggestion-settings", "application/json",
			"{\"publication\":\"IMMEDIATE\",\"categories\":[{\"key\":\"other\",\"label\":\"Other\"}]}"), 403, "not-permitted");
		assertProblem(api.send("alex", "PUT", "/sites/" + InProcessApi.SITE + "/suggestion-settings", "application/json",
			"{\"publication\":\"SOMETIMES\",\"categories\":[]}"), 400, "invalid-input");
	}

	@Test
	void pagesBeyondTheIntRangeAreBadRequestsAndPagesPastTheEndAreEmpty() {
		for (String query : new String[] { "?page=2147483647", "?page=30000000&pageSize=100", "?page=-1", "?page=0", "?pageSize=-5",
			"?page=99999999999999999999", "?page=1.5", "?page=1000001" }) {
			JsonNode problem = assertProblem(api.get("alex", SUGGESTIONS + query), 400, "invalid-input");
			assertTrue(problem.get("errors").has("page") || problem.get("errors").has("pageSize"), query + " " + problem);
			assertProblem(api.get("alex", "/sites" + query), 400, "invalid-input");
		}
		JsonNode last = ok(api.get("alex", SUGGESTIONS + "?page=1000000&pageSize=100"));
		assertEquals(0, last.get("items").size());
		assertEquals(1000000, last.get("page").asInt());
	}

	@Test
	void everyResponseHasNosniffAndNoStore() {
		for (HttpResponse<String> response : java.util.List.of(api.get("alex", SUGGESTIONS), api.get("lee", SUGGESTIONS + "?view=queue"),
			api.get(null, SUGGESTIONS), api.get("alex", "/no-such-thing"), api.post("alex", SUGGESTIONS, "{"), api.get("alex", "/sites"),
			api.send("alex", "PATCH", "/sites", "application/json", "{}"))) {
			assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), response.uri() + " " + response.statusCode());
			assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), response.uri() + " " + response.statusCode());
		}
	}

	@Test
	void aContentTypeThatIsNotExactlyOneUtf8JsonTypeIsAProblem() {
		String body = suggestion("Content type", false);
		// "application/json, text/plain" and "application/" Jersey refuses before any filter, with an empty 400: the host writes
		// its problem details (the dev portal's ApiErrorReportValve, tested there)
		assertEquals(400, api.send("alex", "POST", SUGGESTIONS, "application/json, text/plain", body).statusCode());
		assertProblem(api.send("alex", "POST", SUGGESTIONS, "application/json; charset=ISO-8859-1", body), 415, "unsupported-media-type");
		assertProblem(api.send("alex", "POST", SUGGESTIONS, "application/json; charset=utf-16", body), 415, "unsupported-media-type");
		assertEquals(400, api.send("alex", "POST", SUGGESTIONS, "application/", body).statusCode());
		assertProblem(api.send("alex", "POST", SUGGESTIONS, "text/plain", body), 415, "unsupported-media-type");
		assertProblem(api.send("alex", "GET", SUGGESTIONS, null, null, "application/json;q=x;;,,"), 400, "invalid-input");
	}

	@Test
	void pathsAndQueriesThatAreNotUtf8AreBadRequests() {
		for (String path : new String[] { "/suggestions/%C0%BC", "/suggestions/%ED%A0%80", "/suggestions/%E2%82", "/suggestions/%FF",
			"/suggestions/a%01b", SUGGESTIONS + "?category=%C0%BC", SUGGESTIONS + "?category=%ED%A0%80", SUGGESTIONS + "?category=%FFx" }) {
			HttpResponse<String> response = api.get("alex", path);
			assertTrue(response.statusCode() == 400, path + " -> " + response.statusCode() + " " + response.body());
			assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
		}
	}

	@Test
	void guestsGetTheSameAnswerForSitesAndItemsThatExistAndThoseThatDoNot() {
		String id = json(api.post("alex", SUGGESTIONS, suggestion("Guest sweep", false))).get("id").asText();
		java.util.Random random = new java.util.Random(6);
		java.util.List<String> paths = new java.util.ArrayList<>(java.util.List.of(SUGGESTIONS, "/suggestions/" + id, "/suggestions/" + id + "/messages",
			"/sites/" + InProcessApi.OTHER_SITE + "/suggestions", "/sites/" + InProcessApi.SITE + "/suggestion-settings"));
		for (int i = 0; i < 20; i++) {
			paths.add("/sites/" + (1 + random.nextInt(1_000_000)) + "/suggestions");
			paths.add("/sites/" + (1 + random.nextInt(1_000_000)) + "/suggestion-settings");
			paths.add("/suggestions/" + new java.util.UUID(random.nextLong(), random.nextLong()));
			paths.add("/suggestions/" + new java.util.UUID(random.nextLong(), random.nextLong()) + "/messages");
		}
		for (String path : paths) {
			assertProblem(api.get(null, path), 401, "not-signed-in");
		}
		for (String path : new String[] { "/suggestions/" + id + "/votes", "/suggestions/" + java.util.UUID.randomUUID() + "/votes",
			"/sites/987654/suggestions", SUGGESTIONS }) {
			assertProblem(api.post(null, path, suggestion("Guest", false).replace(",\"anonymous\":false", "")), 401, "not-signed-in");
		}
	}

	@Test
	void apiDescribesItself() {
		HttpResponse<String> response = api.get(null, "/openapi.yaml");

		assertEquals(200, response.statusCode());
		assertTrue(response.body().startsWith("openapi: 3.0"));
	}

	@Test
	void apiDescribesItselfAsJsonToo() throws IOException {
		HttpResponse<String> yaml = api.get(null, "/openapi.yaml");
		HttpResponse<String> json = api.get(null, "/openapi.json");

		assertEquals(200, json.statusCode());
		assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
		assertEquals(new ObjectMapper(new YAMLFactory()).readTree(yaml.body()), new ObjectMapper().readTree(json.body()));
	}

	private static String suggestion(String title, boolean anonymous) {
		return "{\"title\":" + quoted(title) + ",\"body\":\"We would like this.\",\"category\":\"workplace-culture\",\"anonymous\":"
			+ anonymous + "}";
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertEquals(200, response.statusCode(), response.body());
		assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
		return json(response);
	}

	private static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
		assertEquals(status, response.statusCode(), response.body());
		assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
			response.headers().toString());
		JsonNode problem = json(response);
		assertEquals("https://peervoice.org/problems/" + type, problem.get("type").asText(), response.body());
		assertEquals(status, problem.get("status").asInt());
		assertFalse(problem.get("title").asText().isEmpty());
		return problem;
	}

	private static JsonNode json(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (JsonProcessingException e) {
			throw new AssertionError("not JSON: " + response.body(), e);
		}
	}

	private static String quoted(String text) {
		try {
			return JSON.writeValueAsString(text);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
