package org.peervoice.portlet.site.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.portlet.kit.testing.Fakes.fake;
import static org.peervoice.portlet.kit.testing.PortletPage.attributes;
import static org.peervoice.portlet.kit.testing.PortletPage.elementsOf;
import static org.peervoice.portlet.kit.testing.PortletPage.withoutJavaScriptEscapes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peervoice.portlet.kit.testing.PortletPage;
import org.w3c.dom.Element;

/**
 * Renders the portlet as Liferay would (the real {@code HtmlUtil}, {@code AuthTokenUtil} with its
 * {@code AuthToken} in an OSGi registry, {@code PortalUtil}) for a holder of CONFIGURE on site
 * {@value #SITE_ID} and for users without it.
 */
class SiteSettingsPortletTest {

	private static final long SITE_ID = 20121;
	private static final String CONTEXT_PATH = "/o" + SiteSettingsPortletKeys.WEB_CONTEXT_PATH;

	@TempDir
	static Path frameworkStorage;

	@BeforeAll
	static void wirePortal() throws Exception {
		PortletPage.wirePortal(frameworkStorage);
	}

	@AfterAll
	static void unwirePortal() throws Exception {
		PortletPage.unwirePortal();
	}

	@Test
	void aHolderOfConfigureGetsTheSettingsElementWithItsContext() throws Exception {
		List<Element> elements = elementsOf(render(page(permissions(true, true), Locale.forLanguageTag("es-ES"))));

		assertEquals("pv-site-settings", elements.get(0).getTagName());
		assertEquals(Map.of(
			"site-id", String.valueOf(SITE_ID),
			"api-base", "/o/peer-voice/v1.0",
			"ui-base", "/o/peer-voice-web/peervoice-ui",
			"csrf-token", PortletPage.TOKEN,
			"locale", "es-ES"), attributes(elements.get(0)));
	}

	@Test
	void theElementAndEverySectionAreImportedByAClassicScriptFromTheSharedBundle() throws Exception {
		Element script = elementsOf(render(page(permissions(true, true), Locale.US))).get(1);

		assertEquals("script", script.getTagName());
		// Liferay's single-page navigation skips scripts whose type is not JavaScript's.
		assertEquals(Map.of(), attributes(script));
		String code = withoutJavaScriptEscapes(script.getTextContent());
		for (String module : SiteSettingsPortlet.MODULES) {
			assertTrue(code.contains("import(\"/o/peer-voice-web/peervoice-ui/" + module + "\")"), code);
		}
	}

	@Test
	void othersGetANoticeInTheirLanguageAndNoElement() throws Exception {
		for (PermissionChecker withoutConfigure : List.of(permissions(true, false), permissions(false, false))) {
			String markup = render(page(withoutConfigure, Locale.forLanguageTag("es-ES")));

			assertFalse(markup.contains("pv-site-settings"), markup);
			assertFalse(markup.contains("<script"), markup);
			assertTrue(markup.contains("administradores del sitio"), markup);
		}
		assertTrue(render(page(null, Locale.US)).contains("for site administrators"));
		Locale defaultLocale = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("es-ES"));
			assertTrue(render(page(null, Locale.FRENCH)).contains("for site administrators"), "a language we do not ship falls back to English");
		}
		finally {
			Locale.setDefault(defaultLocale);
		}
	}

	@Test
	void onlyConfigureOnThePeerVoiceResourceOfThisSiteCounts() throws Exception {
		List<Object[]> asked = new ArrayList<>();
		PermissionChecker recording = fake(PermissionChecker.class, Map.of(
			"isSignedIn", args -> true,
			"hasPermission", args -> {
				asked.add(args);
				return true;
			}));

		render(page(recording, Locale.US));

		assertEquals(1, asked.size());
		assertEquals(List.of(SITE_ID, "org.peervoice", SITE_ID, "CONFIGURE"), List.of(asked.get(0)));
	}

	private static PermissionChecker permissions(boolean signedIn, boolean configure) {
		return fake(PermissionChecker.class, Map.of(
			"isSignedIn", args -> signedIn,
			"hasPermission", args -> configure && args[0].equals(SITE_ID) && "org.peervoice".equals(args[1])
				&& args[2].equals(SITE_ID) && "CONFIGURE".equals(args[3])));
	}

	private static ThemeDisplay page(PermissionChecker permissionChecker, Locale locale) {
		ThemeDisplay themeDisplay = new ThemeDisplay();
		themeDisplay.setScopeGroupId(SITE_ID);
		themeDisplay.setLocale(locale);
		themeDisplay.setPermissionChecker(permissionChecker);
		return themeDisplay;
	}

	private static String render(ThemeDisplay themeDisplay) throws Exception {
		return PortletPage.render(new SiteSettingsPortlet()::doView, themeDisplay, CONTEXT_PATH);
	}
}
