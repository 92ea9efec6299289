package org.peervoice.devportal;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Rejects a change to the API asked for by a signed-in browser session without the session's
 * token in {@code X-CSRF-Token} (or {@code ?p_auth=}, as Liferay accepts). Requests with HTTP
 * Basic credentials cannot be forged by another site, so they need no token. Reads are never
 * refused: the web component sends the token with them too (Liferay needs it there), and a read
 * without it is still answered.
 */
final class CsrfFilter extends HttpFilter {

	static final String HEADER = "X-CSRF-Token";
	static final String PARAMETER = "p_auth";

	private static final long serialVersionUID = 1L;
	private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		boolean sessionChange = CHANGES.contains(request.getMethod())
			&& SignedInUser.of(request).filter(user -> !user.viaBasicAuthentication()).isPresent();
		if (sessionChange && !CsrfToken.matches(request.getSession(false), presentedToken(request))) {
			ProblemResponse.send(request, response, HttpServletResponse.SC_FORBIDDEN, "csrf-token-missing", "This change needs the page's CSRF token; reload the page and try again.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static String presentedToken(HttpServletRequest request) {
		String header = request.getHeader(HEADER);
		if (header != null) {
			return header;
		}
		return queryParameter(request.getQueryString(), PARAMETER);
	}

	/** Reads the query string itself: {@code getParameter} would consume a form body meant for the API. */
	static String queryParameter(String queryString, String name) {
		if (queryString == null) {
			return null;
		}
		for (String pair : queryString.split("&")) {
			int equals = pair.indexOf('=');
			String key = equals < 0 ? pair : pair.substring(0, equals);
			if (key.equals(name)) {
				try {
					return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException malformed) {
					return null;
				}
			}
		}
		return null;
	}

}
