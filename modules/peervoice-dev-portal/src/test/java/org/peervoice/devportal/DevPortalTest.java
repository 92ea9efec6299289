package org.peervoice.devportal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.peervoice.devportal.fixtures.RawHttp;
import org.peervoice.rest.problem.ProblemTexts;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(OrderAnnotation.class)
class DevPortalTest {

	private static final String SUGGESTIONS = "o/peer-voice/v1.0/sites/20121/suggestions";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String RECOGNITIONS = "o/peer-voice/v1.0/sites/20121/recognitions";
	private static final String NEW_SUGGESTION = "{\"title\":\"More shadowing shifts for new peers\",\"body\":\"New peer specialists would settle in faster with two more shadowing shifts.\","
		+ "\"category\":\"supervision-and-training\",\"anonymous\":false}";

	private static Path dataDirectory;
	private static Path configDirectory;
	private static Path secretFile;
	private static DevPortal portal;
	private static HttpClient client = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws IOException {
		dataDirectory = Files.createTempDirectory("pv-dev-portal-test");
		configDirectory = Files.createTempDirectory("pv-dev-portal-config");
		secretFile = configDirectory.resolve("peervoice").resolve("server-secret");
		portal = DevPortal.start(settings(dataDirectory));
	}

	private static DevPortalSettings settings(Path data) {
		return DevPortalSettings.defaults().port(0).dataDirectory(data).serverSecretFile(secretFile);
	}

