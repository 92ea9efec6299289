package org.peervoice.portlet.champion.directory;

import org.peervoice.portlet.kit.testing.ElementPortletContract;

/** The portlet rendered as Liferay would, held to what every element portlet must do. */
class ChampionDirectoryPortletTest extends ElementPortletContract {

	ChampionDirectoryPortletTest() {
		super("pv-champion-directory", ChampionDirectoryPortletKeys.WEB_CONTEXT_PATH, new ChampionDirectoryPortlet()::doView);
	}

}
