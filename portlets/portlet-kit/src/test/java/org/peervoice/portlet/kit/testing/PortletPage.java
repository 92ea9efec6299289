package org.peervoice.portlet.kit.testing;

import static org.peervoice.portlet.kit.testing.Fakes.fake;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.servlet.http.HttpServletRequest;
import javax.xml.parsers.DocumentBuilderFactory;

import com.liferay.portal.kernel.model.Layout;
import com.liferay.portal.kernel.security.auth.AuthToken;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.GroupLocalServiceUtil;
import com.liferay.portal.kernel.service.LayoutLocalService;
import com.liferay.portal.kernel.service.LayoutLocalServiceUtil;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.PortalUtil;
import com.liferay.portal.kernel.util.WebKeys;

import org.osgi.framework.BundleContext;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A portlet rendered as Liferay would: the real {@code HtmlUtil}, {@code AuthTokenUtil} with its
 * {@code AuthToken} in an OSGi registry (an embedded framework), {@code PortalUtil} with modules
 * under {@code /o}, and a page's {@code ThemeDisplay}. The token exists only for the portal request
 * behind the portlet request, as Liferay's does.
 */
public final class PortletPage {

	public static final String TOKEN = "Qm7tX2pa";

	/** The site (Liferay group id) the pages render. */
	public static final long SITE_ID = 20121;

	private static final HttpServletRequest PORTAL_REQUEST = fake(HttpServletRequest.class, Map.of());

	/** The site's pages that hold a widget: portlet name to the page's plid, and each page's friendly URL. */
	private static final Map<String, Long> WIDGET_PAGES = new HashMap<>();
	private static final Map<Long, String> FRIENDLY_URLS = new HashMap<>();

	/** What a portlet does in its view: usually {@code new XPortlet()::doView} from the portlet's package. */
	@FunctionalInterface
	public interface View {
		void render(RenderRequest request, RenderResponse response) throws Exception;
	}

	private PortletPage() {
	}

	public static void wirePortal(Path frameworkStorage) throws Exception {
		BundleContext registry = EmbeddedFramework.start(frameworkStorage);
		registry.registerService(AuthToken.class, fake(AuthToken.class, Map.of(
			"getToken", args -> args[0] == PORTAL_REQUEST ? TOKEN : null)), null);
		new PortalUtil().setPortal(fake(Portal.class, Map.of(
			"getHttpServletRequest", args -> PORTAL_REQUEST,
			"getPathModule", args -> "/o",
			// as Liferay's: the plid of the site's page holding the widget, LayoutConstants.DEFAULT_PLID (0) for none
			"getPlidFromPortletId", args -> (Long)args[0] == SITE_ID ? WIDGET_PAGES.getOrDefault((String)args[args.length - 1], 0L) : 0L,
			"getLayoutFriendlyURL", args -> FRIENDLY_URLS.get(((Layout)args[0]).getPlid()))));
		// ThemeDisplay.setScopeGroupId looks the group up.
		GroupLocalServiceUtil.setService(fake(GroupLocalService.class, Map.of("getGroup", args -> null)));
		LayoutLocalServiceUtil.setService(fake(LayoutLocalService.class, Map.of("fetchLayout", args -> FRIENDLY_URLS.containsKey((Long)args[0])
			? fake(Layout.class, Map.of("getPlid", layoutArgs -> args[0])) : null)));
	}

	/** Puts the widget on the site's page {@code plid}, whose friendly URL is {@code friendlyUrl}. */
	public static void placeWidget(String portletId, long plid, String friendlyUrl) {
		WIDGET_PAGES.put(portletId, plid);
		FRIENDLY_URLS.put(plid, friendlyUrl);
	}

	/** No page of the site holds any widget. */
	public static void removeWidgets() {
		WIDGET_PAGES.clear();
		FRIENDLY_URLS.clear();
	}

	public static void unwirePortal() throws Exception {
		removeWidgets();
		LayoutLocalServiceUtil.setService(null);
		GroupLocalServiceUtil.setService(null);
		new PortalUtil().setPortal(null);
		EmbeddedFramework.stop();
	}

	/** The markup {@code view} writes for the page, with {@code contextPath} as the portlet's context path. */
	public static String render(View view, ThemeDisplay themeDisplay, String contextPath) throws Exception {
		StringWriter markup = new StringWriter();
		PrintWriter writer = new PrintWriter(markup);
		RenderRequest request = fake(RenderRequest.class, Map.of(
			"getAttribute", args -> WebKeys.THEME_DISPLAY.equals(args[0]) ? themeDisplay : null,
			"getContextPath", args -> contextPath));
		RenderResponse response = fake(RenderResponse.class, Map.of(
			"getWriter", args -> writer,
			"setContentType", args -> null));
		view.render(request, response);
		writer.flush();
		return markup.toString();
	}

	/** The top-level elements, read by an XML parser: an attribute value that broke out would show as more of them. */
	public static List<Element> elementsOf(String markup) throws Exception {
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

	public static Map<String, String> attributes(Element element) {
		NamedNodeMap attributes = element.getAttributes();
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			values.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
		}
		return values;
	}

	/** A script as the browser reads it: {@code HtmlUtil.escapeJS} writes some characters as {@code \xNN}. */
	public static String withoutJavaScriptEscapes(String script) {
		return Pattern.compile("\\\\x([0-9a-fA-F]{2})").matcher(script)
			.replaceAll(escape -> String.valueOf((char)Integer.parseInt(escape.group(1), 16)));
	}

}
