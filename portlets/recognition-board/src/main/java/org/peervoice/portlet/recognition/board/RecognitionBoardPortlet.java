package org.peervoice.portlet.recognition.board;

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

/**
 * Renders the mount point of the {@code <pv-recognition-board>} web component with its context:
 * the site (Liferay group id), where the API and the shared UI files are, the CSRF token
 * ({@code p_auth}) the component must send with every request, the locale and the user's
 * name. Everything else happens in the browser against the REST API.
 */
@Component(
	property = {
		"com.liferay.portlet.css-class-wrapper=pv-recognition-board-portlet",
		"com.liferay.portlet.display-category=category.peer-voice",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Recognition Board",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + RecognitionBoardPortletKeys.RECOGNITION_BOARD,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class RecognitionBoardPortlet extends GenericPortlet {

	static final String ELEMENT_PATH = "/peervoice-ui/pv-recognition-board.js";

	@Override
	protected void doView(RenderRequest renderRequest, RenderResponse renderResponse) throws PortletException, IOException {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
		ElementMount.open(renderRequest, renderResponse, "pv-recognition-board")
			.attribute("user-name", themeDisplay.isSignedIn() ? themeDisplay.getUser().getFullName() : "")
			.closeImporting(List.of(renderRequest.getContextPath() + ELEMENT_PATH));
	}

}
