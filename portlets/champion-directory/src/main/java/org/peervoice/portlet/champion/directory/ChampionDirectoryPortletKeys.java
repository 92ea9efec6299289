package org.peervoice.portlet.champion.directory;

public final class ChampionDirectoryPortletKeys {

	public static final String CHAMPION_DIRECTORY = "org_peervoice_portlet_champion_directory_ChampionDirectoryPortlet";

	/** The bundle's Web-ContextPath; Liferay serves its META-INF/resources under /o plus this. */
	public static final String WEB_CONTEXT_PATH = "/peer-voice-champion-directory";

	private ChampionDirectoryPortletKeys() {
	}

}
