package org.peervoice.devportal;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Everything the dev portal does not serve: a plain 404 page, never a directory listing. */
final class NotFoundServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		send(response, PageText.forRequest(request));
	}

	static void send(HttpServletResponse response, PageText text) throws IOException {
		String html = PageLayout.open(text, text.get("page-not-found"))
			+ "<main id=\"content\" class=\"container-fluid container-fluid-max-xl my-5\">\n<h1>" + text.html("page-not-found") + "</h1>\n"
			+ "<p><a href=\"/\">" + text.html("back-home") + "</a></p>\n</main>\n" + PageLayout.close();
		PageLayout.send(response, HttpServletResponse.SC_NOT_FOUND, html);
	}

}
