package org.peervoice.portlet.site.settings;

public final class SiteSettingsPortletKeys {

	public static final String SITE_SETTINGS = "org_peervoice_portlet_site_settings_SiteSettingsPortlet";

	/** The bundle's Web-ContextPath. */
	public static final String WEB_CONTEXT_PATH = "/peer-voice-site-settings";

	public static final String CONFIGURE = "CONFIGURE";

	private SiteSettingsPortletKeys() {
	}

}