	@AfterAll
	static void stop() throws IOException {
		if (portal != null) {
			portal.close();
		}
		for (Path directory : new Path[] {dataDirectory, configDirectory}) {
			deleteRecursively(directory);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	@Test
	void listensOnThePortItPicked() {
		assertTrue(portal.port() > 0);
		assertEquals(URI.create("http://localhost:" + portal.port() + "/"), portal.baseUri());
	}

	/* Weld opens no request, session or conversation context (DevPortal's context mapping): no bean may need one. */
	@Test
	void noBeanLivesInAnHttpScope() {
		assertEquals(List.of(), portal.httpScopedBeans());
	}

	@Test
	void guestsAreSentToTheSignInPage() throws Exception {
		HttpResponse<String> home = client.send(get("").build(), BodyHandlers.ofString());
		assertEquals(302, home.statusCode());
		assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/sign-in"));

		HttpResponse<String> signIn = client.send(get("sign-in").build(), BodyHandlers.ofString());
		assertEquals(200, signIn.statusCode());
		assertTrue(signIn.body().contains("name=\"username\""));
		assertTrue(signIn.body().contains("/o/peer-voice-ui/vendor/clay/atlas-subset.css"));
	}

	@Test
	void signInPageSpeaksSpanishWhenAsked() throws Exception {
		HttpResponse<String> signIn = client.send(get("sign-in").header("Accept-Language", "es-MX,es;q=0.9").build(), BodyHandlers.ofString());
		assertTrue(signIn.body().contains("<html lang=\"es\">"));
		assertTrue(signIn.body().contains("Iniciar sesión"));
	}

	@Test
	void wrongBasicCredentialsAreA401WithAChallenge() throws Exception {
		HttpResponse<String> response = client.send(get("o/peer-voice/v1.0/sites").header("Authorization", basic("lee", "wrong")).build(), BodyHandlers.ofString());
		assertEquals(401, response.statusCode());
		assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
		assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
		assertTrue(response.body().contains("not-signed-in"));
	}

	@Test
	void basicCredentialsListTheUsersSites() throws Exception {
		HttpResponse<String> lee = client.send(get("o/peer-voice/v1.0/sites").header("Authorization", basic("lee", "demo")).build(), BodyHandlers.ofString());
		assertEquals(200, lee.statusCode());
		assertTrue(lee.body().contains("Riverside Community Clinic"));
		assertTrue(lee.body().contains("Northside Recovery Center"));

		HttpResponse<String> alex = client.send(get("o/peer-voice/v1.0/sites").header("Authorization", basic("alex", "demo")).build(), BodyHandlers.ofString());
		assertEquals(200, alex.statusCode());
		assertFalse(alex.body().contains("Northside"));
	}

	@Test
	void aSiteTheUserIsNotAMemberOfIsUnknown() throws Exception {
		HttpResponse<String> response = client.send(get("o/peer-voice/v1.0/sites/20145/suggestions").header("Authorization", basic("alex", "demo")).build(),
			BodyHandlers.ofString());
		assertEquals(404, response.statusCode());
	}

	@Test
	void basicAuthenticatedChangesNeedNoCsrfToken() throws Exception {
		HttpResponse<String> response = client.send(post(SUGGESTIONS, NEW_SUGGESTION).header("Authorization", basic("casey", "demo")).build(), BodyHandlers.ofString());
		assertEquals(201, response.statusCode(), response.body());
	}

	@Test
	void signedInPageMountsTheSuggestionBoxWithTheSessionsToken() throws Exception {
		HttpClient browser = browser();
		signIn(browser, "lee");
		HttpResponse<String> page = browser.send(get("").build(), BodyHandlers.ofString());
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("<pv-suggestion-box site-id=\"20121\" api-base=\"/o/peer-voice/v1.0\" ui-base=\"/o/peer-voice-ui\" csrf-token=\""));
		assertTrue(page.body().contains("user-name=\"Lee Park\""));
		assertTrue(page.body().contains("<script type=\"module\" src=\"/o/peer-voice-ui/pv-suggestion-box.js\"></script>"));
		assertTrue(page.body().contains("href=\"/sites/20145\""));
		assertFalse(csrfToken(page.body()).isEmpty());

		HttpResponse<String> northside = browser.send(get("sites/20145?lang=es").build(), BodyHandlers.ofString());
		assertEquals(200, northside.statusCode());
		assertTrue(northside.body().contains("site-id=\"20145\""));
		assertTrue(northside.body().contains("locale=\"es\""));
	}

	@Test
	void aSiteOutsideTheUsersSitesIsNotFound() throws Exception {
		HttpClient browser = browser();
		signIn(browser, "alex");
		assertEquals(404, browser.send(get("sites/20145").build(), BodyHandlers.ofString()).statusCode());
	}

	@Test
	void sessionChangesWithoutTheCsrfTokenAreForbidden() throws Exception {
		HttpClient browser = browser();
		signIn(browser, "alex");
		HttpResponse<String> withoutToken = browser.send(post(SUGGESTIONS, NEW_SUGGESTION).build(), BodyHandlers.ofString());
		assertEquals(403, withoutToken.statusCode());
		assertTrue(withoutToken.body().contains("csrf-token-missing"));

		HttpResponse<String> wrongToken = browser.send(post(SUGGESTIONS, NEW_SUGGESTION).header("X-CSRF-Token", "forged").build(), BodyHandlers.ofString());
		assertEquals(403, wrongToken.statusCode());

		String token = csrfToken(browser.send(get("").build(), BodyHandlers.ofString()).body());
		HttpResponse<String> withToken = browser.send(post(SUGGESTIONS, NEW_SUGGESTION).header("X-CSRF-Token", token).build(), BodyHandlers.ofString());
		assertEquals(201, withToken.statusCode(), withToken.body());

		HttpResponse<String> withPAuth = browser.send(post(SUGGESTIONS + "?p_auth=" + token, NEW_SUGGESTION).build(), BodyHandlers.ofString());
		assertEquals(201, withPAuth.statusCode(), withPAuth.body());
	}

	@Test
	void readsAcceptTheTokenTheComponentSendsWithEveryRequestAndNeedItNot() throws Exception {
		HttpClient browser = browser();
		signIn(browser, "alex");
		String token = csrfToken(browser.send(get("").build(), BodyHandlers.ofString()).body());

		HttpResponse<String> withToken = browser.send(get(SUGGESTIONS).header("X-CSRF-Token", token).build(), BodyHandlers.ofString());
		assertEquals(200, withToken.statusCode(), withToken.body());
		assertEquals(200, browser.send(get(SUGGESTIONS).build(), BodyHandlers.ofString()).statusCode());
		HttpResponse<String> basic = client.send(get(SUGGESTIONS).header("Authorization", basic("alex", "demo")).build(), BodyHandlers.ofString());
		assertEquals(200, basic.statusCode(), basic.body());
	}

	@Test
	void signingOutNeedsTheTokenAndEndsTheSession() throws Exception {
		HttpClient browser = browser();
		signIn(browser, "casey");
		String token = csrfToken(browser.send(get("").build(), BodyHandlers.ofString()).body());
		assertEquals(403, browser.send(form("sign-out", "p_auth=forged").build(), BodyHandlers.ofString()).statusCode());
		assertEquals(200, browser.send(get("").build(), BodyHandlers.ofString()).statusCode());

		assertEquals(303, browser.send(form("sign-out", "p_auth=" + token).build(), BodyHandlers.ofString()).statusCode());
		assertEquals(302, browser.send(get("").build(), BodyHandlers.ofString()).statusCode());
	}

	@Test
	void wrongPasswordInTheFormDoesNotSignIn() throws Exception {
		HttpClient browser = browser();
		HttpResponse<String> response = browser.send(signInForm(browser, "username=alex&password=nope").build(), BodyHandlers.ofString());
		assertEquals(401, response.statusCode());
		assertTrue(response.body().contains("alert-danger"));
		assertEquals(302, browser.send(get("").build(), BodyHandlers.ofString()).statusCode());
	}

	@Test
	void aSignInFromAnotherSiteOrWithoutTheFormsTokenIsRefused() throws Exception {
		HttpClient browser = browser();
		String rightPassword = "username=lee&password=demo";
		// no token at all, as a cross-site form would post it
		assertEquals(403, browser.send(form("sign-in", rightPassword).header("Origin", "https://evil.example").build(), BodyHandlers.ofString()).statusCode());
		assertEquals(403, browser.send(form("sign-in", rightPassword).header("Origin", origin()).build(), BodyHandlers.ofString()).statusCode());
		// the right token, but another origin, a look-alike origin, or neither Origin nor Referer
		for (String foreign : new String[] { "https://evil.example", "http://localhost.evil.example:" + portal.port(), "http://localhost:1", "null" }) {
			HttpRequest forged = signInForm(browser, rightPassword).setHeader("Origin", foreign).build();
			assertEquals(403, browser.send(forged, BodyHandlers.ofString()).statusCode(), foreign);
		}
		String page = browser.send(get("sign-in").build(), BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"signInToken\" value=\"([^\"]+)\"").matcher(page);
		assertTrue(token.find());
		HttpResponse<String> noOrigin = browser.send(form("sign-in", rightPassword + "&signInToken=" + token.group(1)).build(), BodyHandlers.ofString());
		assertEquals(403, noOrigin.statusCode());
		assertTrue(noOrigin.body().contains("alert-danger"));
		HttpResponse<String> cookieFromAnotherBrowser = HttpClient.newHttpClient().send(
			form("sign-in", rightPassword + "&signInToken=" + token.group(1)).header("Origin", origin()).build(), BodyHandlers.ofString());
		assertEquals(403, cookieFromAnotherBrowser.statusCode());
		assertEquals(302, browser.send(get("").build(), BodyHandlers.ofString()).statusCode(), "none of these signed the browser in");

		assertEquals(403, browser.send(signInForm(browser, rightPassword, "Referer", "https://evil.example/sign-in").build(), BodyHandlers.ofString())
			.statusCode());
		HttpRequest sameOriginReferer = signInForm(browser, rightPassword, "Referer", origin() + "/sign-in?lang=es").build();
		assertEquals(303, browser.send(sameOriginReferer, BodyHandlers.ofString()).statusCode());
		assertEquals(200, browser.send(get("").build(), BodyHandlers.ofString()).statusCode());
	}

	@Test
	void signingInGivesTheBrowserANewSessionId() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(get("sign-in?lang=es").build(), BodyHandlers.ofString());
		String before = sessionId(cookies);
		signIn(browser, "alex");
		String after = sessionId(cookies);
		assertFalse(after.isEmpty());
		assertFalse(after.equals(before), "the session id must change at sign-in");
	}

