package org.peervoice.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotConfigured;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Problem;
import org.peervoice.core.kernel.ServiceUnavailable;
import org.peervoice.core.kernel.TooManyRequests;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.privacy.DisclosureRefused;
import org.peervoice.core.privacy.PrivacyWarning;
import org.peervoice.core.privacy.PrivacyWarningsFound;
import org.peervoice.rest.json.PeerVoiceJson;

class ProblemMappingTest {

	private final ObjectMapper json = PeerVoiceJson.mapper();

	@Test
	void eachCoreProblemHasItsStatusAndType() {
		assertProblem(new InvalidInput(Map.of("title", "must be 1 to 150 characters")), 400, "invalid-input");
		assertProblem(new NotSignedIn(), 401, "not-signed-in");
		assertProblem(new NotPermitted(Permission.REVIEW), 403, "not-permitted");
		assertProblem(new UnknownItem("No such suggestion."), 404, "unknown-item");
		assertProblem(new Conflict("You already voted."), 409, "conflict");
		assertProblem(new TooManyRequests(60), 429, "too-many-requests");
		assertProblem(new NotConfigured(), 503, "not-configured");
	}

	@Test
	void tooManyRequestsSaysWhenToRetry() {
		Response response = new ProblemMapper(unused -> null).toResponse(new TooManyRequests(42));
		assertEquals(429, response.getStatus());
		assertEquals("42", String.valueOf(response.getHeaders().getFirst("Retry-After")));
	}

	@Test
	void anUnavailableDatabaseIsA503ProblemThatSaysWhenToRetryEvenForAGuest() {
		Response response = new ProblemMapper(unused -> {
			throw new IllegalStateException("no identity without the database");
		}).toResponse(new ServiceUnavailable(7));
		JsonNode body = body(response);

		assertEquals(503, response.getStatus());
		assertEquals(ProblemDetails.MEDIA_TYPE, response.getMediaType().toString());
		assertEquals("7", String.valueOf(response.getHeaders().getFirst("Retry-After")));
		assertEquals("https://peervoice.org/problems/service-unavailable", body.get("type").asText());
		assertEquals(503, body.get("status").asInt());
		assertEquals(new ServiceUnavailable().getMessage(), body.get("title").asText());
	}

	@Test
	void invalidInputCarriesFieldErrors() {
		JsonNode body = body(new ProblemMapper(unused -> null).toResponse(new InvalidInput(Map.of("title", "must be 1 to 150 characters"))));

		assertEquals("The request has invalid fields: title", body.get("title").asText());
		assertEquals("must be 1 to 150 characters", body.get("errors").get("title").asText());
		assertFalse(body.has("warnings"));
	}

	@Test
	void privacyWarningsAreA422WithTheWarnings() {
		Response response = new ProblemMapper(unused -> null).toResponse(
			new PrivacyWarningsFound(List.of(new PrivacyWarning("email", "body", "Looks like an email address.", "a…@…"))));
		JsonNode body = body(response);

		assertEquals(422, response.getStatus());
		assertEquals("https://peervoice.org/problems/privacy-warnings", body.get("type").asText());
		assertEquals("email", body.get("warnings").get(0).get("code").asText());
		assertEquals("body", body.get("warnings").get(0).get("field").asText());
		assertEquals("a…@…", body.get("warnings").get(0).get("excerpt").asText());
		assertFalse(body.has("errors"));
	}

	@Test
	void aRefusedDisclosureIsA422WithTheFieldAndItsCodeAndNoWarningsToConfirm() {
		Response response = new ProblemMapper(unused -> null).toResponse(new DisclosureRefused("text", "health-disclosure", "Not yours to tell."));
		JsonNode body = body(response);

		assertEquals(422, response.getStatus());
		assertEquals("https://peervoice.org/problems/disclosure-refused", body.get("type").asText());
		assertEquals("Not yours to tell.", body.get("errors").get("text").asText());
		assertEquals("health-disclosure", body.get("errorCodes").get("text").asText());
		assertFalse(body.has("warnings") && body.get("warnings").size() > 0);
	}

	@Test
	void unknownRouteIsAnUnknownItem() {
		Response response = new WebApplicationExceptionMapper().toResponse(new NotFoundException());

		assertEquals(404, response.getStatus());
		assertEquals("https://peervoice.org/problems/unknown-item", body(response).get("type").asText());
	}

	@Test
	void wrongMethodKeepsTheAllowHeader() {
		Response response = new WebApplicationExceptionMapper().toResponse(
			new NotAllowedException(Response.status(405).header("Allow", "GET, POST").build()));

		assertEquals(405, response.getStatus());
		assertEquals("GET, POST", response.getHeaderString("Allow"));
		assertEquals("https://peervoice.org/problems/method-not-allowed", body(response).get("type").asText());
	}

	@Test
	void wrongContentTypeAndAcceptHaveTheirOwnTypes() {
		Response unsupported = new WebApplicationExceptionMapper().toResponse(new NotSupportedException());
		Response notAcceptable = new WebApplicationExceptionMapper().toResponse(new NotAcceptableException());

		assertEquals(415, unsupported.getStatus());
		assertEquals("https://peervoice.org/problems/unsupported-media-type", body(unsupported).get("type").asText());
		assertEquals(406, notAcceptable.getStatus());
		assertEquals("https://peervoice.org/problems/not-acceptable", body(notAcceptable).get("type").asText());
	}

	@Test
	void aResponseThatAlreadyHasProblemDetailsIsKept() {
		Response original = ProblemDetails.invalidInput("A request body is required.", Map.of()).toResponse();

		assertEquals(original, new WebApplicationExceptionMapper().toResponse(new javax.ws.rs.BadRequestException(original)));
	}

	@Test
	void unexpectedFailureIsAGeneric500ThatNeverEchoesTheMessage() {
		IllegalStateException failure = new IllegalStateException("INSERT ... VALUES ('canary@example.org')",
			new RuntimeException("canary-user-key"));
		Response response = new UnexpectedFailureMapper().toResponse(failure);
		JsonNode body = body(response);

		assertEquals(500, response.getStatus());
		assertEquals("https://peervoice.org/problems/server-error", body.get("type").asText());
		assertFalse(body.toString().contains("canary"));
		String logged = UnexpectedFailureMapper.withoutMessages(failure);
		assertFalse(logged.contains("canary"));
		assertTrue(logged.contains("java.lang.IllegalStateException"));
		assertTrue(logged.contains("Caused by: java.lang.RuntimeException"));
	}

	private void assertProblem(Problem problem, int status, String type) {
		Response response = new ProblemMapper(unused -> null).toResponse(problem);
		JsonNode body = body(response);

		assertEquals(status, response.getStatus());
		assertEquals(ProblemDetails.MEDIA_TYPE, response.getMediaType().toString());
		assertEquals("https://peervoice.org/problems/" + type, body.get("type").asText());
		assertEquals(status, body.get("status").asInt());
		assertEquals(problem.getMessage(), body.get("title").asText());
		assertNull(body.get("detail"));
	}

	private JsonNode body(Response response) {
		return json.valueToTree(response.getEntity());
	}

}
