package org.peervoice.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peervoice.rest.problem.ProblemTexts;

/**
 * Each kind of refusal the API gives (the runtime's own 404, 405, 406 and 415, unreadable JSON, invalid fields, a
 * guest, a missing permission, an unknown item, a conflict, privacy warnings) answers a request with
 * {@code Accept-Language: es} in Spanish: title, detail and field errors are the Spanish texts of their English
 * ones, not the English. The bad-request corpus (peervoice-it) does the same for every operation of the document.
 */
class ProblemLanguageApiTest {

	private static final String SUGGESTIONS = "/sites/" + InProcessApi.SITE + "/suggestions";
	private static final ObjectMapper JSON = new ObjectMapper();
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
	void everyKindOfRefusalAnswersInTheRequestsLanguage() throws IOException {
		String id = JSON.readTree(api.post("alex", SUGGESTIONS, "{\"title\":\"Spanish check\",\"body\":\"We would like this.\",\"category\":\"other\","
			+ "\"anonymous\":false}").body()).get("id").asText();
		assertSpanish(400, language -> api.send("alex", "POST", SUGGESTIONS, "application/json", "{", null, language));
		assertSpanish(400, language -> api.send("alex", "POST", SUGGESTIONS, "application/json", "{\"title\":\"t\",\"body\":\"b\",\"category\":\"other\","
			+ "\"authorEmail\":\"x\"}", null, language));
		assertSpanish(400, language -> api.send("alex", "GET", SUGGESTIONS + "?pageSize=0", null, null, null, language));
		assertSpanish(401, language -> api.send(null, "POST", SUGGESTIONS, "application/json", "{}", null, language));
		assertSpanish(403, language -> api.send("alex", "GET", SUGGESTIONS + "?view=queue", null, null, null, language));
		assertSpanish(404, language -> api.send("alex", "GET", "/no-such-thing", null, null, null, language));
		assertSpanish(404, language -> api.send("alex", "GET", "/suggestions/00000000-0000-0000-0000-000000000000", null, null, null, language));
		assertSpanish(405, language -> api.send("alex", "PATCH", "/sites", "application/json", "{}", null, language));
		assertSpanish(406, language -> api.send("alex", "GET", "/sites", null, null, "text/html", language));
		assertSpanish(409, language -> api.send("alex", "POST", "/suggestions/" + id + "/votes", null, null, null, language));
		assertSpanish(415, language -> api.send("alex", "POST", SUGGESTIONS, "text/plain", "title=x", null, language));
		assertSpanish(422, language -> api.send("alex", "POST", SUGGESTIONS, "application/json", "{\"title\":\"Call me\",\"body\":\"Write to "
			+ "alex.rivera@example.org about it\",\"category\":\"other\",\"anonymous\":true}", null, language));
	}

	@Test
	void aRequestWithoutSpanishFirstIsAnsweredInEnglish() throws IOException {
		HttpResponse<String> english = api.send("alex", "GET", "/no-such-thing", null, null, null, Map.of("Accept-Language", "en-GB, es;q=0.5"));
		assertEquals("There is nothing at this address.", JSON.readTree(english.body()).get("title").asText());
		assertTrue(english.headers().allValues("Vary").stream().anyMatch(vary -> vary.contains("Accept-Language")), english.headers().toString());
	}

	private static void assertSpanish(int status, Function<Map<String, String>, HttpResponse<String>> request) throws IOException {
		HttpResponse<String> englishAnswer = request.apply(Map.of());
		HttpResponse<String> spanishAnswer = request.apply(Map.of("Accept-Language", "es-ES,es;q=0.9,en;q=0.8"));
		assertEquals(status, englishAnswer.statusCode(), englishAnswer.body());
		assertEquals(status, spanishAnswer.statusCode(), spanishAnswer.body());
		JsonNode english = JSON.readTree(englishAnswer.body());
		JsonNode spanish = JSON.readTree(spanishAnswer.body());
		assertEquals(english.get("type"), spanish.get("type"));
		assertSpanishText(english.path("title").asText(null), spanish.path("title").asText(null), spanishAnswer.body());
		assertSpanishText(english.path("detail").asText(null), spanish.path("detail").asText(null), spanishAnswer.body());
		for (Iterator<Map.Entry<String, JsonNode>> errors = english.path("errors").fields(); errors.hasNext();) {
			Map.Entry<String, JsonNode> error = errors.next();
			assertSpanishText(error.getValue().asText(), spanish.path("errors").path(error.getKey()).asText(null), spanishAnswer.body());
		}
	}

	private static void assertSpanishText(String english, String spanish, String body) {
		if (english == null) {
			assertEquals(null, spanish, body);
			return;
		}
		ProblemTexts texts = ProblemTexts.instance();
		assertTrue(texts.keyOf(english).isPresent(), "no pattern for \"" + english + "\"");
		assertNotEquals(english, spanish, "still English: " + body);
		assertEquals(texts.translate(english, "es"), spanish, body);
	}

}
