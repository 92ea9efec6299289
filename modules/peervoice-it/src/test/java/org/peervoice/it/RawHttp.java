package org.peervoice.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 as bytes on a socket, for requests an HTTP client refuses to send (broken escapes, odd methods). */
public final class RawHttp {

	private RawHttp() {
	}

	/** {@code requestLineAndMore}: the request line, optionally followed by CRLF, headers, CRLF CRLF and a body. */
	public static Answer send(int port, String requestLineAndMore) throws IOException {
		String request = requestLineAndMore.contains("\r\n\r\n")
			? requestLineAndMore.replaceFirst("\r\n", "\r\nHost: localhost:" + port + "\r\nConnection: close\r\n")
			: requestLineAndMore + "\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n";
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return Answer.parse(all.toString(StandardCharsets.ISO_8859_1));
		}
	}

	public static final class Answer {

		private final int status;
		private final Map<String, String> headers;
		private final String body;

		private Answer(int status, Map<String, String> headers, String body) {
			this.status = status;
			this.headers = headers;
			this.body = body;
		}

		static Answer parse(String text) {
			int end = text.indexOf("\r\n\r\n");
			String head = end < 0 ? text : text.substring(0, end);
			String[] lines = head.split("\r\n");
			String[] statusLine = lines[0].split(" ");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
				}
			}
			return new Answer(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1, headers, end < 0 ? "" : text.substring(end + 4));
		}

		public int status() {
			return status;
		}

		public String header(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
		}

		public String body() {
			return body;
		}

		@Override
		public String toString() {
			return status + " " + headers + " " + (body.length() > 300 ? body.substring(0, 300) : body);
		}

	}

}
