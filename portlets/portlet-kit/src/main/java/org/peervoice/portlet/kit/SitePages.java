package org.peervoice.portlet.kit;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Layout;
import com.liferay.portal.kernel.model.LayoutConstants;
import com.liferay.portal.kernel.service.LayoutLocalServiceUtil;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.PortalUtil;

/**
 * Which page of the site holds another PeerVoice widget, for the links between widgets: a suggestion taken forward from a
 * town hall links to the town hall's page, a question taken forward to its suggestion. Each widget may sit on its own
 * page, so a link to "this page" with the other widget's fragment would open a page without that widget
 * (docs/town-hall.md, "In Liferay"). The portlet names are defined here once; each portlet's keys refer to them.
 */
public final class SitePages {

	/** The suggestion box portlet's {@code javax.portlet.name}. */
	public static final String SUGGESTION_BOX = "org_peervoice_portlet_suggestion_box_SuggestionBoxPortlet";

	/** The town-hall portlet's {@code javax.portlet.name}. */
	public static final String TOWN_HALL = "org_peervoice_portlet_town_hall_TownHallPortlet";

	private SitePages() {
	}

	/**
	 * The friendly URL (a path, e.g. {@code /web/riverside/town-halls}) of the page of the viewed site that holds the
	 * widget, as Liferay finds it ({@code PortalUtil.getPlidFromPortletId}: the site's public pages first, then its
	 * private ones); "" when no page of the site holds it, when it is on the page being shown (the element then links
	 * within its own page), or when the page cannot be read. The element falls back to its own page on "".
	 */
	public static String pageOf(ThemeDisplay themeDisplay, String portletId) {
		try {
			long plid = PortalUtil.getPlidFromPortletId(themeDisplay.getScopeGroupId(), portletId);
			if (plid == LayoutConstants.DEFAULT_PLID || plid == themeDisplay.getPlid()) {
				return "";
			}
			Layout layout = LayoutLocalServiceUtil.fetchLayout(plid);
			return layout == null ? "" : PortalUtil.getLayoutFriendlyURL(layout, themeDisplay);
		}
		catch (PortalException unreadable) {
			return "";
		}
	}

}
