package org.peervoice.devportal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.peervoice.core.kernel.Site;

/**
 * {@code /} and {@code /sites/{siteId}}: an intranet page like a Liferay site page, with a top
 * bar (site switcher, the user, sign-out) and the suggestion box portlet's mount point;
 * {@code /sites/{siteId}/champions}: the same site's champion directory page.
 * {@code /sites/{siteId}/recognitions}: the same site's recognition board.
 */
final class IntranetPageServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;
	// champion directory
	private static final String CHAMPIONS_PAGE = "/[0-9]{1,18}/champions/?";
	// recognition board
	private static final String RECOGNITIONS_PAGE = "/[0-9]{1,18}/recognitions/?";

	private final transient DemoDirectory directory;

	IntranetPageServlet(DemoDirectory directory) {
		this.directory = directory;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<SignedInUser> signedIn = SignedInUser.of(request);
		if (signedIn.isEmpty()) {
			response.sendRedirect(request.getContextPath() + "/sign-in");
			return;
		}
		PageText text = PageText.forRequest(request);
		DemoUser user = signedIn.get().user();
		List<Site> sites = directory.sitesOf(user);
		Optional<Site> site = chosenSite(request, sites);
		if (site.isEmpty()) {
			NotFoundServlet.send(response, text);
			return;
		}
		String csrfToken = CsrfToken.of(request.getSession(false));
		String pathInfo = request.getPathInfo();
		boolean champions = pathInfo != null && pathInfo.matches(CHAMPIONS_PAGE);
		boolean recognitions = pathInfo != null && pathInfo.matches(RECOGNITIONS_PAGE);
		PageLayout.send(response, HttpServletResponse.SC_OK, page(text, user, sites, site.get(), csrfToken, champions, recognitions));
	}

	private static Optional<Site> chosenSite(HttpServletRequest request, List<Site> sites) {
		String pathInfo = request.getPathInfo();
		if ("".equals(request.getServletPath()) && (pathInfo == null || "/".equals(pathInfo))) {
			return sites.stream().findFirst();
		}
		if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}/?") && !pathInfo.matches(CHAMPIONS_PAGE) && !pathInfo.matches(RECOGNITIONS_PAGE)) {
			return Optional.empty();
		}
		long siteId = Long.parseLong(pathInfo.replace("/champions", "").replace("/recognitions", "").replace("/", ""));
		return sites.stream().filter(site -> site.id() == siteId).findFirst();
	}

	private static String page(PageText text, DemoUser user, List<Site> sites, Site site, String csrfToken, boolean champions,
		boolean recognitions) {
		StringBuilder html = new StringBuilder(PageLayout.open(text, site.name()));
		html.append("<header>\n<nav class=\"navbar navbar-expand-md navbar-dark bg-dark\" aria-label=\"").append(text.html("portal-name")).append("\">\n")
			.append("<div class=\"container-fluid container-fluid-max-xl\">\n")
			.append("<a class=\"navbar-brand\" href=\"/\">").append(text.html("portal-name")).append("</a>\n")
			.append("<ul class=\"navbar-nav mr-auto\" aria-label=\"").append(text.html("sites")).append("\">\n");
		for (Site each : sites) {
			boolean current = each.id() == site.id();
			html.append("<li class=\"nav-item\"><a class=\"nav-link").append(current ? " active\" aria-current=\"page" : "")
				.append("\" href=\"/sites/").append(each.id()).append("\">").append(Html.escape(each.name())).append("</a></li>\n");
		}
		html.append("</ul>\n")
			.append("<span class=\"navbar-text mr-3\">").append(text.html("signed-in-as")).append(" <strong>").append(Html.escape(user.displayName())).append("</strong></span>\n")
			.append(languageSwitch(text))
			.append(notificationBell(text, csrfToken))
			.append("<form class=\"form-inline\" method=\"post\" action=\"/sign-out\">\n")
			.append("<input type=\"hidden\" name=\"").append(CsrfFilter.PARAMETER).append("\" value=\"").append(Html.escape(csrfToken)).append("\">\n")
			.append("<button class=\"btn btn-secondary btn-sm\" type=\"submit\">").append(text.html("sign-out")).append("</button>\n</form>\n")
			.append("</div>\n</nav>\n</header>\n")
			.append("<main id=\"content\" class=\"container-fluid container-fluid-max-xl my-4\">\n")
			.append("<h1 class=\"sr-only\">").append(Html.escape(site.name())).append("</h1>\n")
			.append(sitePages(text, site, champions, recognitions))
			.append(recognitions ? recognitionBoard(text, site, csrfToken)
				: champions ? championDirectory(text, site, csrfToken) : suggestionBox(text, user, site, csrfToken))
			.append("<script type=\"module\" src=\"").append(PageLayout.UI_BASE).append("/pv-notification-bell.js\"></script>\n");
		html.append(PageLayout.close());
		return html.toString();
	}

	private static String suggestionBox(PageText text, DemoUser user, Site site, String csrfToken) {
		return new StringBuilder()
			.append("<section class=\"card\" aria-labelledby=\"pv-suggestion-box-title\">\n")
			.append("<div class=\"card-header\"><h2 class=\"card-title h4 mb-0\" id=\"pv-suggestion-box-title\">").append(text.html("suggestion-box")).append("</h2></div>\n")
			.append("<div class=\"card-body\">\n")
			.append("<pv-suggestion-box site-id=\"").append(site.id())
			.append("\" api-base=\"").append(PageLayout.API_BASE)
			.append("\" ui-base=\"").append(PageLayout.UI_BASE)
			.append("\" csrf-token=\"").append(Html.escape(csrfToken))
			.append("\" locale=\"").append(text.language())
			.append("\" user-name=\"").append(Html.escape(user.displayName()))
			.append("\"></pv-suggestion-box>\n")
			.append("</div>\n</section>\n</main>\n")
			.append("<script type=\"module\" src=\"").append(PageLayout.UI_BASE).append("/pv-suggestion-box.js\"></script>\n")
			.toString();
	}

	// champion directory
	private static String sitePages(PageText text, Site site, boolean champions, boolean recognitions) {
		return "<nav class=\"mb-3\" aria-label=\"" + text.html("site-pages") + "\"><ul class=\"nav nav-pills\">"
			+ "<li class=\"nav-item\"><a class=\"nav-link" + (champions || recognitions ? "" : " active\" aria-current=\"page") + "\" href=\"/sites/" + site.id()
			+ "\">" + text.html("suggestion-box") + "</a></li>"
			+ "<li class=\"nav-item\"><a class=\"nav-link" + (champions ? " active\" aria-current=\"page" : "") + "\" href=\"/sites/" + site.id()
			+ "/champions\">" + text.html("champion-directory") + "</a></li>"
			// recognition board
			+ "<li class=\"nav-item\"><a class=\"nav-link" + (recognitions ? " active\" aria-current=\"page" : "") + "\" href=\"/sites/" + site.id()
			+ "/recognitions\">" + text.html("recognition-board") + "</a></li></ul></nav>\n";
	}

	// recognition board
	private static String recognitionBoard(PageText text, Site site, String csrfToken) {
		return "<section class=\"card\" aria-labelledby=\"pv-recognition-board-title\">\n"
			+ "<div class=\"card-header\"><h2 class=\"card-title h4 mb-0\" id=\"pv-recognition-board-title\">" + text.html("recognition-board")
			+ "</h2></div>\n<div class=\"card-body\">\n"
			+ "<pv-recognition-board site-id=\"" + site.id() + "\" api-base=\"" + PageLayout.API_BASE + "\" ui-base=\"" + PageLayout.UI_BASE
			+ "\" csrf-token=\"" + Html.escape(csrfToken) + "\" locale=\"" + text.language() + "\"></pv-recognition-board>\n"
			+ "</div>\n</section>\n</main>\n"
			+ "<script type=\"module\" src=\"" + PageLayout.UI_BASE + "/pv-recognition-board.js\"></script>\n";
	}

	private static String championDirectory(PageText text, Site site, String csrfToken) {
		return "<section class=\"card\" aria-labelledby=\"pv-champion-directory-title\">\n"
			+ "<div class=\"card-header\"><h2 class=\"card-title h4 mb-0\" id=\"pv-champion-directory-title\">" + text.html("champion-directory")
			+ "</h2></div>\n<div class=\"card-body\">\n"
			+ "<pv-champion-directory site-id=\"" + site.id() + "\" api-base=\"" + PageLayout.API_BASE + "\" ui-base=\"" + PageLayout.UI_BASE
			+ "\" csrf-token=\"" + Html.escape(csrfToken) + "\" locale=\"" + text.language() + "\"></pv-champion-directory>\n"
			+ "</div>\n</section>\n</main>\n"
			+ "<script type=\"module\" src=\"" + PageLayout.UI_BASE + "/pv-champion-directory.js\"></script>\n";
	}

	// The person's notifications, of every site (docs/notifications.md); each links to its site's page.
	private static String notificationBell(PageText text, String csrfToken) {
		return "<pv-notification-bell class=\"mr-3\" api-base=\"" + PageLayout.API_BASE + "\" ui-base=\"" + PageLayout.UI_BASE
			+ "\" csrf-token=\"" + Html.escape(csrfToken) + "\" locale=\"" + text.language() + "\" site-url=\"/sites/{siteId}\"></pv-notification-bell>\n";
	}

	private static String languageSwitch(PageText text) {
		boolean spanish = PageText.SPANISH.equals(text.language());
		return "<span class=\"navbar-text mr-3\" role=\"group\" aria-label=\"" + text.html("language") + "\">"
			+ "<a class=\"nav-link d-inline px-1" + (spanish ? "" : " active") + "\" href=\"?lang=en\" lang=\"en\"" + (spanish ? "" : " aria-current=\"true\"") + ">EN</a>"
			+ "<a class=\"nav-link d-inline px-1" + (spanish ? " active" : "") + "\" href=\"?lang=es\" lang=\"es\"" + (spanish ? " aria-current=\"true\"" : "") + ">ES</a>"
			+ "</span>\n";
	}

}
