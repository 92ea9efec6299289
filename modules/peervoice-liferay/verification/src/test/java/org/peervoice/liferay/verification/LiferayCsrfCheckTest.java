package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import com.liferay.portal.kernel.security.auth.AuthToken;
import com.liferay.portal.kernel.security.auth.AuthTokenUtil;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.PortalUtil;
import com.liferay.portal.security.auth.SessionAuthToken;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * What the web component sends passes Liferay's own CSRF check, reads included. Liferay's
 * portal-session auth verifier calls {@code AuthTokenUtil.checkCSRFToken} for every request of a
 * signed-in session and treats a refusal as the guest (docs/liferay/access-and-auth.md). Here that
 * check is Liferay's real {@code SessionAuthToken}, configured by the portal's default
 * {@code portal.properties}, and the requests are what the shipped {@code pv-api.js} builds, run by
 * Node: this test knows no header name of its own.
 */
class LiferayCsrfCheckTest {

	private static final String API_BASE = "/o/peer-voice/v1.0";
	private static final long COMPANY_ID = 20097;
	private static final long USER_ID = 20123;

	@TempDir
	static Path workDirectory;

	private static ServiceRegistration<AuthToken> authToken;

	@BeforeAll
	static void wirePortal() throws Exception {
		BundleContext registry = PortalServiceRegistry.bundleContext();
		authToken = registry.registerService(AuthToken.class, new SessionAuthToken(), null);
		new PortalUtil().setPortal(fake(Portal.class, Map.of(
			"getCompanyId", args -> COMPANY_ID,
			"getUserId", args -> USER_ID)));
	}

	@AfterAll
	static void unwirePortal() {
		new PortalUtil().setPortal(null);
		authToken.unregister();
	}

	@Test
	void readsAndChangesTheComponentSendsPassLiferaysCheck() throws Exception {
		HttpSession session = session();
		String token = AuthTokenUtil.getToken(request("GET", "/web/guest/home", Map.of(), session));
		assertFalse(token == null || token.isEmpty(), "Liferay issued no token");

		List<SentRequest> sent = sentByTheComponent(token);
		assertEquals(List.of("GET", "POST", "PUT", "DELETE"), sent.stream().map(request -> request.method).collect(Collectors.toList()));
		for (SentRequest request : sent) {
			AuthTokenUtil.checkCSRFToken(request.toServletRequest(session), request.path());
		}
	}

	@Test
	void aReadWithoutTheTokenOrWithAnotherSessionsTokenIsRefused() throws Exception {
		HttpSession session = session();
		String token = AuthTokenUtil.getToken(request("GET", "/web/guest/home", Map.of(), session));
		HttpSession otherSession = session();
		String otherToken = AuthTokenUtil.getToken(request("GET", "/web/guest/home", Map.of(), otherSession));
		assertNotEquals(token, otherToken);

		SentRequest read = sentByTheComponent(token).get(0);
		SentRequest withoutToken = read.withoutHeaders();
		assertThrows(PrincipalException.MustHaveValidCSRFToken.class,
			() -> AuthTokenUtil.checkCSRFToken(withoutToken.toServletRequest(session), withoutToken.path()));
		assertThrows(PrincipalException.MustHaveValidCSRFToken.class,
			() -> AuthTokenUtil.checkCSRFToken(read.toServletRequest(otherSession), read.path()));
	}

