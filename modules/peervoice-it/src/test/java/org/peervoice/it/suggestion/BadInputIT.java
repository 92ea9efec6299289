package org.peervoice.it.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;
import static org.peervoice.it.suggestion.SuggestionBoxApiIT.responses;
import static org.peervoice.it.suggestion.SuggestionBoxApiIT.suggestions;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.it.ApiClient;
import org.peervoice.it.ApiResponse;
import org.peervoice.it.DatabaseDump;
import org.peervoice.it.PortalTestCase;
import org.peervoice.devportal.fixtures.RawHttp;
import org.peervoice.it.SignedInSession;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad input is answered with the right 4xx as problem details, never 500, and leaves nothing
 * stored half-way.
 */
@RunAsClient
class BadInputIT extends PortalTestCase {

	private long rowsBefore;

	@BeforeEach
	void countRows() throws Exception {
		rowsBefore = DatabaseDump.totalRows(portal.database());
	}

	private void assertNothingStored() throws Exception {
		assertEquals(rowsBefore, DatabaseDump.totalRows(portal.database()), "nothing may be stored by a rejected request");
	}

	@AfterEach
	void nothingStoredHalfWay() throws Exception {
		assertNothingStored();
	}

	private ApiResponse submitAsAlex(Object body) {
		return as("alex").post(suggestions(RIVERSIDE), body);
	}

	@Test
	void malformedJsonIsInvalidInput() {
		submitAsAlex("{\"title\": \"Unclosed").expectProblem(400, "invalid-input");
		submitAsAlex("not json at all").expectProblem(400, "invalid-input");
		submitAsAlex("[1, 2, 3]").expectProblem(400, "invalid-input");
		submitAsAlex("").expectProblem(400, "invalid-input");
	}

	@Test
	void unknownFieldIsInvalidInput() {
		JsonNode problem = submitAsAlex(json("title", "Fine", "body", "Fine", "category", "other", "anonymous", false, "confirmPrivacyWarnings", false,
			"authorId", "u-1004")).expectProblem(400, "invalid-input");
		assertTrue(problem.toString().contains("authorId"), problem::toString);
	}

	@Test
	void missingAndOversizedFieldsAreNamed() {
		JsonNode oversized = submitAsAlex(json("title", "x".repeat(151), "body", "Fine", "category", "other", "anonymous", false)).expectProblem(400,
			"invalid-input");
		assertTrue(oversized.path("errors").has("title"), oversized::toString);
		JsonNode missing = submitAsAlex(json("body", "Fine", "category", "other", "anonymous", false)).expectProblem(400, "invalid-input");
		assertTrue(missing.path("errors").has("title"), missing::toString);
		submitAsAlex(json("title", "Fine", "body", "b".repeat(5001), "category", "other", "anonymous", false)).expectProblem(400, "invalid-input");
		submitAsAlex(json("title", "   ", "body", "Fine", "category", "other", "anonymous", false)).expectProblem(400, "invalid-input");
		submitAsAlex(json("title", "Fine", "body", "Fine", "category", "no-such-category", "anonymous", false)).expectProblem(400, "invalid-input");
		submitAsAlex(json("title", 42, "body", "Fine", "category", "other", "anonymous", "maybe")).expectProblem(400, "invalid-input");
	}

	@Test
	void wrongEnumValueIsInvalidInput() {
		JsonNode created = as("alex").post(suggestions(RIVERSIDE), json("title", unique("Enum check"), "body", "Fine", "category", "other", "anonymous", false,
			"confirmPrivacyWarnings", false)).expect(201);
		rowsBefore = totalRowsNow();
		String id = created.path("id").asText();
		as("lee").post(responses(id), json("status", "FINISHED", "message", "x")).expectProblem(400, "invalid-input");
		as("lee").post(responses(id), json("status", "done", "message", "x")).expectProblem(400, "invalid-input");
		as("lee").get(suggestions(RIVERSIDE) + "?status=FINISHED").expectProblem(400, "invalid-input");
		as("lee").get(suggestions(RIVERSIDE) + "?sort=oldest").expectProblem(400, "invalid-input");
		as("lee").get(suggestions(RIVERSIDE) + "?view=everything").expectProblem(400, "invalid-input");
	}

