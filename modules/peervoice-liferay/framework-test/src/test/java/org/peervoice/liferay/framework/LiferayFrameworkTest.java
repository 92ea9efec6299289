package org.peervoice.liferay.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Every PeerVoice bundle in the OSGi runtime Liferay 7.4 ships (Equinox 3.13, Felix SCR, the Aries
 * JAX-RS Whiteboard 2.0.0 on CXF 3.4.10 with the Geronimo JAX-RS 2.1 API), against Liferay's real
 * API classes, with a stand-in only for what the portal itself provides (listed in
 * docs/liferay/verification.md, "Framework harness"). The portlets are rendered through the
 * portlet API and the REST API is called over HTTP as the Liferay adapter identifies the caller.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiferayFrameworkTest {

	private static final long RIVERSIDE = 20121;
	private static final long NORTHSIDE = 20122;
	private static final String API = "/o/peer-voice/v1.0";
	private static final String ADAPTER = "org.peervoice.liferay";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private static LiferayRuntime portal;
	private static String championsSuggestion;

	@BeforeAll
	static void startPortal() throws Exception {
		portal = LiferayRuntime.start(new File("target").getAbsoluteFile());
		awaitApplication();
	}

	@AfterAll
	static void stopPortal() throws Exception {
		if (portal != null) {
			portal.stop();
		}
	}

	@Test
	@Order(1)
	void everyBundleModuleOfTheBuildIsStartedAlongsideTheRuntime() throws Exception {
		Set<String> installed = portal.ours().stream().map(Bundle::getSymbolicName).collect(Collectors.toCollection(TreeSet::new));
		Set<String> missing = new TreeSet<>(bundleModules(false));
		missing.removeAll(installed);
		assertEquals(Set.of(), missing, "bundle modules missing from this module's pom (add them as provided dependencies)");
		List<String> notActive = new ArrayList<>();
		for (Bundle bundle : portal.context().getBundles()) {
			if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null && bundle.getState() != Bundle.ACTIVE) {
				notActive.add(bundle.getSymbolicName() + " state " + bundle.getState());
			}
		}
		assertEquals(List.of(), notActive);
		assertTrue(portal.context().getBundle(0).getSymbolicName().startsWith("org.eclipse.osgi"), "the framework is Equinox");
	}

	@Test
	@Order(1)
	void everyComponentOfOurBundlesIsSatisfiedThePortalLifecycleRanCleanlyAndTheSchemaIsMigrated() throws Exception {
		Map<String, String> components = portal.portal(Map.of("op", "components"));
		assertFalse(components.isEmpty());
		Map<String, String> notSatisfied = new LinkedHashMap<>();
		components.forEach((name, state) -> {
			if (!state.equals("ACTIVE") && !state.equals("SATISFIED")) {
				notSatisfied.put(name, state);
			}
		});
		assertEquals(Map.of(), notSatisfied);
		assertEquals(List.of(), portal.portal(Map.of("op", "problems")));
		List<String> migrations = portal.portal(Map.of("op", "migrations"));
		assertEquals("1", migrations.get(0), "the service bundle migrated the portal database at activation: " + migrations);
	}

	@Test
	@Order(1)
	void theAdapterIdentifiesCallersAndPublishesThePortalDataSource() throws Exception {
		ServiceReference<?>[] resolvers = portal.context().getServiceReferences("org.peervoice.rest.IdentityResolver", null);
		assertEquals(1, resolvers.length);
		assertEquals(ADAPTER, resolvers[0].getBundle().getSymbolicName());
		ServiceReference<?>[] dataSources = portal.context().getServiceReferences("javax.sql.DataSource", "(peervoice.datasource=*)");
		assertEquals(1, dataSources.length);
		assertEquals(ADAPTER, dataSources[0].getBundle().getSymbolicName());
	}

	@Test
	@Order(1)
	void theWhiteboardApplicationIsUnderOWithoutTheServerSecretAmongItsProperties() throws Exception {
		ServiceReference<?>[] applications = portal.context().getServiceReferences("javax.ws.rs.core.Application", "(osgi.jaxrs.name=PeerVoice.REST)");
		assertEquals(1, applications.length);
		assertEquals("/peer-voice", applications[0].getProperty("osgi.jaxrs.application.base"));
		for (String key : applications[0].getPropertyKeys()) {
			assertFalse(key.toLowerCase(Locale.ROOT).contains("secret"), "service property " + key + " would show the server secret to anyone");
		}
	}

	@Test
	@Order(1)
	void theAdapterCreatedTheSiteRolesAndGrantedTheirDefaults() throws Exception {
		Map<String, List<String>> roles = portal.portal(Map.of("op", "roles"));
		assertTrue(roles.get("Site Member").containsAll(List.of("VIEW", "SUBMIT", "VOTE")), roles.toString());
		assertFalse(roles.get("Site Member").contains("REVIEW"), roles.toString());
		assertTrue(roles.get("Peer Champion").contains("MANAGE_OWN_LISTING"), roles.toString());
		assertTrue(roles.get("Peer Voice Leadership").containsAll(List.of("REVIEW", "RESPOND")), roles.toString());
	}

	@Test
	@Order(2)
	void everyPortletRendersItsWebComponentThroughThePortletApiWithEverythingItLoads() throws Exception {
		Set<String> portletBundles = bundleModules(true);
		Set<String> rendered = new HashSet<>();
		ServiceReference<?>[] portlets = portal.context().getServiceReferences("javax.portlet.Portlet", null);
		assertNotNull(portlets, "no javax.portlet.Portlet service");
		// A site administrator may use every widget (the settings widget only shows its element to holders of CONFIGURE).
		Session sam = signIn("sam");
		for (ServiceReference<?> portlet : portlets) {
			String bundle = portlet.getBundle().getSymbolicName();
			if (!bundle.startsWith("org.peervoice.")) {
				continue;
			}
			String name = (String)portlet.getProperty("javax.portlet.name");
			Map<String, Object> page = render(name, sam.id, RIVERSIDE, "es-ES");
			String markup = (String)page.get("markup");
			String contextPath = (String)page.get("contextPath");

			Map<String, String> component = element(markup, "pv-[a-z-]+");
			assertEquals(String.valueOf(RIVERSIDE), component.get("site-id"), markup);
			assertEquals(API, component.get("api-base"), markup);
			assertEquals(sam.token, component.get("csrf-token"), markup);
			assertEquals("es-ES", component.get("locale"), markup);
			assertTrue(!component.containsKey("user-name") || "Sam Ortiz".equals(component.get("user-name")), markup);
			assertTrue(component.get("ui-base").startsWith("/o/"), markup);
			String title = (String)page.get("title");
			assertTrue(title != null && !title.isBlank() && !title.startsWith("javax.portlet"), "portlet title " + title);

			// A classic script (Liferay's single-page navigation skips type="module") that imports the modules.
			Map<String, String> script = element(markup, "script");
			assertEquals(Map.of(), script, markup);
			Matcher imported = Pattern.compile("import\\(\"([^\"]+)\"\\)").matcher(Pattern.compile("\\\\x([0-9a-fA-F]{2})").matcher(markup)
				.replaceAll(escape -> String.valueOf((char)Integer.parseInt(escape.group(1), 16))));
			assertTrue(imported.find(), "no import() in " + markup);
			do {
				assertServedWithItsImports(imported.group(1));
			}
			while (imported.find());
			Object css = portlet.getProperty("com.liferay.portlet.header-portlet-css");
			if (css != null && !css.toString().startsWith("http")) {
				assertEquals(200, get(contextPath + css).statusCode(), contextPath + css);
			}

			String guestMarkup = (String)render(name, null, RIVERSIDE, "en-US").get("markup");
			if (guestMarkup.contains("<pv-")) {
				assertEquals("", element(guestMarkup, "pv-[a-z-]+").get("user-name"), guestMarkup);
			}
			rendered.add(bundle);
		}
		assertEquals(portletBundles, rendered, "bundles of portlets/* that rendered a portlet");
	}

	@Test
	@Order(3)
	void aSignedInChampionPostsAndLeadershipReviewsThroughTheAdaptersIdentity() throws Exception {
		Session casey = signIn("casey");
		HttpResponse<String> created = send("POST", "/sites/" + RIVERSIDE + "/suggestions", casey,
			"{\"title\":\"Shadowing shifts for new peers\",\"body\":\"Two more shadowing shifts would help new peer staff.\","
				+ "\"category\":\"workplace-culture\",\"anonymous\":false,\"confirmPrivacyWarnings\":false}");
		assertEquals(201, created.statusCode(), created.body());
		championsSuggestion = created.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

		Session alex = signIn("alex");
		HttpResponse<String> anonymous = send("POST", "/sites/" + RIVERSIDE + "/suggestions", alex,
			"{\"title\":\"A quiet room for breaks\",\"body\":\"Peer staff need somewhere calm between groups.\","
				+ "\"category\":\"workplace-culture\",\"anonymous\":true,\"confirmPrivacyWarnings\":false}");
		assertEquals(201, anonymous.statusCode(), anonymous.body());
		assertTrue(anonymous.body().contains("\"receipt\""), anonymous.body());

		Session lee = signIn("lee");
		assertEquals(403, send("GET", "/sites/" + RIVERSIDE + "/suggestions?view=queue", alex, null).statusCode());
		HttpResponse<String> queue = send("GET", "/sites/" + RIVERSIDE + "/suggestions?view=queue", lee, null);
		assertEquals(200, queue.statusCode(), queue.body());
		assertTrue(queue.body().contains("Shadowing shifts for new peers"), queue.body());
		// anonymous items reach reviewers only once mixed (docs/privacy.md, "Storage order")
		assertFalse(queue.body().contains("A quiet room for breaks"), queue.body());
		HttpResponse<String> published = send("POST", "/suggestions/" + championsSuggestion + "/publish", lee, "{}");
		assertEquals(200, published.statusCode(), published.body());
		assertEquals(201, send("POST", "/suggestions/" + championsSuggestion + "/votes", alex, "{}").statusCode());
		// votes are keyed with the node's server secret, which the service bundle created owner-only
		assertEquals(409, send("POST", "/suggestions/" + championsSuggestion + "/votes", alex, "{}").statusCode());
		Path secret = Path.of(System.getProperty("peervoice.server.secret.file"));
		assertEquals(1, Files.readAllLines(secret).size());
		if (secret.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
		}

		HttpResponse<String> sites = send("GET", "/sites", lee, null);
		assertEquals(200, sites.statusCode(), sites.body());
		assertTrue(sites.body().contains("Riverside Community Clinic") && !sites.body().contains("Northside"), sites.body());
	}

	@Test
	@Order(4)
	void theGuestAndASessionWithoutItsCsrfTokenGet401ProblemDetails() throws Exception {
		String suggestion = "{\"title\":\"x\",\"body\":\"y\",\"category\":\"other\",\"anonymous\":false,\"confirmPrivacyWarnings\":false}";
		for (Session caller : new Session[] {null, new Session(signIn("casey").id, null)}) {
			HttpResponse<String> refused = send("POST", "/sites/" + RIVERSIDE + "/suggestions", caller, suggestion);
			assertEquals(401, refused.statusCode(), refused.body());
			assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), refused.headers().toString());
		}
	}

	@Test
	@Order(4)
	void aMemberOfAnotherSiteSeesNeitherTheSiteNorItsItems() throws Exception {
		Session noor = signIn("noor");
		HttpResponse<String> sites = send("GET", "/sites", noor, null);
		assertEquals(200, sites.statusCode(), sites.body());
		assertTrue(sites.body().contains("Northside Recovery Center") && !sites.body().contains("Riverside"), sites.body());
		// docs/api-contract.md: ids from another site are unknown items, answered like an id that does not exist
		HttpResponse<String> item = send("GET", "/suggestions/" + championsSuggestion, noor, null);
		HttpResponse<String> unknown = send("GET", "/suggestions/" + UUID.randomUUID(), noor, null);
		assertEquals(404, item.statusCode(), item.body());
		assertEquals(unknown.body(), item.body());
		assertTrue(item.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
		HttpResponse<String> posted = send("POST", "/sites/" + RIVERSIDE + "/suggestions", noor,
			"{\"title\":\"x\",\"body\":\"y\",\"category\":\"other\",\"anonymous\":false,\"confirmPrivacyWarnings\":false}");
		assertEquals(404, posted.statusCode(), posted.body());
		assertEquals(404, send("GET", "/sites/99999/suggestions", noor, null).statusCode());
		assertEquals(200, send("GET", "/sites/" + NORTHSIDE + "/suggestions", noor, null).statusCode());
	}

	/** A signed-in session and the CSRF token a page of it carries. */
	private static final class Session {

		final String id;
		final String token;

		Session(String id, String token) {
			this.id = id;
			this.token = token;
		}

	}

	/** Signs in and takes the CSRF token from a rendered portlet, as the browser would. */
	private static Session signIn(String user) throws Exception {
		String sessionId = portal.portal(Map.of("op", "signIn", "user", user));
		ServiceReference<?>[] portlets = portal.context().getServiceReferences("javax.portlet.Portlet", null);
		for (ServiceReference<?> portlet : portlets) {
			String markup = (String)render((String)portlet.getProperty("javax.portlet.name"), sessionId, RIVERSIDE, "en-US").get("markup");
			if (markup.contains("<pv-")) {
				return new Session(sessionId, element(markup, "pv-[a-z-]+").get("csrf-token"));
			}
		}
		throw new AssertionError("no portlet rendered an element for " + user);
	}

	private static Map<String, Object> render(String portlet, String sessionId, long site, String locale) throws Exception {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("op", "render");
		request.put("portlet", portlet);
		request.put("session", sessionId);
		request.put("site", site);
		request.put("locale", locale);
		return portal.portal(request);
	}

	/** The attributes of the first element whose name matches. */
	private static Map<String, String> element(String markup, String namePattern) {
		Matcher element = Pattern.compile("<(" + namePattern + ")((?:\\s+[a-z-]+=\"[^\"]*\")*)\\s*/?>").matcher(markup);
		assertTrue(element.find(), "no <" + namePattern + "> in " + markup);
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = Pattern.compile("([a-z-]+)=\"([^\"]*)\"").matcher(element.group(2));
		while (attribute.find()) {
			attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<"));
		}
		return attributes;
	}

	/** The module and every module it imports (relative or under /o), transitively, are served with a script type. */
	private static void assertServedWithItsImports(String src) throws Exception {
		Pattern imports = Pattern.compile("(?:import|from)\\s*['\"]((?:\\./|\\.\\./|/o/)[^'\"]+)['\"]");
		Deque<String> pending = new ArrayDeque<>(List.of(src));
		Set<String> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			String path = URI.create(pending.pop()).normalize().toString();
			if (!seen.add(path)) {
				continue;
			}
			HttpResponse<String> module = get(path);
			assertEquals(200, module.statusCode(), path);
			assertTrue(module.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), path);
			Matcher imported = imports.matcher(module.body());
			while (imported.find()) {
				pending.add(URI.create(path).resolve(imported.group(1)).toString());
			}
		}
		assertTrue(seen.size() > 1, "the component imports no module: " + seen);
	}

	/** Symbolic names of the bundle modules in the source tree (those under portlets/ only, if asked). */
	private static Set<String> bundleModules(boolean portletsOnly) throws IOException {
		Path root = Path.of(System.getProperty("peervoice.source.root", "../../.."));
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root, 4)) {
			for (Path bnd : files.filter(path -> path.getFileName().toString().equals("bnd.bnd")).collect(Collectors.toList())) {
				Path module = root.relativize(bnd.getParent());
				if (module.toString().contains("target") || (portletsOnly && !module.startsWith("portlets"))) {
					continue;
				}
				for (String line : Files.readAllLines(bnd, StandardCharsets.UTF_8)) {
					if (line.startsWith("Bundle-SymbolicName:")) {
						names.add(line.substring("Bundle-SymbolicName:".length()).split(";")[0].trim());
					}
				}
			}
		}
		assertFalse(names.isEmpty(), "no bnd.bnd under " + root.toAbsolutePath());
		return names;
	}

	private static HttpResponse<String> get(String absolutePath) throws IOException, InterruptedException {
		return request("GET", absolutePath, null, null);
	}

	private static HttpResponse<String> send(String method, String path, Session session, String json) throws IOException, InterruptedException {
		return request(method, API + path, session, json);
	}

	private static HttpResponse<String> request(String method, String absolutePath, Session session, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.origin() + absolutePath)).timeout(Duration.ofSeconds(30));
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session.id);
			if (session.token != null) {
				request.header("X-CSRF-Token", session.token);
			}
		}
		if (json == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json");
			request.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void awaitApplication() throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		String last = "no answer";
		while (System.currentTimeMillis() < deadline) {
			try {
				HttpResponse<String> response = send("GET", "/sites", null, null);
				if (response.statusCode() != 404 && response.statusCode() != 503) {
					return;
				}
				last = response.statusCode() + " " + response.body();
			}
			catch (IOException ioException) {
				last = ioException.toString();
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The PeerVoice application never answered at " + portal.origin() + API + ": " + last + "\n" + portal.bundleStates());
	}

}
