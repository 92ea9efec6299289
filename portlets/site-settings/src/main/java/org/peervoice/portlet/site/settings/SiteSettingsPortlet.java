package org.peervoice.portlet.site.settings;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javax.portlet.GenericPortlet;
import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.WebKeys;

import org.osgi.service.component.annotations.Component;
import org.peervoice.portlet.kit.ElementMount;

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

	/** The element, then each capability's settings section (a shared module that registers itself). */
	static final List<String> MODULES = List.of("pv-site-settings.js", "pv-suggestion-settings.js", "pv-champion-settings.js",
		"pv-recognition-settings.js", "pv-role-group-settings.js");

	@Override
	protected void doView(RenderRequest renderRequest, RenderResponse renderResponse) throws PortletException, IOException {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
		long siteId = themeDisplay.getScopeGroupId();
		if (!mayConfigure(themeDisplay.getPermissionChecker(), siteId)) {
			renderResponse.setContentType("text/html");
			PrintWriter writer = renderResponse.getWriter();
			// Without the JVM's default locale as a fallback: a language we do not ship gets English.
			ResourceBundle texts = ResourceBundle.getBundle("content.Language", themeDisplay.getLocale(), SiteSettingsPortlet.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			writer.print("<div class=\"alert alert-info\">");
			writer.print(HtmlUtil.escape(texts.getString("these-settings-are-for-peer-voice-administrators")));
			writer.print("</div>");
			return;
		}

		ElementMount mount = ElementMount.open(renderRequest, renderResponse, "pv-site-settings");
		List<String> modules = new ArrayList<>();
		for (String module : MODULES) {
			modules.add(mount.sharedUi(module));
		}
		mount.closeImporting(modules);
	}

	private static boolean mayConfigure(PermissionChecker permissionChecker, long siteId) {
		return permissionChecker != null && permissionChecker.isSignedIn()
			&& permissionChecker.hasPermission(siteId, ElementMount.PEER_VOICE_RESOURCE, siteId, SiteSettingsPortletKeys.CONFIGURE);
	}

}
