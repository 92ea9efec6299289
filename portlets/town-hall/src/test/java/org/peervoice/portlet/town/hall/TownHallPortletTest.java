package org.peervoice.portlet.town.hall;

import org.peervoice.portlet.kit.testing.ElementPortletContract;

/** The portlet rendered as Liferay would, held to what every element portlet must do. */
class TownHallPortletTest extends ElementPortletContract {

	TownHallPortletTest() {
		super("pv-town-hall", TownHallPortletKeys.WEB_CONTEXT_PATH, new TownHallPortlet()::doView);
	}

}
