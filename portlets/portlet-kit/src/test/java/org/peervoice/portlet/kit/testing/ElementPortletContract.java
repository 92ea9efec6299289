package org.peervoice.portlet.kit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.portlet.kit.testing.Fakes.fake;
import static org.peervoice.portlet.kit.testing.PortletPage.attributes;
import static org.peervoice.portlet.kit.testing.PortletPage.elementsOf;
import static org.peervoice.portlet.kit.testing.PortletPage.withoutJavaScriptEscapes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * What every portlet that shows a PeerVoice element with the user's name must do, rendered as Liferay would
 * ({@link PortletPage}): the mount point's attributes, the classic script importing the element from the
 * portlet's own bundle, imports rewritten to the shared bundle, hostile values kept inside their attributes,
 * no name for a guest. A portlet's test extends this with its element and view.
 */
public abstract class ElementPortletContract {

	private static final long SITE_ID = PortletPage.SITE_ID;
	private static final String HOSTILE = "\"><script>alert(1)</script>";

	/** What the bundle holds (the test class path also has peervoice-ui's jar, with every module). */
	private static final Path BUNDLE_ROOT = Path.of("target/classes");

	@TempDir
	static Path frameworkStorage;

	private final String element;
	private final String contextPath;
	private final PortletPage.View view;

	/**
	 * @param element the element's name, e.g. {@code pv-suggestion-box}, served by the bundle as peervoice-ui/element.js
	 * @param webContextPath the bundle's Web-ContextPath
	 */
	protected ElementPortletContract(String element, String webContextPath, PortletPage.View view) {
		this.element = element;
		this.contextPath = "/o" + webContextPath;
		this.view = view;
	}

	@BeforeAll
	static void wirePortal() throws Exception {
		PortletPage.wirePortal(frameworkStorage);
	}

	@AfterAll
	static void unwirePortal() throws Exception {
		PortletPage.unwirePortal();
	}

	@Test
	void mountPointCarriesTheSiteTheApiTheFilesTheTokenTheLocaleAndTheUser() throws Exception {
		Element component = elementsOf(render(page(signedIn("Alex Rivera"), Locale.forLanguageTag("es-MX")))).get(0);

		assertEquals(element, component.getTagName());
		assertEquals(Map.of(
			"site-id", String.valueOf(SITE_ID),
			"api-base", "/o/peer-voice/v1.0",
			"ui-base", "/o/peer-voice-web/peervoice-ui",
			"csrf-token", PortletPage.TOKEN,
			"locale", "es-MX",
			"user-name", "Alex Rivera"), attributes(component));
	}

	@Test
	void elementIsImportedFromThisBundleByAClassicScriptThatSinglePageNavigationRuns() throws Exception {
		Element script = elementsOf(render(page(signedIn("Alex Rivera"), Locale.US))).get(1);

		assertEquals("script", script.getTagName());
		// Liferay's SPA skips scripts whose type is not JavaScript's (type="module" included).
		assertEquals(Map.of(), attributes(script));
		assertEquals("import(\"" + contextPath + "/peervoice-ui/" + element + ".js\").catch(function (error) { console.error(error); });",
			withoutJavaScriptEscapes(script.getTextContent()));
		assertTrue(Files.isRegularFile(BUNDLE_ROOT.resolve("META-INF/resources/peervoice-ui/" + element + ".js")));
	}

	@Test
	void theElementImportsTheSharedModulesFromTheSharedBundle() throws Exception {
		String module = Files.readString(BUNDLE_ROOT.resolve("META-INF/resources/peervoice-ui/" + element + ".js"), StandardCharsets.UTF_8);

		assertTrue(module.contains("from '../../peer-voice-web/peervoice-ui/pv-api.js'"), "imports not rewritten");
		assertFalse(module.contains("from './"), "an import still points into this bundle");
		assertFalse(Files.exists(BUNDLE_ROOT.resolve("META-INF/resources/peervoice-ui/pv-api.js")), "shared modules are served once, elsewhere");
		assertFalse(Files.exists(BUNDLE_ROOT.resolve("META-INF/resources/peervoice-ui/vendor")), "the theme provides Clay");
	}

	@Test
	void hostileUserNameAndLocaleStayInsideTheirAttributes() throws Exception {
		Locale hostileLocale = new Locale(HOSTILE, HOSTILE, HOSTILE);
		String markup = render(page(signedIn(HOSTILE), hostileLocale));

		assertFalse(markup.contains("<script>alert"), markup);
		List<Element> elements = elementsOf(markup);
		assertEquals(2, elements.size(), markup);
		Map<String, String> attributes = attributes(elements.get(0));
		assertEquals(Set.of("site-id", "api-base", "ui-base", "csrf-token", "locale", "user-name"), attributes.keySet());
		assertEquals(HOSTILE, attributes.get("user-name"));
		assertEquals(hostileLocale.toLanguageTag(), attributes.get("locale"));
	}

	@Test
	void guestHasNoUserName() throws Exception {
		ThemeDisplay guestPage = page(fake(User.class, Map.of("getFullName", args -> "Guest")), Locale.US);
		guestPage.setSignedIn(false);

		assertEquals("", attributes(elementsOf(render(guestPage)).get(0)).get("user-name"));
	}

	/**
	 * The element's attributes when the widget {@code otherPortlet} is on the site's page 42
	 * ({@code /web/riverside/other}) and this one on page {@code thisPage}: what links between widgets use.
	 */
	protected Map<String, String> attributesBeside(String otherPortlet, long thisPage) throws Exception {
		PortletPage.placeWidget(otherPortlet, 42, "/web/riverside/other");
		try {
			ThemeDisplay themeDisplay = page(signedIn("Alex Rivera"), Locale.US);
			themeDisplay.setPlid(thisPage);
			return attributes(elementsOf(render(themeDisplay)).get(0));
		}
		finally {
			PortletPage.removeWidgets();
		}
	}

	private static User signedIn(String fullName) {
		return fake(User.class, Map.of("getFullName", args -> fullName));
	}

	private static ThemeDisplay page(User user, Locale locale) {
		ThemeDisplay themeDisplay = new ThemeDisplay();
		themeDisplay.setScopeGroupId(SITE_ID);
		themeDisplay.setLocale(locale);
		themeDisplay.setUser(user);
		themeDisplay.setSignedIn(true);
		return themeDisplay;
	}

	private String render(ThemeDisplay themeDisplay) throws Exception {
		return PortletPage.render(view, themeDisplay, contextPath);
	}
}
