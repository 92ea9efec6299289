package org.peervoice.devportal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

import org.peervoice.rest.json.PeerVoiceJson;
import org.peervoice.rest.problem.ProblemDetails;

/** Problem details (RFC 7807) written by the host itself, before a request reaches the API, in the API's own form. */
final class ProblemResponse {

	private ProblemResponse() {
	}

	static void send(HttpServletResponse response, int status, String type, String title) throws IOException {
		response.setStatus(status);
		response.setContentType(ProblemDetails.MEDIA_TYPE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		ApiHeaders.addTo(response);
		PeerVoiceJson.mapper().writeValue(response.getWriter(), ProblemDetails.of(type, status, title));
	}

}
