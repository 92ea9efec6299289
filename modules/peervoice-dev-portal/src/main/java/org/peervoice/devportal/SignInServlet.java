package org.peervoice.devportal;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * {@code /sign-in}: a Clay-styled form; a right user name and password, sent from this portal's
 * own form (see {@link SignInForgeryCheck}), start a session under a new session id.
 */
final class SignInServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient DemoSignIn signIn;

	SignInServlet(DemoSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (SignedInUser.of(request).isPresent()) {
			response.sendRedirect(request.getContextPath() + "/");
			return;
		}
		PageLayout.send(response, HttpServletResponse.SC_OK, form(PageText.forRequest(request), "", null, SignInForgeryCheck.issue(request, response)));
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setCharacterEncoding("UTF-8");
		PageText text = PageText.forRequest(request);
		String screenName = request.getParameter("username");
		if (!SignInForgeryCheck.passes(request, request.getParameter(SignInForgeryCheck.FIELD))) {
			// before the password is checked: a forged request learns nothing about it
			PageLayout.send(response, HttpServletResponse.SC_FORBIDDEN, form(text, "", "sign-in-expired", SignInForgeryCheck.issue(request, response)));
			return;
		}
		Optional<DemoUser> user = signIn.authenticate(screenName, request.getParameter("password"));
		if (user.isEmpty()) {
			PageLayout.send(response, HttpServletResponse.SC_UNAUTHORIZED, form(text, screenName, "sign-in-failed", SignInForgeryCheck.issue(request, response)));
			return;
		}
		// a session another site planted (fixation) must not become the signed-in one
		HttpSession session = request.getSession(true);
		request.changeSessionId();
		session.setAttribute(SessionKeys.SCREEN_NAME, user.get().screenName());
		CsrfToken.issue(session);
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + "/");
	}

	private static String form(PageText text, String screenName, String errorKey, String token) {
		StringBuilder html = new StringBuilder(PageLayout.open(text, text.get("sign-in")));
		html.append("<main id=\"content\" class=\"container-fluid container-fluid-max-sm my-5\">\n")
			.append("<div class=\"sheet\">\n<div class=\"sheet-header\">\n<h1 class=\"sheet-title\">").append(text.html("sign-in-title")).append("</h1>\n")
			.append("<p class=\"sheet-text\">").append(text.html("dev-portal-notice")).append("</p>\n</div>\n")
			.append("<form method=\"post\" action=\"/sign-in\">\n");
		if (errorKey != null) {
			html.append("<div class=\"alert alert-danger\" role=\"alert\">").append(text.html(errorKey)).append("</div>\n");
		}
		html.append("<input type=\"hidden\" name=\"").append(SignInForgeryCheck.FIELD).append("\" value=\"").append(Html.escape(token)).append("\">\n");
		html.append("<div class=\"form-group\">\n<label for=\"username\">").append(text.html("user-name")).append("</label>\n")
			.append("<input class=\"form-control\" id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" required autofocus value=\"")
			.append(Html.escape(screenName)).append("\">\n</div>\n")
			.append("<div class=\"form-group\">\n<label for=\"password\">").append(text.html("password")).append("</label>\n")
			.append("<input class=\"form-control\" id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n</div>\n")
			.append("<button class=\"btn btn-primary\" type=\"submit\">").append(text.html("sign-in")).append("</button>\n")
			.append("</form>\n<div class=\"sheet-footer\">\n<div>\n<p class=\"text-secondary\">").append(text.html("demo-users")).append("</p>\n")
			.append("<p><a href=\"?lang=en\" lang=\"en\">English</a> · <a href=\"?lang=es\" lang=\"es\">Español</a></p>\n</div>\n</div>\n</div>\n</main>\n")
			.append(PageLayout.close());
		return html.toString();
	}

}
