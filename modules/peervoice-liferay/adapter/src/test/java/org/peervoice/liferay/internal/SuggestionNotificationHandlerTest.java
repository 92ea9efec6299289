package org.peervoice.liferay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peervoice.liferay.internal.LiferayIdentityTest.fake;

import java.util.HashMap;
import java.util.Map;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.Layout;
import com.liferay.portal.kernel.service.LayoutLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;

import org.junit.jupiter.api.Test;

/**
 * A notification's link opens the site's page that holds the widget of its fragment, found through Liferay's own
 * Portal and LayoutLocalService (stand-ins answering as Liferay's do: plid 0 when no page holds the widget).
 */
class SuggestionNotificationHandlerTest {

	private static final long SITE = 20121;
	private static final long TOWN_HALL_PAGE = 31;
	private static final long SUGGESTION_BOX_PAGE = 32;
	private static final long RECOGNITION_BOARD_PAGE = 33;
	private static final long CHAMPION_DIRECTORY_PAGE = 34;

	private final ThemeDisplay themeDisplay = new ThemeDisplay();
	private final Group site = fake(Group.class, Map.of("getGroupId", arguments -> SITE,
		"getDisplayURL", arguments -> arguments[0] == themeDisplay ? "https://intranet.example/web/riverside" : null));
	private final Map<String, Long> widgetPages = new HashMap<>();
	private final Portal portal = fake(Portal.class, Map.of(
		"getPlidFromPortletId", arguments -> (Long) arguments[0] == SITE ? widgetPages.getOrDefault((String) arguments[1], 0L) : 0L,
		"getLayoutFullURL", arguments -> arguments[1] == themeDisplay
			? "https://intranet.example/web/riverside/page-" + ((Layout) arguments[0]).getPlid() : null));
	private final LayoutLocalService layouts = fake(LayoutLocalService.class, Map.of(
		"fetchLayout", arguments -> fake(Layout.class, Map.of("getPlid", layoutArguments -> arguments[0]))));

	@Test
	void aTownHallFateOpensTheTownHallsPageAndAQuestionTakenForwardTheSuggestionBoxs() throws Exception {
		widgetPages.put(LiferayNotifications.TOWN_HALL_PORTLET_ID, TOWN_HALL_PAGE);
		widgetPages.put(LiferayNotifications.PORTLET_ID, SUGGESTION_BOX_PAGE);
		Map<String, Object> answered = payload("TOWN_HALL_QUESTION", "ANSWERED");
		Map<String, Object> forwarded = payload("TOWN_HALL_QUESTION", "TAKEN_FORWARD");

		assertEquals("https://intranet.example/web/riverside/page-31", page(answered));
		assertEquals("https://intranet.example/web/riverside/page-32", page(forwarded));
		assertEquals("https://intranet.example/web/riverside/page-32", page(payload("SUGGESTION_RESPONSE", null)));
	}

	@Test
	void withoutAPageHoldingTheWidgetOrForOtherWidgetsTheLinkStaysOnTheSitesHomePage() throws Exception {
		assertEquals("https://intranet.example/web/riverside", page(payload("TOWN_HALL_QUESTION", "ANSWERED")), "no page holds it");
		widgetPages.put(LiferayNotifications.TOWN_HALL_PORTLET_ID, TOWN_HALL_PAGE);
		assertEquals("https://intranet.example/web/riverside", page(payload("SUGGESTION_RESPONSE", null)), "only the town hall is placed");
		assertEquals("https://intranet.example/web/riverside", page(payload("RECOGNITION_RECEIVED", null)), "no page holds the board");
		assertEquals("https://intranet.example/web/riverside", page(payload("CHAMPION_NOMINATION", null)), "nor the directory");
	}

	@Test
	void aRecognitionOpensTheBoardsPageAndAChampionNotificationTheDirectorysNotTheSuggestionBoxs() throws Exception {
		widgetPages.put(LiferayNotifications.PORTLET_ID, SUGGESTION_BOX_PAGE);
		widgetPages.put(LiferayNotifications.RECOGNITION_BOARD_PORTLET_ID, RECOGNITION_BOARD_PAGE);
		widgetPages.put(LiferayNotifications.CHAMPION_DIRECTORY_PORTLET_ID, CHAMPION_DIRECTORY_PAGE);

		assertEquals("https://intranet.example/web/riverside/page-33", page(payload("RECOGNITION_RECEIVED", "approval")));
		assertEquals("https://intranet.example/web/riverside/page-33", page(payload("RECOGNITION_MODERATED", "recognition")));
		assertEquals("https://intranet.example/web/riverside/page-34", page(payload("CHAMPION_NOMINATION", null)));
		assertEquals("https://intranet.example/web/riverside/page-34", page(payload("CHAMPION_LIST", null)));
	}

	private String page(Map<String, Object> payload) throws Exception {
		return SuggestionNotificationHandler.page(payload, site, themeDisplay, portal, layouts);
	}

	private static Map<String, Object> payload(String type, String detail) {
		Map<String, Object> payload = new HashMap<>();
		payload.put(LiferayNotifications.TYPE, type);
		payload.put(LiferayNotifications.ITEM, "x-1");
		if (detail != null) {
			payload.put(LiferayNotifications.DETAIL, detail);
		}
		return payload;
	}

}
