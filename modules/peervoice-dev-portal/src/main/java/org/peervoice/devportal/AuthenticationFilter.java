package org.peervoice.devportal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Establishes who makes a request: HTTP Basic credentials when the request carries them (wrong
 * ones are a 401, never a silent guest), else the user signed in to the session, else a guest.
 */
final class AuthenticationFilter extends HttpFilter {

	private static final long serialVersionUID = 1L;
	private static final String BASIC = "basic ";

	private final transient DemoDirectory directory;
	private final transient DemoSignIn signIn;

	AuthenticationFilter(DemoDirectory directory, DemoSignIn signIn) {
		this.directory = directory;
		this.signIn = signIn;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BASIC)) {
			Optional<DemoUser> user = checkBasic(authorization.substring(BASIC.length()).trim());
			if (user.isEmpty()) {
				response.setHeader("WWW-Authenticate", "Basic realm=\"PeerVoice dev portal\", charset=\"UTF-8\"");
				ProblemResponse.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "not-signed-in", "The user name or password is wrong.");
				return;
			}
			SignedInUser.attach(request, user.get(), true);
		}
		else {
			sessionUser(request).ifPresent(user -> SignedInUser.attach(request, user, false));
		}
		chain.doFilter(request, response);
	}

	private Optional<DemoUser> checkBasic(String encoded) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		return signIn.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
	}

	private Optional<DemoUser> sessionUser(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Object screenName = session.getAttribute(SessionKeys.SCREEN_NAME);
		return screenName instanceof String ? directory.user((String) screenName) : Optional.empty();
	}

}
