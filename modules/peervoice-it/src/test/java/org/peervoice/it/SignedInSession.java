package org.peervoice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session: signed in through the dev portal's {@code /sign-in} form as a browser
 * does it (the form's token, the portal's own {@code Origin}), cookies kept.
 */
public final class SignedInSession {

	private static final Pattern CSRF_TOKEN = Pattern.compile("csrf-token=\"([^\"]+)\"");
	private static final Pattern SIGN_IN_TOKEN = Pattern.compile("name=\"signInToken\" value=\"([^\"]+)\"");

	private final URI base;
	private final HttpClient http;
	private final String csrfToken;
	private final String screenName;
	private final CookieManager cookies;

	private SignedInSession(URI base, HttpClient http, String csrfToken, String screenName, CookieManager cookies) {
		this.base = base;
		this.http = http;
		this.csrfToken = csrfToken;
		this.screenName = screenName;
		this.cookies = cookies;
	}

	public static SignedInSession signIn(URI base, String screenName) {
		CookieManager cookies = new CookieManager();
		HttpClient http = ApiClient.newHttpClient(cookies);
		HttpResponse<String> formPage = send(http, HttpRequest.newBuilder(base.resolve("sign-in")).GET().build());
		Matcher signInToken = SIGN_IN_TOKEN.matcher(formPage.body());
		if (!signInToken.find()) {
			throw new AssertionError("no sign-in token in the form: " + formPage.statusCode() + " " + formPage.body());
		}
		String form = "username=" + URLEncoder.encode(screenName, StandardCharsets.UTF_8) + "&password=" + ApiClient.DEMO_PASSWORD
			+ "&signInToken=" + URLEncoder.encode(signInToken.group(1), StandardCharsets.UTF_8);
		String origin = base.getScheme() + "://" + base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : "");
		HttpResponse<String> signedIn = send(http, HttpRequest.newBuilder(base.resolve("sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", origin).POST(BodyPublishers.ofString(form)).build());
		assertEquals(303, signedIn.statusCode(), () -> "sign-in as " + screenName + ": " + signedIn.body());
		HttpResponse<String> page = send(http, HttpRequest.newBuilder(base.resolve("sites/20121")).GET().build());
		Matcher token = CSRF_TOKEN.matcher(page.body());
		if (!token.find()) {
			throw new AssertionError("no csrf-token on the intranet page: " + page.statusCode() + " " + page.body());
		}
		return new SignedInSession(base, http, token.group(1), screenName, cookies);
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(request.uri() + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The session cookie's value: an identifier the application must never store for anonymous items. */
	public String sessionId() {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID")).map(cookie -> cookie.getValue())
			.findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
	}

	/** The session's own client (its cookie jar), for requests {@link ApiClient} cannot express. */
	public HttpClient httpClient() {
		return http;
	}

	public String csrfToken() {
		return csrfToken;
	}

	/** API calls carried by the session cookie alone, as a forged cross-site request would be. */
	public ApiClient apiWithoutToken() {
		return ApiClient.guest(base).withHttpClient(http, screenName + " (session, no token)");
	}

	public ApiClient apiWithToken() {
		return ApiClient.guest(base).withHeader("X-CSRF-Token", csrfToken).withHttpClient(http, screenName + " (session)");
	}

}
