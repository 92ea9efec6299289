package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.peervoice.liferay.verification.standin.StandInActivator;

/**
 * The service bundle in a real OSGi framework of the kind Liferay runs: Apache Felix with
 * Felix SCR (Declarative Services), the Aries JAX-RS Whiteboard on CXF (the implementation
 * Liferay 7.4 ships) and the Felix HTTP whiteboard on Jetty. The portal's part is played by a
 * stand-in bundle built here: an HSQLDB DataSource in place of the portal's, and demo users
 * over HTTP Basic in place of the Liferay adapter's IdentityResolver.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OsgiFrameworkTest {

	private static final String DATABASE = "jdbc:hsqldb:file:" + new File("target/osgi-database/peervoice").getAbsolutePath()
		+ ";hsqldb.lock_file=false;hsqldb.write_delay=false";

	private static final File SECRET_FILE = new File("target/osgi-secret/server-secret");

	private static final String LANGUAGE_RESOURCES = "liferay.language.resources";

	private static Framework framework;
	private static String base;
	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@BeforeAll
	static void startFramework() throws Exception {
		int port = freePort();
		base = "http://127.0.0.1:" + port + "/peer-voice/v1.0";
		deleteRecursively(new File("target/osgi-database"));
		deleteRecursively(SECRET_FILE.getParentFile());
		System.setProperty("peervoice.osgi.database", DATABASE);
		System.setProperty("peervoice.server.secret.file", SECRET_FILE.getAbsolutePath());
		Map<String, String> configuration = new HashMap<>();
		configuration.put(Constants.FRAMEWORK_STORAGE, new File("target/osgi-framework").getAbsolutePath());
		configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		configuration.put("org.osgi.service.http.port", String.valueOf(port));
		configuration.put("org.apache.felix.http.host", "127.0.0.1");
		configuration.put("felix.log.level", System.getProperty("felix.log.level", "1"));
		framework = new FrameworkFactory().newFramework(configuration);
		framework.start();

		List<Bundle> bundles = new ArrayList<>();
		File[] runtime = new File(System.getProperty("peervoice.osgi.runtime", "target/osgi-runtime")).listFiles();
		Arrays.sort(runtime);
		for (File jar : runtime) {
			bundles.add(install(jar));
		}
		bundles.add(install(standInBundle()));
		bundles.add(install(BuiltBundles.bySymbolicName(BuiltBundles.SERVICE)));
		bundles.add(install(BuiltBundles.bySymbolicName(BuiltBundles.WEB)));
		List<String> failures = new ArrayList<>();
		for (Bundle bundle : bundles) {
			if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
				try {
					bundle.start();
				}
				catch (BundleException bundleException) {
					failures.add(bundle.getSymbolicName() + " does not start: " + bundleException.getMessage());
				}
			}
		}
		assertEquals(new ArrayList<String>(), failures);
		awaitApplication();
	}

	@AfterAll
	static void stopFramework() throws Exception {
		if (framework != null) {
			framework.stop();
			framework.waitForStop(30000);
		}
	}

	@Test
	@Order(1)
	void everyBundleIsActive() {
		List<String> notActive = new ArrayList<>();
		for (Bundle bundle : framework.getBundleContext().getBundles()) {
			boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
			if (!fragment && bundle.getState() != Bundle.ACTIVE) {
				notActive.add(bundle.getSymbolicName() + " state " + bundle.getState());
			}
		}
		assertEquals(new ArrayList<String>(), notActive);
	}

	@Test
	@Order(1)
	void theWhiteboardApplicationHidesTheServerSecret() throws Exception {
		// All references: the test class path (release.portal.api) has its own javax.ws.rs, which the system bundle would compare with the bundles'.
		ServiceReference<?>[] applications = framework.getBundleContext().getAllServiceReferences("javax.ws.rs.core.Application",
			"(osgi.jaxrs.name=PeerVoice.REST)");
		assertEquals(1, applications.length);
		assertEquals("/peer-voice", applications[0].getProperty("osgi.jaxrs.application.base"));
		for (String key : applications[0].getPropertyKeys()) {
			assertFalse(key.toLowerCase().contains("secret"), "service property " + key + " would show the server secret to anyone");
		}
	}

	@Test
	@Order(2)
	void answersTheRestApiOverHttp() throws Exception {
		HttpResponse<String> sites = send("GET", "/sites", "alex", null);
		assertEquals(200, sites.statusCode(), sites.body());
		assertTrue(sites.body().contains("Riverside Community Clinic"), sites.body());
	}

	@Test
	@Order(3)
	void storesASuggestionThroughJpaInTheMigratedSchema() throws Exception {
		HttpResponse<String> created = send("POST", "/sites/20121/suggestions", "alex",
			"{\"title\":\"A quiet room for breaks\",\"body\":\"Peer staff need somewhere calm between groups.\","
				+ "\"category\":\"workplace-culture\",\"anonymous\":true,\"confirmPrivacyWarnings\":false}");
		assertEquals(201, created.statusCode(), created.body());
		assertTrue(created.body().contains("\"receipt\""), created.body());

		HttpResponse<String> named = send("POST", "/sites/20121/suggestions", "alex",
			"{\"title\":\"Shadowing shifts for new peers\",\"body\":\"Two more shadowing shifts would help new peer staff.\","
				+ "\"category\":\"workplace-culture\",\"anonymous\":false}");
		assertEquals(201, named.statusCode(), named.body());

		HttpResponse<String> queue = send("GET", "/sites/20121/suggestions?view=queue", "lee", null);
		assertEquals(200, queue.statusCode(), queue.body());
		assertTrue(queue.body().contains("Shadowing shifts for new peers"), queue.body());
		// anonymous items reach reviewers only once mixed (docs/privacy.md, "Storage order")
		assertFalse(queue.body().contains("A quiet room for breaks"), queue.body());
	}

	@Test
	@Order(4)
	void guestsCannotMutate() throws Exception {
		HttpResponse<String> refused = send("POST", "/sites/20121/suggestions", null,
			"{\"title\":\"x\",\"body\":\"y\",\"category\":\"other\",\"anonymous\":false,\"confirmPrivacyWarnings\":false}");
		assertEquals(401, refused.statusCode(), refused.body());
		assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
	}

	@Test
	@Order(4)
	void votesAreKeyedByTheSecretFileItCreatedOwnerOnlyOnThisSingleNode() throws Exception {
		assertTrue(SECRET_FILE.isFile(), "the server secret file was not created at " + SECRET_FILE);
		assertEquals(1, Files.readAllLines(SECRET_FILE.toPath()).size());
		if (SECRET_FILE.toPath().getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(SECRET_FILE.toPath())));
		}
		HttpResponse<String> created = send("POST", "/sites/20121/suggestions", "alex",
			"{\"title\":\"Shared calendar\",\"body\":\"One calendar for every group room.\","
				+ "\"category\":\"workplace-culture\",\"anonymous\":false,\"confirmPrivacyWarnings\":false}");
		assertEquals(201, created.statusCode(), created.body());
		String id = created.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		HttpResponse<String> published = send("POST", "/suggestions/" + id + "/publish", "lee", "{}");
		assertEquals(200, published.statusCode(), published.body());
		assertEquals(201, send("POST", "/suggestions/" + id + "/votes", "lee", "{}").statusCode());
		assertEquals(409, send("POST", "/suggestions/" + id + "/votes", "lee", "{}").statusCode());
	}

	@Test
	@Order(2)
	void servesTheOpenApiDocumentConvertedFromYamlToJson() throws Exception {
		// The embedded YAML reader (jackson-dataformat-yaml, SnakeYAML) and Jackson's writer, in the bundle.
		HttpResponse<String> json = send("GET", "/openapi.json", "alex", null);
		assertEquals(200, json.statusCode(), json.body());
		assertTrue(json.body().startsWith("{") && json.body().contains("\"openapi\""), json.body());
	}

	@Test
	@Order(5)
	void everyMigrationOfTheBundleRanAtActivation() throws Exception {
		long migrations = BuiltBundles.entryNames(BuiltBundles.bySymbolicName(BuiltBundles.SERVICE)).stream()
			.filter(name -> name.matches("db/peervoice/migration/V\\d+(_\\d+)*__.+\\.sql")).count();
		assertTrue(migrations >= 3, "the bundle carries " + migrations + " migrations");
		try (Connection connection = DriverManager.getConnection(DATABASE, "SA", "");
				Statement statement = connection.createStatement();
				ResultSet history = statement.executeQuery("SELECT COUNT(*) FROM PV_SCHEMA_HISTORY WHERE \"success\" = TRUE AND \"type\" = 'SQL'")) {
			history.next();
			assertEquals(migrations, history.getInt(1));
		}
	}

	private static HttpResponse<String> send(String method, String path, String user, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (user != null) {
			String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + credentials);
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

	@Test
	@Order(6)
	void everyPortletsRequirementOfTheSharedWebBundleIsMetByItsCapabilityAsTheFrameworkReadsThem() throws Exception {
		Bundle web = null;
		for (Bundle bundle : framework.getBundleContext().getBundles()) {
			if (BuiltBundles.WEB.equals(bundle.getSymbolicName())) {
				web = bundle;
			}
		}
		assertTrue(web != null && web.getState() == Bundle.ACTIVE, "the shared web bundle is not active");
		List<BundleCapability> languageResources = web.adapt(BundleRevision.class).getDeclaredCapabilities(LANGUAGE_RESOURCES);
		assertEquals(1, languageResources.size());
		assertEquals("content.Language", languageResources.get(0).getAttributes().get("resource.bundle.base.name"));
		for (String portlet : BuiltBundles.PORTLETS) {
			// Installed only to read its headers as the framework parses them: it needs Liferay to resolve.
			Bundle installed = install(BuiltBundles.bySymbolicName(portlet));
			try {
				List<BundleRequirement> requirements = installed.adapt(BundleRevision.class).getDeclaredRequirements(LANGUAGE_RESOURCES);
				assertEquals(1, requirements.size(), portlet);
				assertTrue(FrameworkUtil.createFilter(requirements.get(0).getDirectives().get("filter"))
					.matches(languageResources.get(0).getAttributes()), portlet + " would not resolve against " + BuiltBundles.WEB);
			}
			finally {
				installed.uninstall();
			}
		}
	}

	private static void awaitApplication() throws Exception {
		long deadline = System.currentTimeMillis() + 120_000;
		String last = "no answer";
		while (System.currentTimeMillis() < deadline) {
			try {
				HttpResponse<String> response = send("GET", "/sites", "alex", null);
				if (response.statusCode() == 200) {
					return;
				}
				last = response.statusCode() + " " + response.body();
			}
			catch (IOException ioException) {
				last = ioException.toString();
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The PeerVoice application never answered at " + base + ": " + last + "\n" + bundleStates());
	}

	private static String bundleStates() {
		StringBuilder states = new StringBuilder();
		for (Bundle bundle : framework.getBundleContext().getBundles()) {
			states.append(bundle.getSymbolicName()).append(' ').append(bundle.getState()).append('\n');
		}
		return states.toString();
	}

	private static Bundle install(File jar) throws BundleException {
		return framework.getBundleContext().installBundle(jar.toURI().toString());
	}

	private static File standInBundle() throws Exception {
		File file = new File("target/stand-in/org.peervoice.liferay.standin.jar");
		file.getParentFile().mkdirs();
		try (Builder builder = new Builder()) {
			builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, "org.peervoice.liferay.standin");
			builder.setProperty(Constants.BUNDLE_VERSION, "1.0.0");
			builder.setProperty(Constants.BUNDLE_ACTIVATOR, StandInActivator.class.getName());
			builder.setProperty("-privatepackage", StandInActivator.class.getPackage().getName());
			builder.setProperty(Constants.IMPORT_PACKAGE, "*");
			builder.addClasspath(new File(StandInActivator.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
			Jar jar = builder.build();
			assertTrue(builder.isOk(), "stand-in bundle: " + builder.getErrors());
			jar.write(file);
		}
		return file;
	}

	private static void deleteRecursively(File file) {
		File[] children = file.listFiles();
		if (children != null) {
			for (File child : children) {
				deleteRecursively(child);
			}
		}
		file.delete();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
