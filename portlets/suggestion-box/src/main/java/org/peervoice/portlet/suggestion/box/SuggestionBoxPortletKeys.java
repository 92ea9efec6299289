package org.peervoice.portlet.suggestion.box;

import org.peervoice.portlet.kit.SitePages;

public final class SuggestionBoxPortletKeys {

	public static final String SUGGESTION_BOX = SitePages.SUGGESTION_BOX;

	/** The bundle's Web-ContextPath; Liferay serves its META-INF/resources under /o plus this. */
	public static final String WEB_CONTEXT_PATH = "/peer-voice-suggestion-box";

	private SuggestionBoxPortletKeys() {
	}

}
