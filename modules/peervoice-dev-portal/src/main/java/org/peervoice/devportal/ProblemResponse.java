package org.peervoice.devportal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.peervoice.rest.json.PeerVoiceJson;
import org.peervoice.rest.problem.ProblemDetails;
import org.peervoice.rest.problem.ProblemLanguage;
import org.peervoice.rest.problem.ProblemTexts;

/** Problem details (RFC 7807) written by the host itself, before a request reaches the API, in the API's own form. */
final class ProblemResponse {

	private ProblemResponse() {
	}

	/** In the request's language (its Accept-Language), as the API's own problems. */
	static void send(HttpServletRequest request, HttpServletResponse response, int status, String type, String title) throws IOException {
		response.setStatus(status);
		response.setContentType(ProblemDetails.MEDIA_TYPE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		ApiHeaders.addTo(response);
		response.addHeader("Vary", "Accept-Language");
		PeerVoiceJson.mapper().writeValue(response.getWriter(), inLanguage(request.getHeader("Accept-Language"), ProblemDetails.of(type, status, title)));
	}

	static ProblemDetails inLanguage(String acceptLanguage, ProblemDetails details) {
		String language = ProblemTexts.languageOf(acceptLanguage);
		return "en".equals(language) ? details : ProblemLanguage.translated(details, language);
	}

}
