package org.peervoice.rest.problem;

import java.util.Map;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.Problem;
import org.peervoice.core.kernel.TooManyRequests;
import org.peervoice.core.privacy.PrivacyWarningsFound;

/**
 * Every core {@link Problem} becomes problem details with the status its type stands for; field
 * errors and privacy warnings travel along.
 */
@Provider
public final class ProblemMapper implements ExceptionMapper<Problem> {

	private static final Map<String, Integer> STATUS_BY_TYPE = Map.of(
		"invalid-input", 400,
		"not-signed-in", 401,
		"not-permitted", 403,
		"csrf-token-missing", 403,
		"unknown-item", 404,
		"conflict", 409,
		"privacy-warnings", 422,
		"too-many-requests", 429,
		"not-configured", 503);

	@Override
	public Response toResponse(Problem problem) {
		if (problem instanceof TooManyRequests) {
			return details(problem).toResponse(Response.status(429).header("Retry-After", ((TooManyRequests) problem).retryAfterSeconds()));
		}
		return details(problem).toResponse();
	}

	static ProblemDetails details(Problem problem) {
		// a problem is the caller's doing (not-configured aside), so an unknown type is still a 4xx
		int status = STATUS_BY_TYPE.getOrDefault(problem.type(), 400);
		if (problem instanceof InvalidInput) {
			InvalidInput invalid = (InvalidInput) problem;
			return ProblemDetails.invalidInput(problem.getMessage(), invalid.fieldErrors()).withErrorCodes(invalid.fieldCodes());
		}
		ProblemDetails details = ProblemDetails.of(problem.type(), status, problem.getMessage());
		if (problem instanceof PrivacyWarningsFound) {
			return details.withWarnings(((PrivacyWarningsFound) problem).warnings());
		}
		return details;
	}

}
