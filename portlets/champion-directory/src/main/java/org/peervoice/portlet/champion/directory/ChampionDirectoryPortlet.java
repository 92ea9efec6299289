package org.peervoice.portlet.champion.directory;

import java.io.IOException;
import java.io.PrintWriter;

import javax.portlet.GenericPortlet;
import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import com.liferay.portal.kernel.security.auth.AuthTokenUtil;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.PortalUtil;
import com.liferay.portal.kernel.util.WebKeys;

import org.osgi.service.component.annotations.Component;

/**
 * Renders the mount point of the {@code <pv-champion-directory>} web component with its context:
 * the site (Liferay group id), where the API and the shared UI files are, the CSRF token
 * ({@code p_auth}) the component must send with every request, the locale and the user's
 * name. Everything else happens in the browser against the REST API.
 */
@Component(
	property = {
		"com.liferay.portlet.css-class-wrapper=pv-champion-directory-portlet",
		"com.liferay.portlet.display-category=category.peer-voice",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Champion Directory",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + ChampionDirectoryPortletKeys.CHAMPION_DIRECTORY,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class ChampionDirectoryPortlet extends GenericPortlet {

	static final String API_PATH = "/peer-voice/v1.0";
	static final String ELEMENT_PATH = "/peervoice-ui/pv-champion-directory.js";

	@Override
	protected void doView(RenderRequest renderRequest, RenderResponse renderResponse) throws PortletException, IOException {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
		String modules = PortalUtil.getPathModule();
		String userName = themeDisplay.isSignedIn() ? themeDisplay.getUser().getFullName() : "";

		renderResponse.setContentType("text/html");
		PrintWriter writer = renderResponse.getWriter();
		writer.print("<pv-champion-directory");
		attribute(writer, "site-id", String.valueOf(themeDisplay.getScopeGroupId()));
		attribute(writer, "api-base", modules + API_PATH);
		attribute(writer, "ui-base", modules + ChampionDirectoryPortletKeys.SHARED_UI_PATH);
		attribute(writer, "csrf-token", AuthTokenUtil.getToken(PortalUtil.getHttpServletRequest(renderRequest)));
		attribute(writer, "locale", themeDisplay.getLocale().toLanguageTag());
		attribute(writer, "user-name", userName);
		writer.print("></pv-champion-directory>");
		// Liferay's single-page navigation inserts a page's portlets without running their
		// type="module" scripts; a classic script does run, and import() loads the element (and
		// the shared modules it imports) once per browser page however often it is asked.
		writer.print("<script>import(\"" + HtmlUtil.escapeJS(renderRequest.getContextPath() + ELEMENT_PATH)
			+ "\").catch(function (error) { console.error(error); });</script>");
	}

	private static void attribute(PrintWriter writer, String name, String value) {
		writer.print(' ');
		writer.print(name);
		writer.print("=\"");
		writer.print(HtmlUtil.escapeAttribute(value));
		writer.print('"');
	}

}
