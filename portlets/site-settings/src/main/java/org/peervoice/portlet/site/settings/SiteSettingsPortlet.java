package org.peervoice.portlet.site.settings;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.ResourceBundle;

import javax.portlet.GenericPortlet;
import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import com.liferay.portal.kernel.security.auth.AuthTokenUtil;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.PortalUtil;
import com.liferay.portal.kernel.util.WebKeys;

import org.osgi.service.component.annotations.Component;

/**
 * The site's PeerVoice settings on a page of their own: the {@code <pv-site-settings>} element
 * with the settings section of every capability, for holders of CONFIGURE on the site. Others get
 * a notice and no element, so their browser asks the API nothing. The element and its sections
 * are shared modules (the suggestion box shows the same panel as a tab), served by
 * org.peervoice.web; this bundle ships no JavaScript.
 */
@Component(
	property = {
		"com.liferay.portlet.css-class-wrapper=pv-site-settings-portlet",
		"com.liferay.portlet.display-category=category.peer-voice",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Peer Voice Settings",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + SiteSettingsPortletKeys.SITE_SETTINGS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator,power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class SiteSettingsPortlet extends GenericPortlet {

	static final String API_PATH = "/peer-voice/v1.0";

	/** The element, then each capability's settings section (a shared module that registers itself). */
	static final List<String> MODULES = List.of("pv-site-settings.js", "pv-suggestion-settings.js", "pv-champion-settings.js");

	@Override
	protected void doView(RenderRequest renderRequest, RenderResponse renderResponse) throws PortletException, IOException {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
		long siteId = themeDisplay.getScopeGroupId();
		renderResponse.setContentType("text/html");
		PrintWriter writer = renderResponse.getWriter();
		if (!mayConfigure(themeDisplay.getPermissionChecker(), siteId)) {
			// Without the JVM's default locale as a fallback: a language we do not ship gets English.
			ResourceBundle texts = ResourceBundle.getBundle("content.Language", themeDisplay.getLocale(), SiteSettingsPortlet.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			writer.print("<div class=\"alert alert-info\">");
			writer.print(HtmlUtil.escape(texts.getString("these-settings-are-for-peer-voice-administrators")));
			writer.print("</div>");
			return;
		}

		String modules = PortalUtil.getPathModule();
		String sharedUi = modules + SiteSettingsPortletKeys.SHARED_UI_PATH;
		writer.print("<pv-site-settings");
		attribute(writer, "site-id", String.valueOf(siteId));
		attribute(writer, "api-base", modules + API_PATH);
		attribute(writer, "ui-base", sharedUi);
		attribute(writer, "csrf-token", AuthTokenUtil.getToken(PortalUtil.getHttpServletRequest(renderRequest)));
		attribute(writer, "locale", themeDisplay.getLocale().toLanguageTag());
		writer.print("></pv-site-settings>");
		// A classic script, because Liferay's single-page navigation skips type="module" ones;
		// import() evaluates each module once per browser page.
		writer.print("<script>");
		for (String module : MODULES) {
			writer.print("import(\"" + HtmlUtil.escapeJS(sharedUi + "/" + module) + "\").catch(function (error) { console.error(error); });");
		}
		writer.print("</script>");
	}

	private static boolean mayConfigure(PermissionChecker permissionChecker, long siteId) {
		return permissionChecker != null && permissionChecker.isSignedIn()
			&& permissionChecker.hasPermission(siteId, SiteSettingsPortletKeys.PEER_VOICE_RESOURCE, siteId, SiteSettingsPortletKeys.CONFIGURE);
	}

	private static void attribute(PrintWriter writer, String name, String value) {
		writer.print(' ');
		writer.print(name);
		writer.print("=\"");
		writer.print(HtmlUtil.escapeAttribute(value));
		writer.print('"');
	}

}