	private long totalRowsNow() {
		try {
			return DatabaseDump.totalRows(portal.database());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void wrongContentTypeIsUnsupported() {
		as("alex").send("POST", suggestions(RIVERSIDE), "title=Hello&body=World", "application/x-www-form-urlencoded").expectProblem(415, "unsupported-media-type");
		as("alex").send("POST", suggestions(RIVERSIDE), "{\"title\":\"x\"}", "text/plain").expectProblem(415, "unsupported-media-type");
	}

	@Test
	void idsFromAnotherSiteAreUnknown() {
		JsonNode northside = as("lee").post(suggestions(NORTHSIDE), json("title", unique("Northside only"), "body", "Fine", "category", "other",
			"anonymous", false, "confirmPrivacyWarnings", false)).expect(201);
		rowsBefore = totalRowsNow();
		String id = northside.path("id").asText();
		JsonNode otherSites = as("alex").get("/suggestions/" + id).expectProblem(404, "unknown-item");
		JsonNode unknown = as("alex").get("/suggestions/" + java.util.UUID.randomUUID()).expectProblem(404, "unknown-item");
		assertEquals(unknown, otherSites, "an item of a site the caller cannot see is answered like one that does not exist");
		as("alex").post("/suggestions/" + id + "/votes", "{}").expectProblem(404, "unknown-item");
		as("casey").get(suggestions(NORTHSIDE)).expectProblem(404, "unknown-item");
		as("alex").post(suggestions(NORTHSIDE), json("title", "x", "body", "y", "category", "other", "anonymous", false)).expectProblem(404, "unknown-item");
		as("alex").get("/suggestions/00000000-0000-4000-8000-000000000000").expectProblem(404, "unknown-item");
		as("alex").get("/suggestions/not-a-uuid").expectProblem(404, "unknown-item");
		as("alex").get("/sites/99999/suggestions").expectProblem(404, "unknown-item");
	}

	@Test
	void pagesAreLimited() {
		as("alex").get(suggestions(RIVERSIDE) + "?pageSize=1000").expectProblem(400, "invalid-input");
		as("alex").get(suggestions(RIVERSIDE) + "?pageSize=0").expectProblem(400, "invalid-input");
		as("alex").get(suggestions(RIVERSIDE) + "?page=0").expectProblem(400, "invalid-input");
		as("alex").get(suggestions(RIVERSIDE) + "?page=abc").expectProblem(400, "invalid-input");
		as("alex").get(suggestions(RIVERSIDE) + "?pageSize=100").expect(200);
	}

	@Test
	void unknownRouteIsUnknownItem() {
		as("alex").get("/no-such-thing").expectProblem(404, "unknown-item");
		as("alex").get("/sites/" + RIVERSIDE + "/nothing-here").expectProblem(404, "unknown-item");
		guest().get("/no-such-thing").expectProblem(404, "unknown-item");
	}

	@Test
	void wrongMethodIsNotAllowed() {
		as("alex").send("PATCH", suggestions(RIVERSIDE), "{}", "application/json").expectProblem(405, "method-not-allowed");
	}

	@Test
	void sessionMutationWithoutCsrfTokenIsForbidden() {
		SignedInSession session = SignedInSession.signIn(baseUri(), "alex");
		ApiClient browser = session.apiWithoutToken();
		browser.get("/me?siteId=" + RIVERSIDE).expect(200);
		browser.post(suggestions(RIVERSIDE), json("title", unique("No token"), "body", "x", "category", "other", "anonymous", false))
			.expectProblem(403, null);
	}

	@Test
	void sessionMutationWithCsrfTokenIsAccepted() throws Exception {
		SignedInSession session = SignedInSession.signIn(baseUri(), "alex");
		session.apiWithToken().post(suggestions(RIVERSIDE), json("title", unique("With token"), "body", "x", "category", "other", "anonymous", false,
			"confirmPrivacyWarnings", false)).expect(201);
		rowsBefore = totalRowsNow();
	}

	@Test
	void scriptInATitleIsReturnedVerbatim() {
		String title = "<script>alert('pv')</script> " + unique("Title");
		JsonNode created = submitAsAlex(json("title", title, "body", "<img src=x onerror=alert(1)>", "category", "other", "anonymous", false,
			"confirmPrivacyWarnings", false)).expect(201);
		rowsBefore = totalRowsNow();
		assertEquals(title, created.path("title").asText());
		JsonNode read = as("alex").get("/suggestions/" + created.path("id").asText()).expect(200);
		assertEquals(title, read.path("title").asText());
		assertEquals("<img src=x onerror=alert(1)>", read.path("body").asText());
	}

	@Test
	void pageNumbersThatOverflowAnOffsetAreInvalidInputNotServerErrors() {
		as("alex").get(suggestions(RIVERSIDE) + "?page=2147483647").expectProblem(400, "invalid-input");
		JsonNode both = as("alex").get(suggestions(RIVERSIDE) + "?page=30000000&pageSize=100").expectProblem(400, "invalid-input");
		assertTrue(both.path("errors").has("page"), both::toString);
		assertEquals(0, as("alex").get(suggestions(RIVERSIDE) + "?page=1000000&pageSize=100").expect(200).path("items").size());
	}

	@Test
	void scalarsOfTheWrongJsonTypeAreNeverCoercedIntoText() {
		JsonNode problem = submitAsAlex("{\"title\": true, \"body\": 12345, \"category\": \"other\", \"anonymous\": false}")
			.expectProblem(400, "invalid-input");
		assertTrue(problem.path("errors").has("title"), problem::toString);
		String id = as("lee").get(suggestions(RIVERSIDE) + "?view=queue&pageSize=1").expect(200).path("items").path(0).path("id").asText();
		as("lee").post("/suggestions/" + id + "/messages", "{\"message\": 42}").expectProblem(400, "invalid-input");
		as("lee").post("/suggestions/" + id + "/redact", "{\"title\": 1, \"body\": false}").expectProblem(400, "invalid-input");
		as("lee").post("/suggestions/" + id + "/responses", "{\"status\": 2, \"message\": \"x\"}").expectProblem(400, "invalid-input");
		as("alex").post("/receipts/messages", "{\"receipt\": \"PV-X\", \"message\": 42}").expectProblem(400, "invalid-input");
		submitAsAlex("{\"title\": \"a\", \"title\": \"b\", \"body\": \"x\", \"category\": \"other\"}").expectProblem(400, "invalid-input");
	}

	@Test
	void overlongUtf8InABodyIsInvalidInputNeverALessThanSign() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
			as("alex").apiUri(suggestions(RIVERSIDE))).header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alex:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(
				concat("{\"title\":\"a", new byte[] { (byte) 0xc0, (byte) 0xbc }, "script\",\"body\":\"x\",\"category\":\"other\"}")))
			.build(), BodyHandlers.ofString());
		assertEquals(400, response.statusCode(), response.body());
		assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
	}

	private static byte[] concat(String before, byte[] middle, String after) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(middle);
		bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	@Test
	void everyErrorUnderTheApiIsProblemDetailsWithTheSecurityHeaders() throws Exception {
		as("alex").send("POST", suggestions(RIVERSIDE), "{}", "application/json, text/plain").expectProblem(400, "invalid-input");
		String api = "/" + ApiClient.API_PATH;
		for (String request : new String[] { "GET " + api + "/suggestions/%00 HTTP/1.1", "GET " + api + "/suggestions/a%2Fb HTTP/1.1",
			"GET " + api + "/suggestions/%ZZ HTTP/1.1", "GET " + api + "/suggestions/..%2f..%2fsites HTTP/1.1", "TRACE " + api + "/sites HTTP/1.1",
			"OPTIONS " + api + "/sites HTTP/1.1" }) {
			RawHttp.Answer answer = RawHttp.send(base.getPort(), request);
			assertTrue(answer.status() >= 400 && answer.status() < 500, () -> request + " -> " + answer);
			assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), () -> request + " -> " + answer);
			assertEquals("nosniff", answer.header("X-Content-Type-Options"), () -> request + " -> " + answer);
			assertEquals("no-store", answer.header("Cache-Control"), () -> request + " -> " + answer);
		}
		for (ApiResponse response : new ApiResponse[] { as("lee").get(suggestions(RIVERSIDE) + "?view=queue"), as("alex").get("/sites"),
			guest().get(suggestions(RIVERSIDE)), as("alex").get("/no-such-thing") }) {
			assertEquals("nosniff", response.header("X-Content-Type-Options").orElse(""), response::describe);
			assertEquals("no-store", response.header("Cache-Control").orElse(""), response::describe);
		}
	}

	@Test
	void guestsGetTheSameAnswerWhetherASiteOrItemExistsOrNot() {
		String existing = as("lee").get(suggestions(RIVERSIDE) + "?view=queue&pageSize=1").expect(200).path("items").path(0).path("id").asText();
		Random random = new Random(11);
		for (int i = 0; i < 25; i++) {
			guest().get("/sites/" + (1 + random.nextInt(Integer.MAX_VALUE)) + "/suggestions").expectProblem(401, "not-signed-in");
			guest().get("/suggestions/" + new UUID(random.nextLong(), random.nextLong())).expectProblem(401, "not-signed-in");
		}
		guest().get(suggestions(RIVERSIDE)).expectProblem(401, "not-signed-in");
		guest().get(suggestions(NORTHSIDE)).expectProblem(401, "not-signed-in");
		guest().get("/suggestions/" + existing).expectProblem(401, "not-signed-in");
		guest().get("/suggestions/" + existing + "/messages").expectProblem(401, "not-signed-in");
	}

	@Test
	void aSignInPostedFromAnotherSiteDoesNotSignTheBrowserIn() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(HttpRequest.newBuilder(baseUri().resolve("sign-in")).GET().build(), BodyHandlers.ofString());
		HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(baseUri().resolve("sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://attacker.example")
			.POST(BodyPublishers.ofString("username=lee&password=demo")).build(), BodyHandlers.ofString());
		assertEquals(403, forged.statusCode());
		assertEquals(302, browser.send(HttpRequest.newBuilder(baseUri()).GET().build(), BodyHandlers.ofString())
			.statusCode(), "the forged sign-in must not have signed the browser in");
	}

	@Test
	void apiDescribesItself() {
		ApiResponse openApi = guest().get("/openapi.yaml");
		assertEquals(200, openApi.status(), openApi::describe);
		assertTrue(openApi.body().startsWith("openapi: 3") || openApi.body().contains("\nopenapi: 3"), "OpenAPI 3 document");
		for (String path : new String[] { "/sites/{siteId}/suggestions", "/suggestions/{id}/votes", "/suggestions/{id}/responses", "/receipts/lookup",
			"/receipts/messages", "/receipts/withdraw", "/sites/{siteId}/suggestion-settings" }) {
			assertTrue(openApi.body().contains(path), "describes " + path);
		}
	}

}
