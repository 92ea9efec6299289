package org.peervoice.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;
import org.peervoice.rest.problem.ProblemDetails;
import org.peervoice.rest.suggestion.ReceiptRequest;
import org.peervoice.rest.suggestion.ResponseRequest;
import org.peervoice.rest.suggestion.SuggestionRequest;

class JsonBodyProviderTest {

	private final JsonBodyProvider provider = new JsonBodyProvider();

	@Test
	void readsAKnownBody() throws IOException {
		SuggestionRequest request = read(SuggestionRequest.class,
			"{\"title\":\"More breaks\",\"body\":\"Please\",\"category\":\"other\",\"anonymous\":true}");

		assertEquals("More breaks", request.getTitle());
		assertTrue(request.isAnonymous());
		assertFalse(request.isConfirmPrivacyWarnings());
	}

	@Test
	void unknownFieldIsABadRequestNamingTheField() {
		ProblemDetails problem = problemReading(SuggestionRequest.class, "{\"title\":\"x\",\"authorEmail\":\"a@b.c\"}");

		assertEquals(400, problem.getStatus());
		assertEquals("https://peervoice.org/problems/invalid-input", problem.getType());
		assertEquals(Map.of("authorEmail", "is not a known field"), problem.getErrors());
	}

	@Test
	void wrongEnumValueListsTheAllowedValues() {
		ProblemDetails problem = problemReading(ResponseRequest.class, "{\"status\":\"FINISHED\",\"message\":\"x\"}");

		assertEquals(400, problem.getStatus());
		assertTrue(problem.getErrors().get("status").startsWith("must be one of: SUBMITTED, UNDER_REVIEW"));
	}

	@Test
	void wrongTypeNamesTheField() {
		ProblemDetails problem = problemReading(SuggestionRequest.class, "{\"anonymous\":\"perhaps\"}");

		assertEquals(Map.of("anonymous", "must be true or false"), problem.getErrors());
	}

	@Test
	void malformedJsonIsABadRequestThatDoesNotEchoTheInput() throws IOException {
		ProblemDetails problem = problemReading(ReceiptRequest.class, "{\"receipt\":\"PV-SECRET-CODE\"");

		assertEquals(400, problem.getStatus());
		assertFalse(json(problem).contains("PV-SECRET-CODE"));
	}

	@Test
	void emptyBodyIsABadRequest() {
		assertEquals("A request body is required.", problemReading(SuggestionRequest.class, "").getTitle());
		assertEquals("A request body is required.", problemReading(SuggestionRequest.class, "null").getTitle());
	}

	@Test
	void bodyThatIsNoObjectIsABadRequest() {
		assertEquals("The request body must be a JSON object.", problemReading(SuggestionRequest.class, "[1,2]").getTitle());
	}

	@Test
	void trailingGarbageIsABadRequest() {
		assertEquals(400, problemReading(ReceiptRequest.class, "{\"receipt\":\"x\"} {}").getStatus());
	}

	@Test
	void hugeBodyIsABadRequest() {
		String huge = "{\"receipt\":\"" + "x".repeat((int) JsonBodyProvider.MAX_BODY_BYTES) + "\"}";

		assertEquals("The request body is too large.", problemReading(ReceiptRequest.class, huge).getTitle());
	}

	@Test
	void writesTimesAsIsoStrings() throws IOException {
		assertEquals("{\"at\":\"2026-11-23T00:00:00Z\"}", json(new Stamp(Instant.parse("2026-11-23T00:00:00Z"))));
	}

	@Test
	void readsAndWritesOnlyJson() {
		assertTrue(provider.isReadable(SuggestionRequest.class, SuggestionRequest.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
		assertTrue(provider.isWriteable(ProblemDetails.class, ProblemDetails.class, new Annotation[0], MediaType.valueOf(ProblemDetails.MEDIA_TYPE)));
		assertFalse(provider.isReadable(SuggestionRequest.class, SuggestionRequest.class, new Annotation[0], MediaType.TEXT_PLAIN_TYPE));
		assertFalse(provider.isWriteable(String.class, String.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
	}

	static final class Stamp {

		private final Instant at;

		Stamp(Instant at) {
			this.at = at;
		}

		public Instant getAt() {
			return at;
		}

	}

	@SuppressWarnings({"unchecked", "rawtypes"})
	private <T> T read(Class<T> type, String body) throws IOException {
		return (T) provider.readFrom((Class) type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(),
			new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
	}

	private ProblemDetails problemReading(Class<?> type, String body) {
		BadRequestException refused = assertThrows(BadRequestException.class, () -> read(type, body));
		assertEquals(ProblemDetails.MEDIA_TYPE, refused.getResponse().getMediaType().toString());
		return (ProblemDetails) refused.getResponse().getEntity();
	}

	private String json(Object value) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		provider.writeTo(value, value.getClass(), value.getClass(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