	@Test
	void withoutATokenTheComponentSendsNoneAndLiferayRefusesTheSession() throws Exception {
		HttpSession session = session();
		AuthTokenUtil.getToken(request("GET", "/web/guest/home", Map.of(), session));

		for (SentRequest request : sentByTheComponent("")) {
			assertTrue(request.headers.keySet().stream().noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("csrf")), request.headers.toString());
			assertThrows(PrincipalException.class, () -> AuthTokenUtil.checkCSRFToken(request.toServletRequest(session), request.path()));
		}
	}

	/** Runs the shipped pv-api.js in Node with a recording fetch: one read and one change of each kind. */
	private static List<SentRequest> sentByTheComponent(String token) throws IOException, InterruptedException {
		Path directory = Files.createTempDirectory(workDirectory, "ui");
		// The component's modules as the bundle serves them (pv-api.js and whatever it may import).
		String folder = "META-INF/resources/peervoice-ui/";
		File bundle = BuiltBundles.holding(folder + "pv-api.js").get(0);
		for (String entry : BuiltBundles.entryNames(bundle)) {
			String name = entry.startsWith(folder) ? entry.substring(folder.length()) : "";
			if (name.endsWith(".js") && !name.contains("/")) {
				Files.write(directory.resolve(name), BuiltBundles.entry(bundle, entry));
			}
		}
		Files.writeString(directory.resolve("record.mjs"), String.join("\n",
			"import {PeerVoiceApi} from './pv-api.js';",
			"globalThis.fetch = async (url, init) => {",
			"  console.log('REQUEST ' + init.method + ' ' + url);",
			"  for (const [name, value] of Object.entries(init.headers)) console.log('HEADER ' + name + ': ' + value);",
			"  return new Response('{}', {status: 200});",
			"};",
			"const api = new PeerVoiceApi(process.argv[2], process.argv[3]);",
			"await api.get('/sites/20121/suggestions', {page: 1});",
			"await api.post('/sites/20121/suggestions', {title: 'A title'});",
			"await api.put('/sites/20121/settings', {});",
			"await api.delete('/sites/20121/suggestions/7/vote');",
			""), StandardCharsets.UTF_8);
		Path output = directory.resolve("output.txt");
		Process node;
		try {
			node = new ProcessBuilder("node", "record.mjs", API_BASE, token).directory(directory.toFile())
				.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		}
		catch (IOException noNode) {
			throw new AssertionError("This check runs pv-api.js with Node: apt-get install nodejs (.ci/run does this)", noNode);
		}
		if (!node.waitFor(60, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			fail("node took more than 60 s");
		}
		List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
		assertEquals(0, node.exitValue(), String.join("\n", lines));
		List<SentRequest> sent = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("REQUEST ")) {
				String[] parts = line.split(" ", 3);
				sent.add(new SentRequest(parts[1], parts[2], new LinkedHashMap<>()));
			}
			else if (line.startsWith("HEADER ")) {
				int colon = line.indexOf(": ");
				sent.get(sent.size() - 1).headers.put(line.substring("HEADER ".length(), colon), line.substring(colon + 2));
			}
		}
		return sent;
	}

	private static final class SentRequest {

		final String method;
		final String url;
		final Map<String, String> headers;

		SentRequest(String method, String url, Map<String, String> headers) {
			this.method = method;
			this.url = url;
			this.headers = headers;
		}

		String path() {
			return URI.create(url).getPath();
		}

		SentRequest withoutHeaders() {
			return new SentRequest(method, url, new LinkedHashMap<>());
		}

		HttpServletRequest toServletRequest(HttpSession session) {
			Map<String, String> parameters = new HashMap<>();
			String query = URI.create(url).getRawQuery();
			if (query != null) {
				for (String pair : query.split("&")) {
					String[] nameAndValue = pair.split("=", 2);
					parameters.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
						nameAndValue.length < 2 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
				}
			}
			Map<String, String> headersByLowerCaseName = new HashMap<>();
			headers.forEach((name, value) -> headersByLowerCaseName.put(name.toLowerCase(Locale.ROOT), value));
			return LiferayCsrfCheckTest.request(method, path(), parameters, session, headersByLowerCaseName);
		}

	}

	private static HttpServletRequest request(String method, String path, Map<String, String> parameters, HttpSession session) {
		return request(method, path, parameters, session, Map.of());
	}

	/** A servlet request as the servlet container hands it on: header names case-insensitive, query parameters as parameters. */
	private static HttpServletRequest request(String method, String path, Map<String, String> parameters, HttpSession session,
			Map<String, String> headersByLowerCaseName) {
		return fake(HttpServletRequest.class, Map.of(
			"getMethod", args -> method,
			"getRequestURI", args -> path,
			"getParameter", args -> parameters.get(args[0]),
			"getParameterMap", args -> Collections.unmodifiableMap(parameters),
			"getHeader", args -> headersByLowerCaseName.get(((String)args[0]).toLowerCase(Locale.ROOT)),
			"getSession", args -> session,
			"getAttribute", args -> null));
	}

	private static HttpSession session() {
		Map<String, Object> attributes = new HashMap<>();
		return fake(HttpSession.class, Map.of(
			"getAttribute", args -> attributes.get(args[0]),
			"setAttribute", args -> attributes.put((String)args[0], args[1]),
			"removeAttribute", args -> attributes.remove(args[0])));
	}

	/** Answers the named methods; other void methods do nothing, any other call fails the test. */
	private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
			Function<Object[], Object> answer = answers.get(method.getName());
			if (answer != null) {
				return answer.apply(args);
			}
			if (method.getName().equals("equals")) {
				return proxy == args[0];
			}
			if (method.getName().equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			if (method.getName().equals("toString")) {
				return "fake " + type.getSimpleName();
			}
			if (method.getReturnType() == void.class) {
				return null;
			}
			throw new UnsupportedOperationException("fake " + type.getSimpleName() + " has no answer for " + method.getName());
		}));
	}

}
