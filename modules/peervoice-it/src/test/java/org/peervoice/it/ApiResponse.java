package org.peervoice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** One response, with assertions that print the request and the body when they fail. */
public final class ApiResponse {

	private final String request;
	private final HttpResponse<String> response;

	ApiResponse(String request, HttpResponse<String> response) {
		this.request = request;
		this.response = response;
	}

	public int status() {
		return response.statusCode();
	}

	public String body() {
		return response.body();
	}

	public String contentType() {
		return header("Content-Type").orElse("");
	}

	public Optional<String> header(String name) {
		return response.headers().firstValue(name);
	}

	public JsonNode json() {
		try {
			return ApiClient.JSON.readTree(body());
		}
		catch (IOException e) {
			throw new AssertionError(describe() + " is not JSON", e);
		}
	}

	public String describe() {
		String text = body() == null ? "" : body();
		return request + " -> " + status() + " " + contentType() + " " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
	}

	/** Asserts the status and returns the JSON body (or null when there is none). */
	public JsonNode expect(int expectedStatus) {
		assertEquals(expectedStatus, status(), this::describe);
		return body() == null || body().isEmpty() ? null : json();
	}

	/** Asserts an RFC 7807 problem with this status and type (the last segment of its URI). */
	public JsonNode expectProblem(int expectedStatus, String type) {
		assertEquals(expectedStatus, status(), this::describe);
		assertTrue(contentType().startsWith("application/problem+json"), () -> "problem content type expected: " + describe());
		JsonNode problem = json();
		assertEquals(expectedStatus, problem.path("status").asInt(), this::describe);
		if (type != null) {
			assertTrue(problem.path("type").asText().endsWith("/" + type), () -> "problem type " + type + " expected: " + describe());
		}
		return problem;
	}

	@Override
	public String toString() {
		return describe();
	}

}
