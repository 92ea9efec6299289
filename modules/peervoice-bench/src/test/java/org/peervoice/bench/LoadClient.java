package org.peervoice.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The load benchmark's HTTP/1.1 client: what attendees' browsers do, on the benchmark's machine. Its own CPU shares the
 * cores with the portal and PostgreSQL (docs/benchmarks.md, town hall), so the lighter the better: Apache HttpClient 5's
 * blocking client with a connection pool ({@code apache}, the default) took 0.09 ms of CPU per 304 and 0.135 ms per full
 * live view where the JDK's took 0.24 and 0.32 ms; the JDK's ({@code jdk}, {@code -Dpeervoice.townHallLoad.client=jdk})
 * stays for comparison.
 */
interface LoadClient extends AutoCloseable {

	String APACHE = "apache";
	String JDK = "jdk";

	/** A status, body and ETag. */
	final class Answer {

		private final int status;
		private final String body;
		private final String etag;

		Answer(int status, String body, String etag) {
			this.status = status;
			this.body = body;
			this.etag = etag;
		}

		int statusCode() {
			return status;
		}

		String body() {
			return body;
		}

		Optional<String> etag() {
			return Optional.ofNullable(etag);
		}

	}

	String name();

	/**
	 * Sends one request with JSON in and out; {@code body} and {@code etag} may be null. A successful answer's body is
	 * read to its end but kept as text only with {@code keepBody} (an error's always).
	 */
	Answer send(URI uri, String method, String authorization, String body, String etag, boolean keepBody) throws IOException, InterruptedException;

	@Override
	void close() throws IOException;

	static LoadClient named(String name, int connections) {
		if (JDK.equals(name)) {
			return new Jdk();
		}
		if (APACHE.equals(name)) {
			return new Apache(connections);
		}
		throw new IllegalArgumentException("peervoice.townHallLoad.client: " + APACHE + " or " + JDK + ", not " + name);
	}

	/** Apache HttpClient 5, classic (blocking) API: one pooled connection per request in flight, no retries or redirects. */
	final class Apache implements LoadClient {

		private final CloseableHttpClient client;
		private final ThreadLocal<byte[]> discarded = ThreadLocal.withInitial(() -> new byte[16 * 1024]);

		Apache(int connections) {
			PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(connections)
				.setMaxConnPerRoute(connections)
				.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(10)).setSocketTimeout(Timeout.ofSeconds(60)).build())
				.build();
			client = HttpClients.custom()
				.setConnectionManager(pool)
				.disableAutomaticRetries()
				.disableRedirectHandling()
				.disableCookieManagement()
				.disableContentCompression()
				.disableAuthCaching()
				.build();
		}

		@Override
		public String name() {
			return APACHE;
		}

		@Override
		public Answer send(URI uri, String method, String authorization, String body, String etag, boolean keepBody) throws IOException {
			ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(uri)
				.addHeader("Authorization", authorization)
				.addHeader("Accept", "application/json");
			if (etag != null) {
				request.addHeader("If-None-Match", etag);
			}
			if (body != null) {
				request.setEntity(body, ContentType.APPLICATION_JSON);
			}
			return client.execute(request.build(), response -> {
				Header tag = response.getFirstHeader("ETag");
				String text = "";
				if (response.getEntity() != null) {
					if (keepBody || response.getCode() >= 300) {
						text = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
					}
					else {
						// read to the end, as a page would, without making text of it
						try (InputStream in = response.getEntity().getContent()) {
							while (in.read(discarded.get()) >= 0) {
								// nothing kept
							}
						}
					}
				}
				return new Answer(response.getCode(), text, tag == null ? null : tag.getValue());
			});
		}

		@Override
		public void close() throws IOException {
			client.close();
		}

	}

	/** The JDK's {@code java.net.http.HttpClient} (the benchmark's client until 2026-12-04). */
	final class Jdk implements LoadClient {

		private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

		@Override
		public String name() {
			return JDK;
		}

		@Override
		public Answer send(URI uri, String method, String authorization, String body, String etag, boolean keepBody)
			throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
				.header("Authorization", authorization)
				.header("Accept", "application/json");
			if (etag != null) {
				request.header("If-None-Match", etag);
			}
			if (body != null) {
				request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null));
		}

		@Override
		public void close() {
			// the JDK's client has no close before Java 21
		}

	}

}
