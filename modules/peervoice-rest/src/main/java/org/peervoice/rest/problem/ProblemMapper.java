package org.peervoice.rest.problem;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.Problem;
import org.peervoice.core.kernel.ServiceUnavailable;
import org.peervoice.core.kernel.TooManyRequests;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.privacy.DisclosureRefused;
import org.peervoice.core.privacy.PrivacyWarningsFound;
import org.peervoice.rest.IdentityResolver;

/**
 * Every core {@link Problem} becomes problem details with the status its type stands for; field
 * errors and privacy warnings travel along. A guest never learns that something does not exist:
 * for a guest, "unknown" is "not signed in", as it is for a site or item that exists, so site
 * and item ids cannot be listed by trying them.
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
		"disclosure-refused", 422,
		"too-many-requests", 429,
		"not-configured", 503);

	private final IdentityResolver identities;

	@Context
	private HttpServletRequest request;

	public ProblemMapper(IdentityResolver identities) {
		this.identities = identities;
	}

	@Override
	public Response toResponse(Problem problem) {
		if (problem instanceof TooManyRequests) {
			return details(problem).toResponse(Response.status(429).header("Retry-After", ((TooManyRequests) problem).retryAfterSeconds()));
		}
		if (problem instanceof ServiceUnavailable) {
			// the database cannot serve now (docs/reliability.md): nothing was stored, the same request may succeed soon
			return ProblemDetails.of(problem.type(), 503, problem.getMessage())
				.toResponse(Response.status(503).header("Retry-After", ((ServiceUnavailable) problem).retryAfterSeconds()));
		}
		if (problem instanceof UnknownItem && isGuest()) {
			return details(new NotSignedIn()).toResponse();
		}
		return details(problem).toResponse();
	}

	private boolean isGuest() {
		try {
			return request != null && !identities.resolve(request).isSignedIn();
		}
		catch (RuntimeException unresolved) {
			// no identity, no way to tell: answering as to a guest reveals the least
			return true;
		}
	}

	static ProblemDetails details(Problem problem) {
		// a problem is the caller's doing (not-configured aside), so an unknown type is still a 4xx
		int status = STATUS_BY_TYPE.getOrDefault(problem.type(), 400);
		if (problem instanceof InvalidInput) {
			InvalidInput invalid = (InvalidInput) problem;
			return ProblemDetails.invalidInput(problem.getMessage(), invalid.fieldErrors()).withErrorCodes(invalid.fieldCodes());
		}
		ProblemDetails details = ProblemDetails.of(problem.type(), status, problem.getMessage());
		if (problem instanceof DisclosureRefused) {
			DisclosureRefused refused = (DisclosureRefused) problem;
			return details.withErrors(refused.fieldErrors()).withErrorCodes(refused.fieldCodes());
		}
		if (problem instanceof PrivacyWarningsFound) {
			return details.withWarnings(((PrivacyWarningsFound) problem).warnings());
		}
		return details;
	}

}
