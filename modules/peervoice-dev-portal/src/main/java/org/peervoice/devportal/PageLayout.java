package org.peervoice.devportal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

/** The HTML frame every dev portal page shares: Clay's Atlas theme, language, security headers. */
final class PageLayout {

	static final String UI_BASE = "/o/peer-voice-ui";
	static final String API_BASE = "/o/peer-voice/v1.0";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
		+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	// A phone gets the header's items side by side in short rows, and thinner frames, so the page's content starts on
	// the first screen (below 768 px Atlas would stack every header item on a line of its own)
	private static final String PHONE_LAYOUT = "<style>@media (max-width: 767.98px) { "
		+ ".navbar > .container-fluid { align-items: center; flex-wrap: wrap; gap: 0 0.75rem; } "
		+ ".navbar .navbar-nav { flex-direction: row; flex-wrap: wrap; gap: 0 0.75rem; } "
		+ ".navbar .navbar-brand, .navbar .nav-link, .navbar .navbar-text { padding-bottom: 0.25rem; padding-top: 0.25rem; } "
		+ "main.my-4 { margin-bottom: 0.75rem !important; margin-top: 0.75rem !important; } "
		+ "main > .card > .card-header, main > .card > .card-body { padding: 0.75rem; } }</style>\n";

	private PageLayout() {
	}

	static String open(PageText text, String title) {
		return "<!DOCTYPE html>\n<html lang=\"" + text.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
			+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
			+ "<title>" + Html.escape(title) + " - " + text.html("portal-name") + "</title>\n"
			// No icon: without this line every page costs a request for a favicon.ico that does not exist.
			+ "<link rel=\"icon\" href=\"data:,\">\n"
			// the Atlas rules these pages and the web components use (AtlasSubsetTest); the whole of atlas.css is 13 times larger
			+ "<link rel=\"stylesheet\" href=\"" + UI_BASE + "/vendor/clay/atlas-subset.css\">\n"
			// what every PeerVoice element shares (3:1 field borders, the focus ring): the page's own forms get it through the
			// body's class pv-ui, the elements find the link and do not add it again
			+ "<link rel=\"stylesheet\" href=\"" + UI_BASE + "/pv-base.css\">\n"
			+ PHONE_LAYOUT
			+ "</head>\n<body class=\"pv-ui\">\n"
			+ "<a class=\"sr-only sr-only-focusable\" href=\"#content\">" + text.html("skip-to-content") + "</a>\n";
	}

	static String close() {
		return "</body>\n</html>\n";
	}

	static void send(HttpServletResponse response, int status, String html) throws IOException {
		response.setStatus(status);
		response.setContentType("text/html");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "same-origin");
		response.getWriter().write(html);
	}

}
