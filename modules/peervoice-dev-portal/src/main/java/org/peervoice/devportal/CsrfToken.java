package org.peervoice.devportal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.servlet.http.HttpSession;

/** The per-session token a browser must send with every change it asks for. */
final class CsrfToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private CsrfToken() {
	}

	static String issue(HttpSession session) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		session.setAttribute(SessionKeys.CSRF_TOKEN, token);
		return token;
	}

	/** The session's token, or an empty string for a request without one. */
	static String of(HttpSession session) {
		Object token = session == null ? null : session.getAttribute(SessionKeys.CSRF_TOKEN);
		return token instanceof String ? (String) token : "";
	}

	static boolean matches(HttpSession session, String presented) {
		String expected = of(session);
		if (expected.isEmpty() || presented == null || presented.isEmpty()) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
	}

}
