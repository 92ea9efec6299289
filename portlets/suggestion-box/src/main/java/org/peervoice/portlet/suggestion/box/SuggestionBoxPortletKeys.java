package org.peervoice.portlet.suggestion.box;

public final class SuggestionBoxPortletKeys {

	public static final String SUGGESTION_BOX = "org_peervoice_portlet_suggestion_box_SuggestionBoxPortlet";

	/** The bundle's Web-ContextPath; Liferay serves its META-INF/resources under /o plus this. */
	public static final String WEB_CONTEXT_PATH = "/peer-voice-suggestion-box";

	private SuggestionBoxPortletKeys() {
	}

}
