package org.peervoice.rest.problem;

import java.util.List;
import java.util.Map;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * The runtime's own refusals (unknown route, wrong method, content type or Accept header) as
 * problem details. A response that already carries a body, such as our JSON reader's, is kept.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

	private static final Map<Integer, ProblemDetails> BY_STATUS = Map.of(
		400, ProblemDetails.invalidInput("The request is not valid.", Map.of()),
		401, ProblemDetails.of("not-signed-in", 401, "Sign in to do this."),
		403, ProblemDetails.of("not-permitted", 403, "You do not have permission to do this."),
		404, ProblemDetails.of("unknown-item", 404, "There is nothing at this address."),
		405, ProblemDetails.of("method-not-allowed", 405, "This address does not support this HTTP method."),
		406, ProblemDetails.of("not-acceptable", 406, "This address cannot answer in a media type the request accepts."),
		409, ProblemDetails.of("conflict", 409, "The request conflicts with the current state."),
		415, ProblemDetails.of("unsupported-media-type", 415, "Send the request body as application/json."),
		429, ProblemDetails.of("too-many-requests", 429, "Too many requests; try again later."));

	@Override
	public Response toResponse(WebApplicationException exception) {
		Response original = exception.getResponse();
		if (original.hasEntity()) {
			return original;
		}
		int status = original.getStatus();
		ProblemDetails details = BY_STATUS.get(status);
		if (details == null) {
			details = status >= 500
				? ProblemDetails.of("server-error", status, "The server could not complete the request.")
				: ProblemDetails.of("invalid-input", status, "The request cannot be processed.");
		}
		Response.ResponseBuilder builder = Response.status(status);
		for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
			if (!header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
				for (Object value : header.getValue()) {
					builder.header(header.getKey(), value);
				}
			}
		}
		return details.toResponse(builder);
	}

}
