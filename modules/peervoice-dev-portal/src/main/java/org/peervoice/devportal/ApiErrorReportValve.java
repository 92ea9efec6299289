package org.peervoice.devportal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.peervoice.rest.json.PeerVoiceJson;
import org.peervoice.rest.problem.ProblemDetails;

/**
 * Tomcat's error pages, except under {@code /o/peer-voice}: there an error Tomcat or a servlet
 * answers itself (a malformed address, an encoded slash, a method the connector refuses, a header
 * Jersey cannot parse) is problem details with the API's security headers, like every error the
 * API answers. Nothing of the request is echoed; other paths keep Tomcat's plain page.
 */
final class ApiErrorReportValve extends ErrorReportValve {

	static final String API_PREFIX = "/o/peer-voice/";

	private static final Map<Integer, String> TYPES = Map.of(
		400, "invalid-input",
		401, "not-signed-in",
		403, "not-permitted",
		404, "unknown-item",
		405, "method-not-allowed",
		406, "not-acceptable",
		409, "conflict",
		415, "unsupported-media-type",
		429, "too-many-requests");

	private static final Map<String, String> TITLES = Map.of(
		"invalid-input", "The request is not valid.",
		"not-signed-in", "Sign in to do this.",
		"not-permitted", "You do not have permission to do this.",
		"unknown-item", "There is nothing at this address.",
		"method-not-allowed", "This address does not support this HTTP method.",
		"not-acceptable", "This address cannot answer in a media type the request accepts.",
		"conflict", "The request conflicts with the current state.",
		"unsupported-media-type", "Send the request body as application/json.",
		"too-many-requests", "Too many requests; try again later.",
		"server-error", "The server could not complete the request.");

	ApiErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (!isApi(request)) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String type = status >= 500 ? "server-error" : TYPES.getOrDefault(status, "invalid-input");
		try {
			response.resetBuffer();
			response.setContentType(ProblemDetails.MEDIA_TYPE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			ApiHeaders.addTo(response);
			Writer writer = response.getReporter();
			if (writer != null) {
				response.addHeader("Vary", "Accept-Language");
				writer.write(PeerVoiceJson.mapper().writeValueAsString(ProblemResponse.inLanguage(request.getHeader("Accept-Language"),
					ProblemDetails.of(type, status, TITLES.get(type)))));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			container.getLogger().debug("Could not write the problem details of an API error", e);
		}
	}

	/**
	 * On the raw address: a request Tomcat refused may have no decoded one. A request line too
	 * broken to yield any address may have been meant for the API, so it is answered as the API
	 * would.
	 */
	static boolean isApi(Request request) {
		String raw = request.getCoyoteRequest().requestURI().toString();
		return raw == null || raw.isEmpty() || raw.startsWith(API_PREFIX) || raw.equals("/o/peer-voice");
	}

}
