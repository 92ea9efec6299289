package org.peervoice.portlet.site.settings;

public final class SiteSettingsPortletKeys {

	public static final String SITE_SETTINGS = "org_peervoice_portlet_site_settings_SiteSettingsPortlet";

	/** The bundle's Web-ContextPath. */
	public static final String WEB_CONTEXT_PATH = "/peer-voice-site-settings";

	/** Where org.peervoice.web serves the modules and messages every PeerVoice component shares. */
	public static final String SHARED_UI_PATH = "/peer-voice-web/peervoice-ui";

	/** The model resource the PeerVoice permissions are granted on (declared by org.peervoice.web). */
	public static final String PEER_VOICE_RESOURCE = "org.peervoice";

	public static final String CONFIGURE = "CONFIGURE";

	private SiteSettingsPortletKeys() {
	}

}
