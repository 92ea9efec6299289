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
import java.util.List;
import java.util.Map;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;
import org.peervoice.core.champion.ChampionSettings;
import org.peervoice.core.suggestion.SuggestionDraft;
import org.peervoice.rest.problem.ProblemDetails;
import org.peervoice.rest.suggestion.MessageRequest;
import org.peervoice.rest.suggestion.ReceiptMessageRequest;
import org.peervoice.rest.suggestion.ReceiptRequest;
import org.peervoice.rest.suggestion.RedactionRequest;
import org.peervoice.rest.suggestion.ResponseRequest;
import org.peervoice.rest.suggestion.SuggestionSettingsRequest;

class JsonBodyProviderTest {

	private final JsonBodyProvider provider = new JsonBodyProvider();

	@Test
	void readsAKnownBody() throws IOException {
		SuggestionDraft request = read(SuggestionDraft.class,
			"{\"title\":\"More breaks\",\"body\":\"Please\",\"category\":\"other\",\"anonymous\":true}");

		assertEquals("More breaks", request.getTitle());
		assertTrue(request.isAnonymous());
		assertFalse(request.isConfirmPrivacyWarnings());
	}

	@Test
	void championSettingsWithoutProfileFieldsEditableKeepThemEditable() throws IOException {
		String older = "{\"approvalRequired\":false,\"reconfirmDays\":90,\"graceDays\":10,\"phoneRegion\":\"ES\"";

		assertTrue(read(ChampionSettings.class, older + "}").isProfileFieldsEditable(), "a client from before the setting");
		assertFalse(read(ChampionSettings.class, older + ",\"profileFieldsEditable\":false}").isProfileFieldsEditable());
		assertTrue(read(ChampionSettings.class, older + ",\"profileFieldsEditable\":true}").isProfileFieldsEditable());
		problemReading(ChampionSettings.class, older + ",\"profileFieldsEditable\":null}");
		assertTrue(json(ChampionSettings.defaults()).contains("\"profileFieldsEditable\":true"));
	}

	@Test
	void unknownFieldIsABadRequestNamingTheField() {
		ProblemDetails problem = problemReading(SuggestionDraft.class, "{\"title\":\"x\",\"authorEmail\":\"a@b.c\"}");

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
		ProblemDetails problem = problemReading(SuggestionDraft.class, "{\"anonymous\":\"perhaps\"}");

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
		assertEquals("A request body is required.", problemReading(SuggestionDraft.class, "").getTitle());
		assertEquals("A request body is required.", problemReading(SuggestionDraft.class, "null").getTitle());
	}

	@Test
	void bodyThatIsNoObjectIsABadRequest() {
		assertEquals("The request body must be a JSON object.", problemReading(SuggestionDraft.class, "[1,2]").getTitle());
	}

	@Test
	void trailingGarbageIsABadRequest() {
		assertEquals(400, problemReading(ReceiptRequest.class, "{\"receipt\":\"x\"} {}").getStatus());
	}

	@Test
	void hugeBodyIsABadRequest() {
		String huge = "{\"receipt\":\"" + "x".repeat((int) JsonBodyProvider.MAX_BODY_BYTES) + "\"}";

		assertEquals("The request body is too large: at most 64 KiB.", problemReading(ReceiptRequest.class, huge).getTitle());
	}

	/** Each field of each request body, and the JSON values it must refuse. */
	private static final Object[][] FIELDS = {
		{ SuggestionDraft.class, "title", "string" }, { SuggestionDraft.class, "body", "string" },
		{ SuggestionDraft.class, "category", "string" }, { SuggestionDraft.class, "anonymous", "boolean" },
		{ SuggestionDraft.class, "confirmPrivacyWarnings", "boolean" },
		{ ResponseRequest.class, "status", "enum" }, { ResponseRequest.class, "message", "string" },
		{ RedactionRequest.class, "title", "string" }, { RedactionRequest.class, "body", "string" },
		{ MessageRequest.class, "message", "string" },
		{ ReceiptRequest.class, "receipt", "string" },
		{ ReceiptMessageRequest.class, "receipt", "string" }, { ReceiptMessageRequest.class, "message", "string" },
		{ SuggestionSettingsRequest.class, "publication", "enum" }, { SuggestionSettingsRequest.class, "categories", "array" },
	};

	private static final Map<String, List<String>> WRONG_VALUES = Map.of(
		"string", List.of("42", "-1", "4.2", "1e400", "true", "false", "[]", "[\"x\"]", "{}", "{\"a\":\"b\"}"),
		"boolean", List.of("1", "0", "\"true\"", "\"false\"", "\"yes\"", "\"\"", "[]", "[true]", "{}", "null"),
		"enum", List.of("0", "1", "2", "4.5", "true", "\"\"", "\"done\"", "\" DONE\"", "[\"DONE\"]", "{}"),
		"array", List.of("\"other\"", "42", "true", "{}", "{\"key\":\"other\",\"label\":\"Other\"}"));

