package org.peervoice.portlet.suggestion.box;

public final class SuggestionBoxPortletKeys {

	public static final String SUGGESTION_BOX = "org_peervoice_portlet_suggestion_box_SuggestionBoxPortlet";

	/** The bundle's Web-ContextPath; Liferay serves its META-INF/resources under /o plus this. */
	public static final String WEB_CONTEXT_PATH = "/peer-voice-suggestion-box";

	/** Where org.peervoice.web serves the modules and messages every PeerVoice component shares. */
	public static final String SHARED_UI_PATH = "/peer-voice-web/peervoice-ui";

	private SuggestionBoxPortletKeys() {
	}

}
