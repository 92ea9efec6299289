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
 * {@code /sites/{siteId}/champions}: the same site's champion directory page;
 * {@code /sites/{siteId}/town-halls}: its town halls (the town-hall element, whose suggestions link to the first page);
 * {@code /sites/{siteId}/recognitions}: its recognition board.
 */
final class IntranetPageServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	/** The pages of a site, each one capability's element: its path after {@code /sites/{siteId}} and its title's key. */
	private enum SitePage {
		SUGGESTIONS("", "suggestion-box"), CHAMPIONS("/champions", "champion-directory"), TOWN_HALLS("/town-halls", "town-halls"),
		RECOGNITIONS("/recognitions", "recognition-board");

		private final String path;
		private final String titleKey;

		SitePage(String path, String titleKey) {
			this.path = path;
			this.titleKey = titleKey;
		}

		static Optional<SitePage> of(String pathInfo) {
			for (SitePage page : values()) {
				if (pathInfo != null && pathInfo.matches("/[0-9]{1,18}" + page.path + "/?")) {
					return Optional.of(page);
				}
			}
			return Optional.empty();
		}
	}

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
		SitePage shown = SitePage.of(request.getPathInfo()).orElse(SitePage.SUGGESTIONS);
		PageLayout.send(response, HttpServletResponse.SC_OK, page(text, user, sites, site.get(), csrfToken, shown));
	}

	private static Optional<Site> chosenSite(HttpServletRequest request, List<Site> sites) {
		String pathInfo = request.getPathInfo();
		if ("".equals(request.getServletPath()) && (pathInfo == null || "/".equals(pathInfo))) {
			return sites.stream().findFirst();
		}
		Optional<SitePage> page = SitePage.of(pathInfo);
		if (page.isEmpty()) {
			return Optional.empty();
		}
		String idAndPage = pathInfo.endsWith("/") ? pathInfo.substring(1, pathInfo.length() - 1) : pathInfo.substring(1);
		long siteId = Long.parseLong(idAndPage.substring(0, idAndPage.length() - page.get().path.length()));
		return sites.stream().filter(site -> site.id() == siteId).findFirst();
	}

	private static String page(PageText text, DemoUser user, List<Site> sites, Site site, String csrfToken, SitePage shown) {
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
			.append(sitePages(text, site, shown))
			.append(element(text, user, site, csrfToken, shown))
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
			.append("\" town-halls-url=\"/sites/").append(site.id()).append("/town-halls")
			.append("\"></pv-suggestion-box>\n")
			.append("</div>\n</section>\n</main>\n")
			.append("<script type=\"module\" src=\"").append(PageLayout.UI_BASE).append("/pv-suggestion-box.js\"></script>\n")
			.toString();
	}

	private static String element(PageText text, DemoUser user, Site site, String csrfToken, SitePage shown) {
		switch (shown) {
			case CHAMPIONS:
				return championDirectory(text, site, csrfToken);
			case TOWN_HALLS:
				return townHalls(text, user, site, csrfToken);
			case RECOGNITIONS:
				return recognitionBoard(text, site, csrfToken);
			default:
				return suggestionBox(text, user, site, csrfToken);
		}
	}

	private static String sitePages(PageText text, Site site, SitePage shown) {
		StringBuilder nav = new StringBuilder("<nav class=\"mb-3\" aria-label=\"").append(text.html("site-pages")).append("\"><ul class=\"nav nav-pills\">");
		for (SitePage page : SitePage.values()) {
			nav.append("<li class=\"nav-item\"><a class=\"nav-link").append(page == shown ? " active\" aria-current=\"page" : "")
				.append("\" href=\"/sites/").append(site.id()).append(page.path).append("\">").append(text.html(page.titleKey)).append("</a></li>");
		}
		return nav.append("</ul></nav>\n").toString();
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

	// town hall
	private static String townHalls(PageText text, DemoUser user, Site site, String csrfToken) {
		return "<section class=\"card\" aria-labelledby=\"pv-town-hall-title\">\n"
			+ "<div class=\"card-header\"><h2 class=\"card-title h4 mb-0\" id=\"pv-town-hall-title\">" + text.html("town-halls")
			+ "</h2></div>\n<div class=\"card-body\">\n"
			+ "<pv-town-hall site-id=\"" + site.id() + "\" api-base=\"" + PageLayout.API_BASE + "\" ui-base=\"" + PageLayout.UI_BASE
			+ "\" csrf-token=\"" + Html.escape(csrfToken) + "\" locale=\"" + text.language() + "\" user-name=\"" + Html.escape(user.displayName())
			+ "\" suggestion-box-url=\"/sites/" + site.id() + "\"></pv-town-hall>\n"
			+ "</div>\n</section>\n</main>\n"
			+ "<script type=\"module\" src=\"" + PageLayout.UI_BASE + "/pv-town-hall.js\"></script>\n";
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

	// The person's notifications, of every site (docs/notifications.md); each links to its site's page.
	private static String notificationBell(PageText text, String csrfToken) {
		return "<pv-notification-bell class=\"mr-3\" api-base=\"" + PageLayout.API_BASE + "\" ui-base=\"" + PageLayout.UI_BASE
			+ "\" csrf-token=\"" + Html.escape(csrfToken) + "\" locale=\"" + text.language() + "\" site-url=\"/sites/{siteId}\" champions-url=\"/sites/{siteId}/champions\""
			+ " town-halls-url=\"/sites/{siteId}/town-halls\" recognitions-url=\"/sites/{siteId}" + SitePage.RECOGNITIONS.path + "\"></pv-notification-bell>\n";
	}

	private static String languageSwitch(PageText text) {
		boolean spanish = PageText.SPANISH.equals(text.language());
		return "<span class=\"navbar-text mr-3\" role=\"group\" aria-label=\"" + text.html("language") + "\">"
			+ "<a class=\"nav-link d-inline px-1" + (spanish ? "" : " active") + "\" href=\"?lang=en\" lang=\"en\"" + (spanish ? "" : " aria-current=\"true\"") + ">EN</a>"
			+ "<a class=\"nav-link d-inline px-1" + (spanish ? " active" : "") + "\" href=\"?lang=es\" lang=\"es\"" + (spanish ? " aria-current=\"true\"" : "") + ">ES</a>"
			+ "</span>\n";
	}

}
