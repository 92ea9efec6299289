package org.peervoice.devportal;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** {@code POST /sign-out} with the session's CSRF token ends the session. */
final class SignOutServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpSession session = request.getSession(false);
		String token = request.getParameter(CsrfFilter.PARAMETER);
		if (token == null) {
			token = request.getHeader(CsrfFilter.HEADER);
		}
		if (session != null && !CsrfToken.matches(session, token)) {
			ProblemResponse.send(request, response, HttpServletResponse.SC_FORBIDDEN, "csrf-token-missing", "Signing out needs the page's CSRF token.");
			return;
		}
		if (session != null) {
			session.invalidate();
		}
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + "/sign-in");
	}

}
