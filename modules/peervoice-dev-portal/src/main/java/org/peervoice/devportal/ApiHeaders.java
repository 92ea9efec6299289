package org.peervoice.devportal;

import javax.servlet.http.HttpServletResponse;

/** The security headers of every API answer, for the answers the host writes itself (see the REST module's SecurityHeaders). */
final class ApiHeaders {

	private ApiHeaders() {
	}

	static void addTo(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "no-store");
	}

}
