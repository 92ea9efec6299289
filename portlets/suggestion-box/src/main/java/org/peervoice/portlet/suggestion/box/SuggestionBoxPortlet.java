package org.peervoice.portlet.suggestion.box;

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
 * Renders the mount point of the {@code <pv-suggestion-box>} web component with the context every
 * PeerVoice element gets ({@link ElementMount}), the user's name, and the site's page that holds the town-hall
 * widget (what a suggestion taken forward from a town hall links to, {@link SitePages}). The element itself is in this
 * bundle; everything else happens in the browser against the REST API.
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

	static final String ELEMENT_PATH = "/peervoice-ui/pv-suggestion-box.js";

	@Override
	protected void doView(RenderRequest renderRequest, RenderResponse renderResponse) throws PortletException, IOException {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
		ElementMount.open(renderRequest, renderResponse, "pv-suggestion-box")
			.attribute("user-name", themeDisplay.isSignedIn() ? themeDisplay.getUser().getFullName() : "")
			.attributeUnlessEmpty("town-halls-url", SitePages.pageOf(themeDisplay, SitePages.TOWN_HALL))
			.closeImporting(List.of(renderRequest.getContextPath() + ELEMENT_PATH));
	}

}
