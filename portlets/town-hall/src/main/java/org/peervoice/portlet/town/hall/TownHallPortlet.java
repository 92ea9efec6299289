package org.peervoice.portlet.town.hall;

import java.io.IOException;
import java.util.List;

import javax.portlet.GenericPortlet;
import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import org.osgi.service.component.annotations.Component;
import org.peervoice.portlet.kit.ElementMount;
import org.peervoice.portlet.kit.SitePages;

/**
 * Renders the mount point of the {@code <pv-town-hall>} web component with its context:
 * the site (Liferay group id), where the API and the shared UI files are, the CSRF token
 * ({@code p_auth}) the component must send with every request, the locale and the user's
 * name, and the site's page that holds the suggestion box widget (what a question taken forward links to,
 * {@link SitePages}). Everything else happens in the browser against the REST API: the list of town halls, a town hall's page
 * for attendees, the moderation queue, and the presenter view for the big screen (a mode of the same element, see
 * docs/town-hall.md).
 */
@Component(
	property = {
		"com.liferay.portlet.css-class-wrapper=pv-town-hall-portlet",
		"com.liferay.portlet.display-category=category.peer-voice",
		"com.liferay.portlet.header-portlet-css=/peervoice-ui/pv-town-hall.css",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Town Hall",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + TownHallPortletKeys.TOWN_HALL,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class TownHallPortlet extends GenericPortlet {

	static final String ELEMENT_PATH = "/peervoice-ui/pv-town-hall.js";

	@Override
	protected void doView(RenderRequest renderRequest, RenderResponse renderResponse) throws PortletException, IOException {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
		ElementMount.open(renderRequest, renderResponse, "pv-town-hall")
			.attribute("user-name", themeDisplay.isSignedIn() ? themeDisplay.getUser().getFullName() : "")
			.attributeUnlessEmpty("suggestion-box-url", SitePages.pageOf(themeDisplay, SitePages.SUGGESTION_BOX))
			.closeImporting(List.of(renderRequest.getContextPath() + ELEMENT_PATH));
	}

}
