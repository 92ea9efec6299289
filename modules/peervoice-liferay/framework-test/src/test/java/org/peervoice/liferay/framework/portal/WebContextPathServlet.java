package org.peervoice.liferay.framework.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;

/**
 * Serves a bundle's {@code META-INF/resources} under its {@code Web-ContextPath}, as Liferay
 * serves them under {@code /o}: the scripts, styles and language files the portlets' markup
 * points the browser to.
 */
final class WebContextPathServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient Bundle bundle;

	WebContextPathServlet(Bundle bundle) {
		this.bundle = bundle;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getPathInfo();
		URL entry = path == null || path.contains("..") ? null : bundle.getEntry("META-INF/resources" + path);
		if (entry == null || path.endsWith("/")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setContentType(contentType(path));
		try (InputStream in = entry.openStream(); OutputStream out = response.getOutputStream()) {
			in.transferTo(out);
		}
	}

	private static String contentType(String path) {
		if (path.endsWith(".js")) {
			return "text/javascript;charset=UTF-8";
		}
		if (path.endsWith(".css")) {
			return "text/css;charset=UTF-8";
		}
		if (path.endsWith(".svg")) {
			return "image/svg+xml";
		}
		if (path.endsWith(".json")) {
			return "application/json";
		}
		return "text/plain;charset=UTF-8";
	}

}
