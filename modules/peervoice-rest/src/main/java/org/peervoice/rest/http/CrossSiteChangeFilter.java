package org.peervoice.rest.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.Provider;

import org.peervoice.rest.problem.ProblemDetails;

/**
 * Refuses a change (POST, PUT, PATCH, DELETE) that a browser sends on behalf of another site. The
 * CSRF token protects browser sessions, but a browser also sends cached HTTP Basic credentials with
 * a cross-site request, and a request without a body (a vote, a withdrawal) needs no content type a
 * page could not send. A browser says where a request comes from: {@code Sec-Fetch-Site} (every
 * current browser), otherwise {@code Origin}, compared with the address the request was sent to
 * ({@code X-Forwarded-Host} behind a proxy, else {@code Host}). Scripts and other non-browser
 * clients send neither header and are not affected.
 */
@Provider
@PreMatching
public final class CrossSiteChangeFilter implements ContainerRequestFilter {

	static final String TYPE = "cross-site-request";

	private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

	@Override
	public void filter(ContainerRequestContext request) {
		if (CHANGES.contains(request.getMethod()) && isCrossSite(request.getHeaderString("Sec-Fetch-Site"),
				request.getHeaderString("Origin"), requestedHost(request))) {
			request.abortWith(ProblemDetails.of(TYPE, 403, "Changes cannot be sent from another site's page.").toResponse());
		}
	}

	private static String requestedHost(ContainerRequestContext request) {
		String forwarded = request.getHeaderString("X-Forwarded-Host");
		if (forwarded != null && !forwarded.isBlank()) {
			return forwarded.split(",")[0].trim();
		}
		String host = request.getHeaderString(HttpHeaders.HOST);
		return host == null || host.isBlank() ? request.getUriInfo().getRequestUri().getAuthority() : host;
	}

	/** Whether a browser says the request comes from another site than {@code requestedHost} (host[:port]). */
	static boolean isCrossSite(String secFetchSite, String origin, String requestedHost) {
		if (secFetchSite != null && !secFetchSite.isBlank()) {
			return "cross-site".equalsIgnoreCase(secFetchSite.trim());
		}
		if (origin == null || origin.isBlank()) {
			return false;
		}
		if ("null".equals(origin.trim())) {
			// A sandboxed frame, a data: page or a redirect across sites: never our own page.
			return true;
		}
		try {
			URI from = new URI(origin.trim());
			if (from.getHost() == null || requestedHost == null) {
				return true;
			}
			return !hostOnly(requestedHost).equals(hostOnly(from.getHost()));
		}
		catch (URISyntaxException unreadable) {
			return true;
		}
	}

	// The port is left out: behind a proxy the port the browser used and the one the server sees differ.
	private static String hostOnly(String hostAndPort) {
		String host = hostAndPort.trim().toLowerCase(Locale.ROOT);
		if (host.startsWith("[")) {
			int end = host.indexOf(']');
			return end < 0 ? host : host.substring(1, end);
		}
		int colon = host.indexOf(':');
		return colon < 0 ? host : host.substring(0, colon);
	}

}
