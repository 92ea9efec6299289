package org.peervoice.devportal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UiAssetsTest {

	private static Path dataDirectory;
	private static DevPortal portal;
	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws IOException {
		dataDirectory = Files.createTempDirectory("pv-ui-assets-test");
		portal = DevPortal.start(DevPortalSettings.defaults().port(0).dataDirectory(dataDirectory).seedDemoData(false));
	}

	@AfterAll
	static void stop() throws IOException {
		if (portal != null) {
			portal.close();
		}
		try (Stream<Path> paths = Files.walk(dataDirectory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {"/o/peer-voice-ui/pv-suggestion-box.js", "/o/peer-voice-ui/vendor/clay/atlas-subset.css"})
	void anUnchangedAssetIsNotDownloadedAgain(String path) throws Exception {
		HttpResponse<byte[]> first = CLIENT.send(get(path).build(), BodyHandlers.ofByteArray());
		assertEquals(200, first.statusCode());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());

		HttpResponse<byte[]> repeat = CLIENT.send(get(path).header("If-None-Match", etag).build(), BodyHandlers.ofByteArray());

		assertEquals(304, repeat.statusCode());
		assertEquals(0, repeat.body().length);
		assertEquals(etag, repeat.headers().firstValue("ETag").orElseThrow());
	}

	@ParameterizedTest
	@ValueSource(strings = {"/o/peer-voice-ui/pv-suggestion-box.js", "/o/peer-voice-ui/vendor/clay/atlas-subset.css"})
	void anAssetIsCompressedForBrowsersThatAcceptGzip(String path) throws Exception {
		HttpResponse<byte[]> plain = CLIENT.send(get(path).build(), BodyHandlers.ofByteArray());
		HttpResponse<byte[]> compressed = CLIENT.send(get(path).header("Accept-Encoding", "br, gzip, deflate").build(), BodyHandlers.ofByteArray());

		assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());
		assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElseThrow());
		assertTrue(compressed.body().length * 2 < plain.body().length, "compressed to less than half");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
			assertArrayEquals(plain.body(), in.readAllBytes());
		}
		assertEquals(plain.headers().firstValue("ETag"), compressed.headers().firstValue("ETag"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"gzip;q=0", "identity", "gzip; q=0.0"})
	void anAssetIsNotCompressedForClientsThatRefuseGzip(String acceptEncoding) throws Exception {
		HttpResponse<byte[]> response = CLIENT.send(get("/o/peer-voice-ui/pv-suggestion-box.js").header("Accept-Encoding", acceptEncoding).build(),
			BodyHandlers.ofByteArray());

		assertEquals(200, response.statusCode());
		assertFalse(response.headers().firstValue("Content-Encoding").isPresent());
	}

	@Test
	void pagesDeclareAnIconSoBrowsersDoNotAskForAMissingFavicon() throws Exception {
		HttpResponse<String> signIn = CLIENT.send(get("/sign-in").build(), BodyHandlers.ofString());

		assertTrue(signIn.body().contains("<link rel=\"icon\" href=\"data:,\">"));
	}

	private static HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + path));
	}

}
