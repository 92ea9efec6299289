package org.peervoice.portlet.suggestion.box;

import org.peervoice.portlet.kit.testing.ElementPortletContract;

/** The portlet rendered as Liferay would, held to what every element portlet must do. */
class SuggestionBoxPortletTest extends ElementPortletContract {

	SuggestionBoxPortletTest() {
		super("pv-suggestion-box", SuggestionBoxPortletKeys.WEB_CONTEXT_PATH, new SuggestionBoxPortlet()::doView);
	}

}
