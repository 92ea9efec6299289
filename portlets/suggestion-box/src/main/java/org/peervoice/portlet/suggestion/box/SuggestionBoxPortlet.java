package org.peervoice.portlet.suggestion.box;

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
 * Renders the mount point of the {@code <pv-suggestion-box>} web component with its context:
 * the site (Liferay group id), where the API and the component's files are, the CSRF token
 * ({@code p_auth}) the component sends with every request, reads included, the locale and the user's
 * name. Everything else happens in the browser against the REST API.
 */
@Component(
	property = {
		"com.liferay.portlet.css-class-wrapper=pv-suggestion-box-portlet",
		"com.liferay.portlet.display-category=category.peer-voice",
		"com.liferay.portlet.header-portlet-css=/peervoice-ui/pv-suggestion-box.css",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Suggestion Box",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + SuggestionBoxPortletKeys.SUGGESTION_BOX,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class SuggestionBoxPortlet extends GenericPortlet {

	static final String API_PATH = "/peer-voice/v1.0";
	static final String UI_PATH = "/peervoice-ui";

	@Override
	protected void doView(RenderRequest renderRequest, RenderResponse renderResponse) throws PortletException, IOException {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
		String uiBase = renderRequest.getContextPath() + UI_PATH;
		String userName = themeDisplay.isSignedIn() ? themeDisplay.getUser().getFullName() : "";

		renderResponse.setContentType("text/html");
		PrintWriter writer = renderResponse.getWriter();
		// The component is an ES module, which header-portlet-javascript cannot load; the
		// browser loads a module once however many portlets ask for it.
		writer.print("<script type=\"module\" src=\"" + HtmlUtil.escapeAttribute(uiBase + "/pv-suggestion-box.js") + "\"></script>");
		writer.print("<pv-suggestion-box");
		attribute(writer, "site-id", String.valueOf(themeDisplay.getScopeGroupId()));
		attribute(writer, "api-base", PortalUtil.getPathModule() + API_PATH);
		attribute(writer, "ui-base", uiBase);
		attribute(writer, "csrf-token", AuthTokenUtil.getToken(PortalUtil.getHttpServletRequest(renderRequest)));
		attribute(writer, "locale", themeDisplay.getLocale().toLanguageTag());
		attribute(writer, "user-name", userName);
		writer.print("></pv-suggestion-box>");
	}

	private static void attribute(PrintWriter writer, String name, String value) {
		writer.print(' ');
		writer.print(name);
		writer.print("=\"");
		writer.print(HtmlUtil.escapeAttribute(value));
		writer.print('"');
	}

}
