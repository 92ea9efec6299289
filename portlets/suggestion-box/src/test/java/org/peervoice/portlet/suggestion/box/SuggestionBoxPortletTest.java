package org.peervoice.portlet.suggestion.box;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.peervoice.portlet.kit.SitePages;
import org.peervoice.portlet.kit.testing.ElementPortletContract;

/** The portlet rendered as Liferay would, held to what every element portlet must do. */
class SuggestionBoxPortletTest extends ElementPortletContract {

	SuggestionBoxPortletTest() {
		super("pv-suggestion-box", SuggestionBoxPortletKeys.WEB_CONTEXT_PATH, new SuggestionBoxPortlet()::doView);
	}

	@Test
	void linksToThePageOfTheSiteThatHoldsTheTownHall() throws Exception {
		// a suggestion taken forward links to its town hall, on whichever page of the site holds that widget
		assertEquals("/web/riverside/other", attributesBeside(SitePages.TOWN_HALL, 7).get("town-halls-url"));
		assertFalse(attributesBeside(SitePages.TOWN_HALL, 42).containsKey("town-halls-url"), "on the same page the element links within it");
		assertFalse(attributesBeside("com_liferay_other_portlet_OtherPortlet", 7).containsKey("town-halls-url"),
			"no page holds the widget: the element's default (its own page)");
	}

}
