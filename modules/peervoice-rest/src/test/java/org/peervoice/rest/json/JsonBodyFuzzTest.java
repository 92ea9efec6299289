package org.peervoice.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;


import org.peervoice.core.suggestion.SuggestionDraft;
import org.peervoice.rest.problem.ProblemDetails;
import org.peervoice.rest.suggestion.MessageRequest;
import org.peervoice.rest.suggestion.ReceiptMessageRequest;
import org.peervoice.rest.suggestion.ReceiptRequest;
import org.peervoice.rest.suggestion.RedactionRequest;
import org.peervoice.rest.suggestion.ResponseRequest;
import org.peervoice.rest.suggestion.SuggestionSettingsRequest;

/**
 * Coverage-guided fuzzing of request-body decoding: whatever the bytes and the charset parameter,
 * the reader returns a body or refuses it with problem details (a {@link WebApplicationException}
 * with a 4xx {@link ProblemDetails} entity), within a bounded time. Any other exception is a crash.
 * The build fuzzes for the budget below, with Jackson and our code instrumented for coverage (see
 * the REST module's pom); docs/testing.md tells how to fuzz longer.
 */
class JsonBodyFuzzTest {

	private static final List<Class<?>> BODIES = List.of(SuggestionDraft.class, ResponseRequest.class, RedactionRequest.class, MessageRequest.class,
		ReceiptRequest.class, ReceiptMessageRequest.class, SuggestionSettingsRequest.class);
	private static final List<String> MEDIA_TYPES = List.of("application/json", "application/json; charset=utf-8", "application/json; charset=latin1",
		"application/problem+json", "application/merge-patch+json;charset=\"UTF-8\"");
	private static final long MILLIS_PER_INPUT = 3_000;

	private final JsonBodyProvider provider = new JsonBodyProvider();
	private boolean warm;

	@FuzzTest(maxDuration = "25s")
	void everyBodyIsReadOrRefusedAsProblemDetails(FuzzedDataProvider data) {
		Class<?> type = BODIES.get(data.consumeInt(0, BODIES.size() - 1));
		MediaType mediaType = MediaType.valueOf(MEDIA_TYPES.get(data.consumeInt(0, MEDIA_TYPES.size() - 1)));
		byte[] body = data.consumeRemainingAsBytes();
		warmUp();
		long started = System.nanoTime();
		try {
			Object read = read(type, mediaType, body);
			assertTrue(type.isInstance(read));
		}
		catch (WebApplicationException refused) {
			int status = refused.getResponse().getStatus();
			assertTrue(status == 400 || status == 415, "status " + status);
			assertTrue(refused.getResponse().getEntity() instanceof ProblemDetails, "problem details entity");
			assertEquals(ProblemDetails.MEDIA_TYPE, refused.getResponse().getMediaType().toString());
		}
		catch (IOException e) {
			throw new AssertionError("an I/O failure reading from memory is a crash", e);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertTrue(millis < MILLIS_PER_INPUT, "one body took " + millis + " ms");
	}

	/** Loading (and instrumenting) Jackson's classes takes seconds once: not the time of any input. */
	private void warmUp() {
		if (warm) {
			return;
		}
		warm = true;
		for (Class<?> type : BODIES) {
			for (String body : List.of("{}", "{\"x\":1}", "[", "{\"title\":\"\\u00e9\",\"categories\":[{\"key\":\"a\"}],\"status\":\"DONE\"}")) {
				try {
					read(type, MediaType.APPLICATION_JSON_TYPE, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				}
				catch (WebApplicationException | IOException expected) {
					// only loading classes
				}
			}
		}
	}

	@SuppressWarnings({"unchecked", "rawtypes"})
	private Object read(Class<?> type, MediaType mediaType, byte[] body) throws IOException {
		return provider.readFrom((Class) type, type, new Annotation[0], mediaType, new MultivaluedHashMap<>(), new ByteArrayInputStream(body));
	}

}
