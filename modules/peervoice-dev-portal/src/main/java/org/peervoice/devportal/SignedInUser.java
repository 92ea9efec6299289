package org.peervoice.devportal;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

/** Who {@link AuthenticationFilter} found on a request, and how: HTTP Basic or the session. */
final class SignedInUser {

	private static final String ATTRIBUTE = SignedInUser.class.getName();

	private final DemoUser user;
	private final boolean viaBasicAuthentication;

	private SignedInUser(DemoUser user, boolean viaBasicAuthentication) {
		this.user = user;
		this.viaBasicAuthentication = viaBasicAuthentication;
	}

	static void attach(HttpServletRequest request, DemoUser user, boolean viaBasicAuthentication) {
		request.setAttribute(ATTRIBUTE, new SignedInUser(user, viaBasicAuthentication));
	}

	static Optional<SignedInUser> of(HttpServletRequest request) {
		return Optional.ofNullable((SignedInUser) request.getAttribute(ATTRIBUTE));
	}

	/** The signed-in demo user, or {@code null} for a guest. */
	static DemoUser userOrNull(HttpServletRequest request) {
		return of(request).map(SignedInUser::user).orElse(null);
	}

	DemoUser user() {
		return user;
	}

	boolean viaBasicAuthentication() {
		return viaBasicAuthentication;
	}

}
