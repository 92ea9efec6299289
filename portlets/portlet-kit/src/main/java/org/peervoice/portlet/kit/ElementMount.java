package org.peervoice.portlet.kit;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import com.liferay.portal.kernel.security.auth.AuthTokenUtil;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.PortalUtil;
import com.liferay.portal.kernel.util.WebKeys;

/**
 * The mount point of a PeerVoice web component in a portlet: the element with the context every
 * component reads (the site as Liferay group id, where the API and the shared UI files are, the
 * CSRF token {@code p_auth} the component sends with every request, the locale), then a classic
 * script that imports its modules. Every PeerVoice portlet writes its element through this class
 * (bnd copies the package into each portlet bundle), so the attributes mean the same everywhere.
 */
public final class ElementMount {

	/** Where the REST API is, below the portal's module path ({@code /o}). */
	public static final String API_PATH = "/peer-voice/v1.0";

	/** Where org.peervoice.web serves the modules and messages every PeerVoice component shares. */
	public static final String SHARED_UI_PATH = "/peer-voice-web/peervoice-ui";

	/** The model resource the PeerVoice permissions are granted on (declared by org.peervoice.web). */
	public static final String PEER_VOICE_RESOURCE = "org.peervoice";

	private final PrintWriter writer;
	private final String modulePath;
	private final String name;

	private ElementMount(PrintWriter writer, String modulePath, String name) {
		this.writer = writer;
		this.modulePath = modulePath;
		this.name = name;
	}

	/** Starts the element {@code name} with the context attributes; add more, then {@link #closeImporting}. */
	public static ElementMount open(RenderRequest renderRequest, RenderResponse renderResponse, String name) throws IOException {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
		renderResponse.setContentType("text/html");
		ElementMount mount = new ElementMount(renderResponse.getWriter(), PortalUtil.getPathModule(), name);
		mount.writer.print('<');
		mount.writer.print(name);
		mount.attribute("site-id", String.valueOf(themeDisplay.getScopeGroupId()));
		mount.attribute("api-base", mount.modulePath + API_PATH);
		mount.attribute("ui-base", mount.sharedUi(""));
		mount.attribute("csrf-token", AuthTokenUtil.getToken(PortalUtil.getHttpServletRequest(renderRequest)));
		mount.attribute("locale", themeDisplay.getLocale().toLanguageTag());
		return mount;
	}

	/** The attribute only when it has a value: the element's default applies otherwise. */
	public ElementMount attributeUnlessEmpty(String attribute, String value) {
		return value == null || value.isEmpty() ? this : attribute(attribute, value);
	}

	public ElementMount attribute(String attribute, String value) {
		writer.print(' ');
		writer.print(attribute);
		writer.print("=\"");
		writer.print(HtmlUtil.escapeAttribute(value));
		writer.print('"');
		return this;
	}

	/** The address of a shared module, e.g. {@code sharedUi("pv-site-settings.js")}; "" gives the folder. */
	public String sharedUi(String module) {
		return modulePath + SHARED_UI_PATH + (module.isEmpty() ? "" : "/" + module);
	}

	/**
	 * Closes the element and imports the modules (absolute addresses) with a classic script:
	 * Liferay's single-page navigation inserts a page's portlets without running their
	 * {@code type="module"} scripts, and {@code import()} evaluates each module once per browser page
	 * however often it is asked.
	 */
	public void closeImporting(List<String> modules) {
		writer.print("></");
		writer.print(name);
		writer.print("><script>");
		for (String module : modules) {
			writer.print("import(\"" + HtmlUtil.escapeJS(module) + "\").catch(function (error) { console.error(error); });");
		}
		writer.print("</script>");
	}

}