	private static String sessionId(CookieManager cookies) {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID")).map(cookie -> cookie.getValue())
			.findFirst().orElse("");
	}

	@Test
	void errorsTomcatAnswersItselfUnderTheApiAreProblemDetailsWithTheSecurityHeaders() throws Exception {
		String api = "/o/peer-voice/v1.0";
		String[] requests = {
			"GET " + api + "/suggestions/%00 HTTP/1.1", "GET " + api + "/suggestions/a%2Fb HTTP/1.1", "GET " + api + "/suggestions/%ZZ HTTP/1.1",
			"GET " + api + "/suggestions/..%2f..%2fsites HTTP/1.1", "TRACE " + api + "/sites HTTP/1.1",
			"OPTIONS " + api + "/sites HTTP/1.1", "BREW " + api + "/sites HTTP/1.1", "GET " + api + "/suggestions/%C0%BC HTTP/1.1",
			"GET " + api + "/sites?page=%ZZ HTTP/1.1", "GET " + api + "/sites/20121/suggestions?category=%ED%A0%80 HTTP/1.1",
			"GET " + api + "/suggestions/a\\b HTTP/1.1", "GET " + api + "/sites/" + "9".repeat(9000) + " HTTP/1.1",
			"POST " + api + "/sites/20121/suggestions HTTP/1.1\r\nContent-Type: application/json, text/plain\r\nContent-Length: 2\r\n\r\n{}",
			"POST " + api + "/sites/20121/suggestions HTTP/1.1\r\nContent-Type: application/json; charset=latin1\r\nContent-Length: 2\r\n\r\n{}",
		};
		for (String request : requests) {
			RawHttp.Answer answer = RawHttp.send(portal.port(), request);
			assertTrue(answer.status() >= 400 && answer.status() < 500, request + " -> " + answer);
			assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), request + " -> " + answer);
			assertTrue(answer.body().contains("\"status\":" + answer.status()), request + " -> " + answer);
			assertEquals("nosniff", answer.header("X-Content-Type-Options"), request + " -> " + answer);
			assertEquals("no-store", answer.header("Cache-Control"), request + " -> " + answer);
		}
		RawHttp.Answer page = RawHttp.send(portal.port(), "GET /sites/%ZZ HTTP/1.1");
		assertEquals(400, page.status());
		assertFalse(page.header("Content-Type").contains("problem"), "pages outside the API keep their HTML errors");
	}

	@Test
	void problemsTheHostWritesItselfAnswerInTheRequestsLanguage() throws Exception {
		String api = "/o/peer-voice/v1.0";
		for (String request : new String[] { "GET " + api + "/suggestions/a%2Fb HTTP/1.1", "TRACE " + api + "/sites HTTP/1.1",
			"GET " + api + "/suggestions/%ZZ HTTP/1.1" }) {
			RawHttp.Answer english = RawHttp.send(portal.port(), request);
			RawHttp.Answer spanish = RawHttp.send(portal.port(), request + "\r\nAccept-Language: es-ES,es;q=0.9");
			String englishTitle = new ObjectMapper().readTree(english.utf8Body()).path("title").asText();
			String spanishTitle = new ObjectMapper().readTree(spanish.utf8Body()).path("title").asText();
			assertEquals(ProblemTexts.instance().translate(englishTitle, "es"), spanishTitle, request);
			assertNotEquals(englishTitle, spanishTitle, request);
		}
		HttpClient browser = browser();
		signIn(browser, "alex");
		HttpResponse<String> withoutToken = browser.send(post(SUGGESTIONS, NEW_SUGGESTION).header("Accept-Language", "es").build(), BodyHandlers.ofString());
		assertEquals(403, withoutToken.statusCode());
		assertEquals("Este cambio necesita el token CSRF de la p\u00e1gina; vuelva a cargar la p\u00e1gina e int\u00e9ntelo de nuevo.",
			new ObjectMapper().readTree(withoutToken.body()).path("title").asText());
	}

	@Test
	void servesTheUiFilesWithTheirTypesAndNothingElse() throws Exception {
		HttpResponse<String> css = client.send(get("o/peer-voice-ui/vendor/clay/atlas.css").build(), BodyHandlers.ofString());
		assertEquals(200, css.statusCode());
		assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));

		assertEquals(404, client.send(get("o/peer-voice-ui/vendor/clay/").build(), BodyHandlers.ofString()).statusCode());
		assertEquals(404, client.send(get("o/peer-voice-ui/vendor").build(), BodyHandlers.ofString()).statusCode());
		assertEquals(404, client.send(get("o/peer-voice-ui/%2e%2e/%2e%2e/META-INF/MANIFEST.MF").build(), BodyHandlers.ofString()).statusCode());
		assertEquals(404, client.send(get("o/peer-voice-ui/org/peervoice/devportal/DevPortal.class").build(), BodyHandlers.ofString()).statusCode());
	}

	@Test
	void keepsTheServerSecretOwnerOnlyAndOutsideTheData() throws Exception {
		assertTrue(Files.readAllLines(secretFile).get(0).matches("[A-Za-z0-9+/]{43}="), "one Base64 key of 32 bytes");
		if (secretFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile)));
		}
		try (Stream<Path> data = Files.walk(dataDirectory)) {
			assertFalse(data.anyMatch(path -> path.getFileName().toString().contains("secret")), "no secret beside the database files");
		}
	}

	@Test
	void refusesASecretFileInsideTheDataDirectory() throws Exception {
		Path otherData = Files.createTempDirectory("pv-dev-portal-inside");
		try {
			for (Path inside : List.of(otherData.resolve("server-secret"), otherData.resolve("db").resolve("..").resolve("keys").resolve("secret"))) {
				IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new FileServerSecret(inside, otherData));
				assertTrue(refused.getMessage().contains("inside the data directory"), refused.getMessage());
			}
			assertFalse(FileServerSecret.isInside(secretFile, otherData));
			assertThrows(RuntimeException.class, () -> DevPortal.start(settings(otherData).serverSecretFile(otherData.resolve("server-secret"))).close(),
				"a portal does not start with its secret beside its database");
		}
		finally {
			deleteRecursively(otherData);
		}
	}

	@Test
	void movesASecretFromTheDataDirectoryOutAsAPreviousKey() throws Exception {
		Path oldData = Files.createTempDirectory("pv-dev-portal-old");
		Path config = Files.createTempDirectory("pv-dev-portal-old-config");
		try {
			byte[] legacy = new byte[32];
			new SecureRandom().nextBytes(legacy);
			Files.write(oldData.resolve("server-secret"), legacy);
			FileServerSecret moved = new FileServerSecret(config.resolve("server-secret"), oldData);
			assertEquals(2, moved.keys().size());
			assertFalse(Arrays.equals(legacy, moved.key()), "the key that lay beside the database is no longer current");
			assertArrayEquals(legacy, moved.keys().get(1));
			assertFalse(Files.exists(oldData.resolve("server-secret")));
			assertArrayEquals(moved.key(), new FileServerSecret(config.resolve("server-secret"), oldData).key());
		}
		finally {
			deleteRecursively(oldData);
			deleteRecursively(config);
		}
	}

	@Test
	void aSecondPortalRunsBesideTheFirstWithItsOwnData() throws Exception {
		Path otherData = Files.createTempDirectory("pv-dev-portal-second");
		try (DevPortal second = DevPortal.start(settings(otherData).seedDemoData(false))) {
			assertTrue(second.port() != portal.port());
			HttpResponse<String> sites = client.send(HttpRequest.newBuilder(second.baseUri().resolve("o/peer-voice/v1.0/sites"))
				.header("Authorization", basic("admin", "demo")).build(), BodyHandlers.ofString());
			assertEquals(200, sites.statusCode(), sites.body());
			HttpResponse<String> unseeded = client.send(HttpRequest.newBuilder(second.baseUri().resolve(SUGGESTIONS + "?view=queue&pageSize=1"))
				.header("Authorization", basic("admin", "demo")).build(), BodyHandlers.ofString());
			assertEquals(200, unseeded.statusCode(), unseeded.body());
			assertTrue(unseeded.body().contains("\"totalCount\":0"), "the second portal sees another database's data: " + unseeded.body());
		}
		finally {
			try (Stream<Path> paths = Files.walk(otherData)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		assertTrue(queueSize() > 0);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void seedsDemoDataOnlyOnTheFirstStart() throws Exception {
		long seeded = queueSize();
		assertTrue(seeded >= 6, "seeded " + seeded);
		long recognitions = totalCount(RECOGNITIONS + "/mine?pageSize=1", "sofia") + boardSize("", "priya");
		assertTrue(boardSize("", "priya") >= 40, "six months of recognitions on the board");
		assertTrue(boardSize("&period=MONTH", "priya") < boardSize("", "priya"),
			"back-dated across months");
		HttpResponse<String> sofias = client.send(get(RECOGNITIONS + "/mine?pageSize=100").header("Authorization", basic("sofia", "demo")).build(),
			BodyHandlers.ofString());
		assertTrue(sofias.body().contains("\"consent\":\"PENDING\""), "Sofía asked first and left some waiting: " + sofias.body());
		byte[] secret = Files.readAllBytes(secretFile);
		portal.close();
		portal = DevPortal.start(settings(dataDirectory));
		assertEquals(seeded, queueSize());
		assertEquals(recognitions, totalCount(RECOGNITIONS + "/mine?pageSize=1", "sofia") + boardSize("", "priya"),
			"recognitions are seeded once");
		assertEquals(Base64.getEncoder().encodeToString(secret), Base64.getEncoder().encodeToString(Files.readAllBytes(secretFile)));
	}

	/** The recognitions the board shows the person with the filter ("&period=MONTH"), page by page (it is not counted). */
	private static long boardSize(String filter, String screenName) throws Exception {
		long size = 0;
		for (int page = 1; ; page++) {
			HttpResponse<String> found = client.send(get(RECOGNITIONS + "?pageSize=100&page=" + page + filter)
				.header("Authorization", basic(screenName, "demo")).build(), BodyHandlers.ofString());
			assertEquals(200, found.statusCode(), found.body());
			JsonNode body = JSON.readTree(found.body());
			size += body.path("items").size();
			if (!body.path("hasMore").asBoolean()) {
				assertTrue(body.path("hasMore").isBoolean(), found.body());
				return size;
			}
		}
	}

	private static long totalCount(String path, String screenName) throws Exception {
		HttpResponse<String> page = client.send(get(path).header("Authorization", basic(screenName, "demo")).build(), BodyHandlers.ofString());
		assertEquals(200, page.statusCode(), page.body());
		Matcher totalCount = Pattern.compile("\"totalCount\":(\\d+)").matcher(page.body());
		assertTrue(totalCount.find(), page.body());
		return Long.parseLong(totalCount.group(1));
	}

	private static long queueSize() throws Exception {
		HttpResponse<String> queue = client.send(get(SUGGESTIONS + "?view=queue&pageSize=1").header("Authorization", basic("admin", "demo")).build(),
			BodyHandlers.ofString());
		assertEquals(200, queue.statusCode(), queue.body());
		Matcher totalCount = Pattern.compile("\"totalCount\":(\\d+)").matcher(queue.body());
		assertTrue(totalCount.find(), queue.body());
		return Long.parseLong(totalCount.group(1));
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private static void signIn(HttpClient browser, String screenName) throws Exception {
		HttpResponse<String> response = browser.send(signInForm(browser, "username=" + screenName + "&password=demo").build(), BodyHandlers.ofString());
		assertEquals(303, response.statusCode());
	}

	/** The sign-in form as a browser sends it: with the form's token and this portal's origin. */
	private static HttpRequest.Builder signInForm(HttpClient browser, String fields) throws Exception {
		return signInForm(browser, fields, "Origin", origin());
	}

	private static HttpRequest.Builder signInForm(HttpClient browser, String fields, String originHeader, String origin) throws Exception {
		String page = browser.send(get("sign-in").build(), BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"signInToken\" value=\"([^\"]+)\"").matcher(page);
		assertTrue(token.find(), page);
		return form("sign-in", fields + "&signInToken=" + token.group(1)).header(originHeader, origin);
	}

	private static String origin() {
		return "http://localhost:" + portal.port();
	}

	private static String csrfToken(String page) {
		Matcher token = Pattern.compile("csrf-token=\"([^\"]*)\"").matcher(page);
		assertTrue(token.find(), page);
		return token.group(1);
	}

	private static HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(portal.baseUri().resolve(path)).GET();
	}

	private static HttpRequest.Builder post(String path, String json) {
		return HttpRequest.newBuilder(portal.baseUri().resolve(path)).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8));
	}

	private static HttpRequest.Builder form(String path, String body) {
		return HttpRequest.newBuilder(portal.baseUri().resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
