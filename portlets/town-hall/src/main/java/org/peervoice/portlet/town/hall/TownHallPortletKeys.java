package org.peervoice.portlet.town.hall;

import org.peervoice.portlet.kit.SitePages;

public final class TownHallPortletKeys {

	public static final String TOWN_HALL = SitePages.TOWN_HALL;

	/** The bundle's Web-ContextPath; Liferay serves its META-INF/resources under /o plus this. */
	public static final String WEB_CONTEXT_PATH = "/peer-voice-town-hall";

	private TownHallPortletKeys() {
	}

}
