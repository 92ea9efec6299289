package org.peervoice.portlet.town.hall;

public final class TownHallPortletKeys {

	public static final String TOWN_HALL = "org_peervoice_portlet_town_hall_TownHallPortlet";

	/** The bundle's Web-ContextPath; Liferay serves its META-INF/resources under /o plus this. */
	public static final String WEB_CONTEXT_PATH = "/peer-voice-town-hall";

	private TownHallPortletKeys() {
	}

}
