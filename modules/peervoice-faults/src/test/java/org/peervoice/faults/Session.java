package org.peervoice.faults;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One user signed in on one node through the sign-in form, as a browser: the session cookie and the page's CSRF token. */
final class Session {

	static final String PASSWORD = "demo";
	private static final Pattern CSRF_TOKEN = Pattern.compile("csrf-token=\"([^\"]+)\"");
	private static final Pattern SIGN_IN_TOKEN = Pattern.compile("name=\"signInToken\" value=\"([^\"]+)\"");
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	private final HttpClient http;
	private final URI base;
	private final String cookie;
	private final String csrfToken;

	private Session(HttpClient http, URI base, String cookie, String csrfToken) {
		this.http = http;
		this.base = base;
		this.cookie = cookie;
		this.csrfToken = csrfToken;
	}

	static Session signIn(HttpClient http, URI base, String screenName) throws IOException, InterruptedException {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(base.resolve("sign-in")).timeout(REQUEST_TIMEOUT).GET().build(),
			BodyHandlers.ofString());
		Matcher signInToken = SIGN_IN_TOKEN.matcher(form.body());
		if (!signInToken.find()) {
			throw new IOException("no sign-in form: " + form.statusCode());
		}
		String signInCookie = cookies(form);
		String body = "username=" + URLEncoder.encode(screenName, StandardCharsets.UTF_8) + "&password=" + PASSWORD + "&signInToken="
			+ URLEncoder.encode(signInToken.group(1), StandardCharsets.UTF_8);
		String origin = "http://" + base.getHost() + ":" + base.getPort();
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("sign-in")).timeout(REQUEST_TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin).header("Cookie", signInCookie)
			.POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
		if (signedIn.statusCode() != 303) {
			throw new IOException("sign-in as " + screenName + " answered " + signedIn.statusCode());
		}
		String sessionCookie = cookies(signedIn);
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("sites/" + FaultNode.SITE)).timeout(REQUEST_TIMEOUT)
			.header("Cookie", sessionCookie).GET().build(), BodyHandlers.ofString());
		Matcher token = CSRF_TOKEN.matcher(page.body());
		if (!token.find()) {
			throw new IOException("no CSRF token on the page: " + page.statusCode());
		}
		return new Session(http, base, sessionCookie, token.group(1));
	}

	private static String cookies(HttpResponse<?> response) {
		List<String> setCookies = response.headers().allValues("Set-Cookie");
		StringBuilder cookies = new StringBuilder();
		for (String setCookie : setCookies) {
			if (cookies.length() > 0) {
				cookies.append("; ");
			}
			cookies.append(setCookie.split(";", 2)[0]);
		}
		return cookies.toString();
	}

	HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("o/peer-voice/v1.0" + path)).timeout(REQUEST_TIMEOUT)
			.header("Cookie", cookie).header("X-CSRF-Token", csrfToken).header("Accept", "application/json, application/problem+json");
		if (json == null) {
			request.method(method, BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		}
		return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static Optional<String> firstId(String json) {
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
		return id.find() ? Optional.of(id.group(1)) : Optional.empty();
	}

}
