package org.peervoice.portlet.site.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.servlet.http.HttpServletRequest;
import javax.xml.parsers.DocumentBuilderFactory;

import com.liferay.portal.kernel.security.auth.AuthToken;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
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
 * Renders the portlet as Liferay would (the real {@code HtmlUtil}, {@code AuthTokenUtil} with its
 * {@code AuthToken} in an OSGi registry, {@code PortalUtil}) for a holder of CONFIGURE on site
 * {@value #SITE_ID} and for users without it.
 */
class SiteSettingsPortletTest {

	private static final long SITE_ID = 20121;
	private static final String TOKEN = "Qm7tX2pa";
	private static final HttpServletRequest PORTAL_REQUEST = fake(HttpServletRequest.class, Map.of());

	@TempDir
	static Path frameworkStorage;

	@BeforeAll
	static void wirePortal() throws Exception {
		BundleContext registry = EmbeddedFramework.start(frameworkStorage);
		registry.registerService(AuthToken.class, fake(AuthToken.class, Map.of(
			"getToken", args -> args[0] == PORTAL_REQUEST ? TOKEN : null)), null);
		new PortalUtil().setPortal(fake(Portal.class, Map.of(
			"getHttpServletRequest", args -> PORTAL_REQUEST,
			"getPathModule", args -> "/o")));
		GroupLocalServiceUtil.setService(fake(GroupLocalService.class, Map.of("getGroup", args -> null)));
	}

	@AfterAll
	static void unwirePortal() throws Exception {
		GroupLocalServiceUtil.setService(null);
		new PortalUtil().setPortal(null);
		EmbeddedFramework.stop();
	}

	@Test
	void aHolderOfConfigureGetsTheSettingsElementWithItsContext() throws Exception {
		List<Element> elements = elementsOf(render(page(permissions(true, true), Locale.forLanguageTag("es-ES"))));

		assertEquals("pv-site-settings", elements.get(0).getTagName());
		assertEquals(Map.of(
			"site-id", String.valueOf(SITE_ID),
			"api-base", "/o/peer-voice/v1.0",
			"ui-base", "/o/peer-voice-web/peervoice-ui",
			"csrf-token", TOKEN,
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

	private static String withoutJavaScriptEscapes(String script) {
		return Pattern.compile("\\\\x([0-9a-fA-F]{2})").matcher(script)
			.replaceAll(escape -> String.valueOf((char)Integer.parseInt(escape.group(1), 16)));
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
		StringWriter markup = new StringWriter();
		PrintWriter writer = new PrintWriter(markup);
		RenderRequest request = fake(RenderRequest.class, Map.of(
			"getAttribute", args -> WebKeys.THEME_DISPLAY.equals(args[0]) ? themeDisplay : null,
			"getContextPath", args -> "/o" + SiteSettingsPortletKeys.WEB_CONTEXT_PATH));
		RenderResponse response = fake(RenderResponse.class, Map.of(
			"getWriter", args -> writer,
			"setContentType", args -> null));

		new SiteSettingsPortlet().doView(request, response);

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
