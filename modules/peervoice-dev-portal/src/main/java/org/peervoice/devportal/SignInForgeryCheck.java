package org.peervoice.devportal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Login CSRF: another site must not be able to sign a browser in (to an account of its choosing).
 * A sign-in is taken only when the form's hidden token equals the pre-session cookie the form was
 * served with (which another site can neither read nor set), and the request comes from our own
 * origin: its {@code Origin} header, or without one its {@code Referer}, names this host.
 */
final class SignInForgeryCheck {

	static final String COOKIE = "PV_SIGN_IN";
	static final String FIELD = "signInToken";

	private static final SecureRandom RANDOM = new SecureRandom();

	private SignInForgeryCheck() {
	}

	/** A fresh token for a form about to be served: set as a cookie, returned for the hidden field. */
	static String issue(HttpServletRequest request, HttpServletResponse response) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Cookie cookie = new Cookie(COOKIE, token);
		cookie.setHttpOnly(true);
		cookie.setPath(request.getContextPath() + "/sign-in");
		cookie.setSecure(request.isSecure());
		response.addCookie(cookie);
		return token;
	}

	static boolean passes(HttpServletRequest request, String formToken) {
		return isSameOrigin(request) && tokenMatches(request, formToken);
	}

	static boolean tokenMatches(HttpServletRequest request, String formToken) {
		if (formToken == null || formToken.isEmpty() || request.getCookies() == null) {
			return false;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
				formToken.getBytes(StandardCharsets.UTF_8))) {
				return true;
			}
		}
		return false;
	}

	static boolean isSameOrigin(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin != null) {
			return sameOrigin(request, origin);
		}
		String referer = request.getHeader("Referer");
		return referer != null && sameOrigin(request, referer);
	}

	private static boolean sameOrigin(HttpServletRequest request, String address) {
		URI uri;
		try {
			uri = new URI(address.trim());
		}
		catch (URISyntaxException malformed) {
			return false;
		}
		if (uri.getScheme() == null || uri.getHost() == null) {
			return false;
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
			&& uri.getHost().equalsIgnoreCase(request.getServerName())
			&& portOf(scheme, uri.getPort()) == portOf(scheme, request.getServerPort());
	}

	private static int portOf(String scheme, int port) {
		if (port > 0) {
			return port;
		}
		return "https".equals(scheme) ? 443 : 80;
	}

}
