package org.peervoice.portlet.champion.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.servlet.http.HttpServletRequest;
import javax.xml.parsers.DocumentBuilderFactory;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.AuthToken;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.GroupLocalServiceUtil;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.PortalUtil;
import com.liferay.portal.kernel.util.WebKeys;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Renders the portlet as Liferay would: the real {@code HtmlUtil} escaping, {@code AuthTokenUtil}
 * finding its {@code AuthToken} in an OSGi service registry, {@code PortalUtil} and the
 * {@code ThemeDisplay} set up as the portal sets them for a page of site {@value #SITE_ID}.
 */
class ChampionDirectoryPortletTest {

	private static final long SITE_ID = 20121;
	private static final String CONTEXT_PATH = "/o" + ChampionDirectoryPortletKeys.WEB_CONTEXT_PATH;
	private static final String TOKEN = "Qm7tX2pa";
	private static final String HOSTILE = "\"><script>alert(1)</script>";

	/** What the bundle holds (the test class path also has peervoice-ui's jar, with every module). */
	private static final Path BUNDLE_ROOT = Path.of("target/classes");

	private static final HttpServletRequest PORTAL_REQUEST = fake(HttpServletRequest.class, Map.of());

	@TempDir
	static Path frameworkStorage;

	@BeforeAll
	static void wirePortal() throws Exception {
		BundleContext registry = EmbeddedFramework.start(frameworkStorage);
		// A token only for the portal request behind the portlet request, as Liferay's does.
		registry.registerService(AuthToken.class, fake(AuthToken.class, Map.of(
			"getToken", args -> args[0] == PORTAL_REQUEST ? TOKEN : null)), null);
		new PortalUtil().setPortal(fake(Portal.class, Map.of(
			"getHttpServletRequest", args -> PORTAL_REQUEST,
			"getPathModule", args -> "/o")));
		// ThemeDisplay.setScopeGroupId looks the group up.
		GroupLocalServiceUtil.setService(fake(GroupLocalService.class, Map.of("getGroup", args -> null)));
	}

	@AfterAll
	static void unwirePortal() throws Exception {
		GroupLocalServiceUtil.setService(null);
		new PortalUtil().setPortal(null);
		EmbeddedFramework.stop();
	}

	@Test
	void mountPointCarriesTheSiteTheApiTheFilesTheTokenTheLocaleAndTheUser() throws Exception {
		Element component = elementsOf(render(page(signedIn("Alex Rivera"), Locale.forLanguageTag("es-MX")))).get(0);

		assertEquals("pv-champion-directory", component.getTagName());
		assertEquals(Map.of(
			"site-id", String.valueOf(SITE_ID),
			"api-base", "/o/peer-voice/v1.0",
			"ui-base", "/o/peer-voice-web/peervoice-ui",
			"csrf-token", TOKEN,
			"locale", "es-MX",
			"user-name", "Alex Rivera"), attributes(component));
	}

	@Test
	void elementIsImportedFromThisBundleByAClassicScriptThatSinglePageNavigationRuns() throws Exception {
		Element script = elementsOf(render(page(signedIn("Alex Rivera"), Locale.US))).get(1);

		assertEquals("script", script.getTagName());
		// Liferay's SPA skips scripts whose type is not JavaScript's (type="module" included).
		assertEquals(Map.of(), attributes(script));
		assertEquals("import(\"" + CONTEXT_PATH + "/peervoice-ui/pv-champion-directory.js\").catch(function (error) { console.error(error); });",
			withoutJavaScriptEscapes(script.getTextContent()));
		assertTrue(Files.isRegularFile(BUNDLE_ROOT.resolve("META-INF/resources/peervoice-ui/pv-champion-directory.js")));
	}

	@Test
	void theElementImportsTheSharedModulesFromTheSharedBundle() throws Exception {
		String element = Files.readString(BUNDLE_ROOT.resolve("META-INF/resources/peervoice-ui/pv-champion-directory.js"), StandardCharsets.UTF_8);

		assertTrue(element.contains("from '../../peer-voice-web/peervoice-ui/pv-api.js'"), "imports not rewritten");
		assertFalse(element.contains("from './"), "an import still points into this bundle");
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

	private static String withoutJavaScriptEscapes(String script) {
		return Pattern.compile("\\\\x([0-9a-fA-F]{2})").matcher(script)
			.replaceAll(escape -> String.valueOf((char)Integer.parseInt(escape.group(1), 16)));
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

	private static String render(ThemeDisplay themeDisplay) throws Exception {
		StringWriter markup = new StringWriter();
		PrintWriter writer = new PrintWriter(markup);
		RenderRequest request = fake(RenderRequest.class, Map.of(
			"getAttribute", args -> WebKeys.THEME_DISPLAY.equals(args[0]) ? themeDisplay : null,
			"getContextPath", args -> CONTEXT_PATH));
		RenderResponse response = fake(RenderResponse.class, Map.of(
			"getWriter", args -> writer,
			"setContentType", args -> null));

		new ChampionDirectoryPortlet().doView(request, response);

		writer.flush();
		return markup.toString();
	}

	/** The top-level elements, read by an XML parser: an attribute value that broke out would show as more of them. */
	private static List<Element> elementsOf(String markup) throws Exception {
		Node root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new InputSource(new StringReader("<markup>" + markup + "</markup>")))
			.getDocumentElement();
		List<Element> elements = new ArrayList<>();
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element) {
				elements.add((Element)child);
			}
		}
		return elements;
	}

	private static Map<String, String> attributes(Element element) {
		NamedNodeMap attributes = element.getAttributes();
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			values.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
		}
		return values;
	}

	/** Answers the named methods; other void methods do nothing, any other call fails the test. */
	private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
			Function<Object[], Object> answer = answers.get(method.getName());
			if (answer != null) {
				return answer.apply(args);
			}
			if (method.getName().equals("equals")) {
				return proxy == args[0];
			}
			if (method.getName().equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			if (method.getName().equals("toString")) {
				return "fake " + type.getSimpleName();
			}
			if (method.getReturnType() == void.class) {
				return null;
			}
			throw new UnsupportedOperationException("fake " + type.getSimpleName() + " has no answer for " + method.getName());
		}));
	}

}
