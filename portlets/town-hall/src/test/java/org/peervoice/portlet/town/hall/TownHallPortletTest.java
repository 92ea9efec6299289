package org.peervoice.portlet.town.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.peervoice.portlet.kit.SitePages;
import org.peervoice.portlet.kit.testing.ElementPortletContract;

/** The portlet rendered as Liferay would, held to what every element portlet must do. */
class TownHallPortletTest extends ElementPortletContract {

	TownHallPortletTest() {
		super("pv-town-hall", TownHallPortletKeys.WEB_CONTEXT_PATH, new TownHallPortlet()::doView);
	}

	@Test
	void linksToThePageOfTheSiteThatHoldsTheSuggestionBox() throws Exception {
		// a question taken forward links to its suggestion, on whichever page of the site holds that widget
		assertEquals("/web/riverside/other", attributesBeside(SitePages.SUGGESTION_BOX, 7).get("suggestion-box-url"));
		assertFalse(attributesBeside(SitePages.SUGGESTION_BOX, 42).containsKey("suggestion-box-url"), "on the same page the element links within it");
		assertFalse(attributesBeside("com_liferay_other_portlet_OtherPortlet", 7).containsKey("suggestion-box-url"),
			"no page holds the widget: the element's default (its own page)");
	}

}
