package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Liferay finds portlets and REST applications only through their DS components' properties. */
class ComponentDescriptorTest {

	static final String SUGGESTION_BOX_PORTLET_NAME = "org_peervoice_portlet_suggestion_box_SuggestionBoxPortlet";
	static final String SITE_SETTINGS_PORTLET_NAME = "org_peervoice_portlet_site_settings_SiteSettingsPortlet";

	@Test
	void suggestionBoxIsAPortletInThePeerVoiceCategory() {
		File bundle = BuiltBundles.bySymbolicName(BuiltBundles.SUGGESTION_BOX);
		ComponentDescriptors.Component portlet = ComponentDescriptors.named(bundle, "org.peervoice.portlet.suggestion.box.SuggestionBoxPortlet");

		assertEquals(List.of("javax.portlet.Portlet"), portlet.services);
		Map<String, String> properties = portlet.properties;
		assertEquals(SUGGESTION_BOX_PORTLET_NAME, properties.get("javax.portlet.name"));
		assertEquals("category.peer-voice", properties.get("com.liferay.portlet.display-category"));
		assertEquals("content.Language", properties.get("javax.portlet.resource-bundle"));
		assertEquals("3.0", properties.get("javax.portlet.version"));
		assertEquals("Suggestion Box", properties.get("javax.portlet.display-name"));
		assertTrue(properties.get("javax.portlet.security-role-ref").contains("user"));
		assertEquals("/peer-voice-suggestion-box", BuiltBundles.header(bundle, "Web-ContextPath"));
	}

	@Test
	void suggestionBoxCarriesTheWebComponentAndItsResourceBundles() {
		File bundle = BuiltBundles.bySymbolicName(BuiltBundles.SUGGESTION_BOX);
		List<String> entries = BuiltBundles.entryNames(bundle);
		assertTrue(entries.contains("META-INF/resources/peervoice-ui/pv-suggestion-box.js"), "the web component is missing");
		assertTrue(entries.contains("content/Language.properties"));
		assertTrue(entries.contains("content/Language_es.properties"));
		assertTrue(entries.contains("resource-actions/default.xml"));
		ComponentDescriptors.Component portlet = ComponentDescriptors.named(bundle, "org.peervoice.portlet.suggestion.box.SuggestionBoxPortlet");
		String css = portlet.properties.get("com.liferay.portlet.header-portlet-css");
		assertTrue(css != null && entries.contains("META-INF/resources" + css), "header CSS " + css + " is not served by the bundle");
	}

	// champion directory
	@Test
	void championDirectoryIsAPortletInThePeerVoiceCategoryCarryingItsElement() {
		File bundle = BuiltBundles.bySymbolicName(BuiltBundles.CHAMPION_DIRECTORY);
		ComponentDescriptors.Component portlet = ComponentDescriptors.named(bundle,
			"org.peervoice.portlet.champion.directory.ChampionDirectoryPortlet");

		assertEquals(List.of("javax.portlet.Portlet"), portlet.services);
		assertEquals("org_peervoice_portlet_champion_directory_ChampionDirectoryPortlet", portlet.properties.get("javax.portlet.name"));
		assertEquals("category.peer-voice", portlet.properties.get("com.liferay.portlet.display-category"));
		assertEquals("content.Language", portlet.properties.get("javax.portlet.resource-bundle"));
		assertEquals("/peer-voice-champion-directory", BuiltBundles.header(bundle, "Web-ContextPath"));
		List<String> entries = BuiltBundles.entryNames(bundle);
		assertTrue(entries.contains("META-INF/resources/peervoice-ui/pv-champion-directory.js"), "the web component is missing");
		assertTrue(entries.contains("content/Language_es.properties"));
		assertTrue(entries.contains("resource-actions/default.xml"));
	}

	// town hall
	@Test
	void townHallIsAPortletInThePeerVoiceCategoryCarryingItsElementAndStylesheet() {
		File bundle = BuiltBundles.bySymbolicName(BuiltBundles.TOWN_HALL);
		ComponentDescriptors.Component portlet = ComponentDescriptors.named(bundle, "org.peervoice.portlet.town.hall.TownHallPortlet");

		assertEquals(List.of("javax.portlet.Portlet"), portlet.services);
		assertEquals("org_peervoice_portlet_town_hall_TownHallPortlet", portlet.properties.get("javax.portlet.name"));
		assertEquals("category.peer-voice", portlet.properties.get("com.liferay.portlet.display-category"));
		assertEquals("content.Language", portlet.properties.get("javax.portlet.resource-bundle"));
		assertEquals("/peer-voice-town-hall", BuiltBundles.header(bundle, "Web-ContextPath"));
		List<String> entries = BuiltBundles.entryNames(bundle);
		assertTrue(entries.contains("META-INF/resources/peervoice-ui/pv-town-hall.js"), "the web component is missing");
		String css = portlet.properties.get("com.liferay.portlet.header-portlet-css");
		assertTrue(css != null && entries.contains("META-INF/resources" + css), "header CSS " + css + " is not served by the bundle");
		assertTrue(entries.contains("content/Language_es.properties"));
		assertTrue(entries.contains("resource-actions/default.xml"));
	}

