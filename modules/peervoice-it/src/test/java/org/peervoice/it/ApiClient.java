package org.peervoice.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Speaks to the PeerVoice API as one caller: a guest, a demo user over HTTP Basic, or a browser
 * session. Immutable; {@link #as}, {@link #withHeader} return changed copies. Paths are relative
 * to {@code /o/peer-voice/v1.0}, e.g. {@code "/sites/20121/suggestions"}. Every answer of the API
 * is checked against openapi.yaml ({@link OpenApiContract}) before the test sees it.
 */
public final class ApiClient {

	public static final String API_PATH = "o/peer-voice/v1.0";
	public static final String DEMO_PASSWORD = "demo";
	static final ObjectMapper JSON = new ObjectMapper();

	private final URI base;
	private final HttpClient http;
	private final Map<String, String> headers;
	private final String name;

	private ApiClient(URI base, HttpClient http, Map<String, String> headers, String name) {
		this.base = base;
		this.http = http;
		this.headers = headers;
		this.name = name;
	}

	public static ApiClient guest(URI base) {
		return new ApiClient(base, newHttpClient(null), new LinkedHashMap<>(), "guest");
	}

	static HttpClient newHttpClient(CookieManager cookies) {
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER);
		if (cookies != null) {
			builder.cookieHandler(cookies);
		}
		return builder.build();
	}

	/** The same caller, signed in with HTTP Basic as a demo user (password {@code demo}). */
	public ApiClient as(String screenName) {
		return as(screenName, DEMO_PASSWORD);
	}

	public ApiClient as(String screenName, String password) {
		String credentials = Base64.getEncoder().encodeToString((screenName + ":" + password).getBytes(StandardCharsets.UTF_8));
		return withHeader("Authorization", "Basic " + credentials).named(screenName);
	}

	public ApiClient withHeader(String header, String value) {
		Map<String, String> changed = new LinkedHashMap<>(headers);
		changed.put(header, value);
		return new ApiClient(base, http, changed, name);
	}

	ApiClient withHttpClient(HttpClient client, String newName) {
		return new ApiClient(base, client, headers, newName);
	}

	ApiClient named(String newName) {
		return new ApiClient(base, http, headers, newName);
	}

	public String name() {
		return name;
	}

	public URI base() {
		return base;
	}

	public ApiResponse get(String path) {
		return send("GET", path, null, null);
	}

	public ApiResponse delete(String path) {
		return send("DELETE", path, null, null);
	}

	/** POST of a JSON body: a {@code String} is sent as it is, anything else is serialized. */
	public ApiResponse post(String path, Object body) {
		return send("POST", path, body, "application/json");
	}

	public ApiResponse put(String path, Object body) {
		return send("PUT", path, body, "application/json");
	}

	public ApiResponse send(String method, String path, Object body, String contentType) {
		return sendTo(apiUri(path), method, body, contentType);
	}

	public URI apiUri(String path) {
		return base.resolve(API_PATH + path);
	}

	public ApiResponse sendTo(URI uri, String method, Object body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
		headers.forEach(request::header);
		request.header("Accept", "application/json, application/problem+json, */*");
		if (body == null) {
			request.method(method, BodyPublishers.noBody());
		}
		else {
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			request.method(method, BodyPublishers.ofString(body instanceof String ? (String) body : toJson(body), StandardCharsets.UTF_8));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (uri.getRawPath().startsWith("/" + API_PATH + "/")) {
				OpenApiContract.check(method, uri, response);
			}
			return new ApiResponse(method + " " + uri.getPath() + " as " + name, response);
		}
		catch (IOException e) {
			throw new UncheckedIOException(method + " " + uri + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static String toJson(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	/** A JSON object from alternating names and values, in order: {@code json("title", "x", "anonymous", true)}. */
	public static Map<String, Object> json(Object... namesAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			object.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return object;
	}

}
