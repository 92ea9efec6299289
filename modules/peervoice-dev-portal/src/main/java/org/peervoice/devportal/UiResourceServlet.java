package org.peervoice.devportal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

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

	private final transient Map<String, Asset> assets = new ConcurrentHashMap<>();

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
		Asset asset;
		try {
			asset = assets.computeIfAbsent(path, unused -> Asset.read(resource));
		}
		catch (UncheckedIOException directoryOrUnreadable) {
			NotFoundServlet.send(response, PageText.forRequest(request));
			return;
		}
		response.setContentType(contentType);
		// Revalidated on every use, so a new release is picked up at once; an unchanged file costs a 304 and no body.
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("ETag", asset.etag);
		response.setHeader("Vary", "Accept-Encoding");
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (asset.etag.equals(request.getHeader("If-None-Match"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = asset.content;
		if (asset.gzipped.length < asset.content.length && acceptsGzip(request)) {
			response.setHeader("Content-Encoding", "gzip");
			body = asset.gzipped;
		}
		response.setContentLength(body.length);
		try (OutputStream out = response.getOutputStream()) {
			out.write(body);
		}
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		for (Enumeration<String> headers = request.getHeaders("Accept-Encoding"); headers.hasMoreElements();) {
			for (String coding : headers.nextElement().split(",")) {
				String[] parts = coding.trim().split(";");
				if ("gzip".equalsIgnoreCase(parts[0].trim()) && !(parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?"))) {
					return true;
				}
			}
		}
		return false;
	}

	/** A file of the UI jar, read and compressed once: the jar does not change while the portal runs. */
	private static final class Asset {

		final byte[] content;
		final byte[] gzipped;
		final String etag;

		private Asset(byte[] content) {
			this.content = content;
			this.gzipped = gzip(content);
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
				this.etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
			}
			catch (NoSuchAlgorithmException everyJavaHasIt) {
				throw new IllegalStateException(everyJavaHasIt);
			}
		}

		static Asset read(URL resource) {
			try (InputStream in = resource.openStream()) {
				return new Asset(in.readAllBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private static byte[] gzip(byte[] content) {
			ByteArrayOutputStream compressed = new ByteArrayOutputStream(content.length / 3 + 64);
			try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
				out.write(content);
			}
			catch (IOException inMemory) {
				throw new UncheckedIOException(inMemory);
			}
			return compressed.toByteArray();
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