	@Test
	void siteSettingsIsAPortletInThePeerVoiceCategoryThatShipsNoScript() {
		File bundle = BuiltBundles.bySymbolicName(BuiltBundles.SITE_SETTINGS);
		ComponentDescriptors.Component portlet = ComponentDescriptors.named(bundle, "org.peervoice.portlet.site.settings.SiteSettingsPortlet");

		assertEquals(List.of("javax.portlet.Portlet"), portlet.services);
		Map<String, String> properties = portlet.properties;
		assertEquals(SITE_SETTINGS_PORTLET_NAME, properties.get("javax.portlet.name"));
		assertEquals("category.peer-voice", properties.get("com.liferay.portlet.display-category"));
		assertEquals("content.Language", properties.get("javax.portlet.resource-bundle"));
		assertEquals("3.0", properties.get("javax.portlet.version"));
		assertEquals("/peer-voice-site-settings", BuiltBundles.header(bundle, "Web-ContextPath"));
		List<String> entries = BuiltBundles.entryNames(bundle);
		assertTrue(entries.contains("resource-actions/default.xml") && entries.contains("portlet.properties"));
		assertFalse(entries.stream().anyMatch(entry -> entry.endsWith(".js")), "the settings element is a shared module of " + BuiltBundles.WEB);
	}

	@Test
	void restApiIsOneJaxRsWhiteboardApplicationAtPeerVoice() {
		File bundle = BuiltBundles.bySymbolicName(BuiltBundles.SERVICE);
		ComponentDescriptors.Component application = ComponentDescriptors.named(bundle, "org.peervoice.service.internal.PeerVoiceRestApplication");

		assertEquals(List.of("javax.ws.rs.core.Application"), application.services);
		Map<String, String> properties = application.properties;
		assertEquals("/peer-voice", properties.get("osgi.jaxrs.application.base"));
		assertEquals("PeerVoice.REST", properties.get("osgi.jaxrs.name"));
		assertEquals("true", properties.get("auth.verifier.guest.allowed"));
		assertTrue(properties.containsKey("liferay.oauth2"));
		assertEquals("org.peervoice.service.configuration", application.configurationPid);
		assertFalse(BuiltBundles.entryNames(bundle).stream().anyMatch(entry -> entry.startsWith("OSGI-INF/metatype/")),
			"no System Settings form invites a secret into the portal database");
		assertEquals("(peervoice.datasource=*)", application.references.get("javax.sql.DataSource"));
		assertTrue(application.references.containsKey("org.peervoice.rest.IdentityResolver"));
		assertTrue(application.references.containsKey("org.peervoice.core.notification.NotificationDelivery"));
		assertTrue(application.references.containsKey("org.peervoice.core.notification.ReviewerDirectory"));
		assertTrue(application.references.containsKey("org.peervoice.core.kernel.PeopleDirectory"));
	}

	@Test
	void liferayAdapterOffersThePeopleDirectoryAndHearsOfLeavers() {
		File bundle = BuiltBundles.bySymbolicName(BuiltBundles.ADAPTER);
		assertEquals(List.of("org.peervoice.core.kernel.PeopleDirectory"),
			ComponentDescriptors.named(bundle, "org.peervoice.liferay.internal.LiferayPeopleDirectory").services);
		ComponentDescriptors.Component leavers = ComponentDescriptors.named(bundle, "org.peervoice.liferay.internal.LiferayLeaverListener");
		assertEquals(List.of("com.liferay.portal.kernel.model.ModelListener"), leavers.services);
		assertTrue(leavers.references.containsKey("org.peervoice.core.kernel.Departures"));
	}

	@Test
	void liferayAdapterDeliversNotificationsToThePortalsNotificationCenter() {
		File bundle = BuiltBundles.bySymbolicName(BuiltBundles.ADAPTER);
		ComponentDescriptors.Component handler = ComponentDescriptors.named(bundle, "org.peervoice.liferay.internal.SuggestionNotificationHandler");
		assertEquals(List.of("com.liferay.portal.kernel.notifications.UserNotificationHandler"), handler.services);
		assertEquals(SUGGESTION_BOX_PORTLET_NAME, handler.properties.get("javax.portlet.name"));
		assertEquals(List.of("org.peervoice.core.notification.NotificationDelivery"),
			ComponentDescriptors.named(bundle, "org.peervoice.liferay.internal.LiferayNotificationDelivery").services);
		assertEquals(List.of("org.peervoice.core.notification.ReviewerDirectory"),
			ComponentDescriptors.named(bundle, "org.peervoice.liferay.internal.LiferayReviewerDirectory").services);
		ComponentDescriptors.named(bundle, "org.peervoice.liferay.internal.PeerVoiceNotificationDefinitions");
		List<String> entries = BuiltBundles.entryNames(bundle);
		assertTrue(entries.contains("content/Language.properties") && entries.contains("content/Language_es.properties"),
			"the notification texts in English and Spanish");
	}

	@Test
	void liferayAdapterOffersIdentityAndThePortalDataSource() {
		File bundle = BuiltBundles.bySymbolicName(BuiltBundles.ADAPTER);
		assertEquals(List.of("org.peervoice.rest.IdentityResolver"),
			ComponentDescriptors.named(bundle, "org.peervoice.liferay.internal.LiferayIdentityResolver").services);
		assertEquals(List.of("com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener"),
			ComponentDescriptors.named(bundle, "org.peervoice.liferay.internal.PeerVoiceRoles").services);
		ComponentDescriptors.named(bundle, "org.peervoice.liferay.internal.PortalDataSourcePublisher");
	}

}
