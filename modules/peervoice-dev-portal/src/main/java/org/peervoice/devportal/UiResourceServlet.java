package org.peervoice.devportal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /o/peer-voice-ui/**}: the UI jar's {@code META-INF/resources/peervoice-ui/**} files, as
 * Liferay serves a module's web resources at {@code /o/<web-context-path>}. Only files with a
 * known type; no listings, no way out of the folder.
 */
final class UiResourceServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;
	private static final String ROOT = "META-INF/resources/peervoice-ui";
	private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]*)+");
	private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
		Map.entry("js", "text/javascript;charset=UTF-8"),
		Map.entry("mjs", "text/javascript;charset=UTF-8"),
		Map.entry("css", "text/css;charset=UTF-8"),
		Map.entry("json", "application/json;charset=UTF-8"),
		Map.entry("map", "application/json;charset=UTF-8"),
		Map.entry("properties", "text/plain;charset=UTF-8"),
		Map.entry("html", "text/html;charset=UTF-8"),
		Map.entry("svg", "image/svg+xml"),
		Map.entry("png", "image/png"),
		Map.entry("ico", "image/x-icon"),
		Map.entry("woff", "font/woff"),
		Map.entry("woff2", "font/woff2"),
		Map.entry("ttf", "font/ttf"));

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getPathInfo();
		String contentType = path == null ? null : CONTENT_TYPES.get(extension(path));
		URL resource = contentType != null && SAFE_PATH.matcher(path).matches() && !path.contains("..")
			? UiResourceServlet.class.getClassLoader().getResource(ROOT + path)
			: null;
		if (resource == null) {
			NotFoundServlet.send(response, PageText.forRequest(request));
			return;
		}
		if (!isFile(resource)) {
			NotFoundServlet.send(response, PageText.forRequest(request));
			return;
		}
		byte[] content;
		try (InputStream in = resource.openStream()) {
			content = in.readAllBytes();
		}
		catch (IOException directoryOrUnreadable) {
			NotFoundServlet.send(response, PageText.forRequest(request));
			return;
		}
		response.setContentType(contentType);
		response.setContentLength(content.length);
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (OutputStream out = response.getOutputStream()) {
			out.write(content);
		}
	}

	/** A folder on the class path would otherwise be read as its listing. */
	private static boolean isFile(URL resource) {
		if (!"file".equals(resource.getProtocol())) {
			return true;
		}
		try {
			return Files.isRegularFile(Paths.get(resource.toURI()));
		}
		catch (URISyntaxException | IllegalArgumentException unusual) {
			return false;
		}
	}

	private static String extension(String path) {
		int dot = path.lastIndexOf('.');
		int slash = path.lastIndexOf('/');
		return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

}
