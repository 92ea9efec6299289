package org.peervoice.devportal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

/** Problem details (RFC 7807) written by the host itself, before a request reaches the API. */
final class ProblemResponse {

	static final String TYPE_BASE = "https://peervoice.org/problems/";

	private ProblemResponse() {
	}

	static void send(HttpServletResponse response, int status, String type, String title) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");
		response.getWriter().write("{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status + "}");
	}

}