	@Test
	void everyFieldAcceptsOnlyItsOwnJsonTypeAndTheProblemNamesIt() {
		int checked = 0;
		for (Object[] field : FIELDS) {
			Class<?> type = (Class<?>) field[0];
			String name = (String) field[1];
			for (String wrong : WRONG_VALUES.get((String) field[2])) {
				String body = "{\"" + name + "\":" + wrong + "}";
				ProblemDetails problem = problemReading(type, body);
				assertEquals(400, problem.getStatus(), body);
				assertEquals(java.util.Set.of(name), problem.getErrors().keySet(), () -> type.getSimpleName() + " " + body + " -> " + problem.getErrors());
				checked++;
			}
		}
		assertTrue(checked > 100, "checked " + checked);
	}

	@Test
	void listElementsAreCheckedTooWithTheirPath() {
		ProblemDetails problem = problemReading(SuggestionSettingsRequest.class, "{\"categories\":[{\"key\":\"a\",\"label\":7}]}");

		assertEquals(java.util.Set.of("categories[0].label"), problem.getErrors().keySet());
		assertEquals(400, problemReading(SuggestionSettingsRequest.class, "{\"categories\":[\"other\"]}").getStatus());
	}

	@Test
	void duplicateKeysAreABadRequest() {
		assertEquals(400, problemReading(ReceiptRequest.class, "{\"receipt\":\"a\",\"receipt\":\"b\"}").getStatus());
	}

	@Test
	void deepNestingIsABadRequestNotAStackOverflow() {
		String deep = "{\"categories\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

		assertEquals(400, problemReading(SuggestionSettingsRequest.class, deep).getStatus());
	}

	@Test
	void malformedUtf8IsABadRequestNeverDecodedToSomethingElse() {
		byte[][] malformed = {
			{ (byte) 0xc0, (byte) 0xbc }, // overlong '<'
			{ (byte) 0xe0, (byte) 0x80, (byte) 0xbc }, // overlong '<', three bytes
			{ (byte) 0xed, (byte) 0xa0, (byte) 0x80 }, // CESU-8 lone high surrogate
			{ (byte) 0xed, (byte) 0xb0, (byte) 0x80 }, // CESU-8 lone low surrogate
			{ (byte) 0xe2, (byte) 0x82 }, // truncated euro sign
			{ (byte) 0xff }, { (byte) 0xfe }, { (byte) 0x80 }, // bytes that never occur / stray continuation
			{ (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, // above U+10FFFF
		};
		for (byte[] bad : malformed) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.writeBytes("{\"receipt\":\"a".getBytes(StandardCharsets.UTF_8));
			body.writeBytes(bad);
			body.writeBytes("b\"}".getBytes(StandardCharsets.UTF_8));
			BadRequestException refused = assertThrows(BadRequestException.class, () -> readBytes(ReceiptRequest.class, MediaType.APPLICATION_JSON_TYPE, body.toByteArray()));
			assertEquals("The request body is not valid UTF-8.", ((ProblemDetails) refused.getResponse().getEntity()).getTitle());
		}
	}

	@Test
	void aCharsetOtherThanUtf8IsUnsupported() throws IOException {
		byte[] body = "{\"receipt\":\"x\"}".getBytes(StandardCharsets.UTF_8);
		javax.ws.rs.WebApplicationException refused = assertThrows(javax.ws.rs.WebApplicationException.class,
			() -> readBytes(ReceiptRequest.class, MediaType.valueOf("application/json; charset=ISO-8859-1"), body));
		assertEquals(415, refused.getResponse().getStatus());
		assertEquals("x", readBytes(ReceiptRequest.class, MediaType.valueOf("application/json; charset=utf-8"), body).getReceipt());
		assertEquals("x", readBytes(ReceiptRequest.class, MediaType.valueOf("application/json;charset=\"UTF-8\""), body).getReceipt());
	}

	@Test
	void writesTimesAsIsoStrings() throws IOException {
		assertEquals("{\"at\":\"2026-11-23T00:00:00Z\"}", json(new Stamp(Instant.parse("2026-11-23T00:00:00Z"))));
	}

	@Test
	void readsAndWritesOnlyJson() {
		assertTrue(provider.isReadable(SuggestionDraft.class, SuggestionDraft.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
		assertTrue(provider.isWriteable(ProblemDetails.class, ProblemDetails.class, new Annotation[0], MediaType.valueOf(ProblemDetails.MEDIA_TYPE)));
		assertFalse(provider.isReadable(SuggestionDraft.class, SuggestionDraft.class, new Annotation[0], MediaType.TEXT_PLAIN_TYPE));
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

	@SuppressWarnings({"unchecked", "rawtypes"})
	private <T> T readBytes(Class<T> type, MediaType mediaType, byte[] body) throws IOException {
		return (T) provider.readFrom((Class) type, type, new Annotation[0], mediaType, new MultivaluedHashMap<>(), new ByteArrayInputStream(body));
	}

	private ProblemDetails problemReading(Class<?> type, String body) {
		BadRequestException refused = assertThrows(BadRequestException.class, () -> read(type, body), () -> type.getSimpleName() + " " + body);
		assertEquals(ProblemDetails.MEDIA_TYPE, refused.getResponse().getMediaType().toString());
		return (ProblemDetails) refused.getResponse().getEntity();
	}

	private String json(Object value) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		provider.writeTo(value, value.getClass(), value.getClass(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
