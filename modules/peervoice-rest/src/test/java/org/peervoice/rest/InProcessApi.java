package org.peervoice.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import javax.servlet.http.HttpServletRequest;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.hsqldb.jdbc.JDBCDataSource;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.anonymity.Mixer;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.persistence.PeerVoiceDatabase;

/**
 * The real application with the real core services on an in-memory HSQLDB, in Jersey on an
 * embedded Tomcat at {@code /o/peer-voice}, as the dev portal mounts it. Who calls is named by
 * the {@code X-Test-User} header; no header is a guest.
 */
final class InProcessApi implements AutoCloseable {

	static final long COMPANY = SiteMember.COMPANY;
	static final long SITE = SiteMember.SITE;
	static final long OTHER_SITE = SiteMember.OTHER_SITE;


	private final PeerVoiceDatabase database;
	private final Mixer mixer;
	private final Tomcat tomcat;
	private final Path baseDir;
	private final HttpClient client = HttpClient.newHttpClient();
	private final URI base;

	InProcessApi() throws IOException, LifecycleException {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:mem:rest-" + UUID.randomUUID());
		dataSource.setUser("SA");
		dataSource.setPassword("");
		database = PeerVoiceDatabase.open(dataSource);
		PeerVoiceServices services = new PeerVoiceServices(database.unitOfWork(), () -> new byte[32], Clock.systemUTC());
		mixer = services.mixer();
		PeerVoiceApplication application = new PeerVoiceApplication(services, InProcessApi::identityOf);

		baseDir = Files.createTempDirectory("peervoice-rest-test");
		tomcat = new Tomcat();
		tomcat.setBaseDir(baseDir.toString());
		tomcat.setPort(0);
		Context context = tomcat.addContext("", baseDir.toString());
		Tomcat.addServlet(context, "peer-voice", new ServletContainer(ResourceConfig.forApplication(application)));
		context.addServletMappingDecoded("/o/peer-voice/*", "peer-voice");
		tomcat.getConnector();
		tomcat.start();
		base = URI.create("http://localhost:" + tomcat.getConnector().getLocalPort() + "/o/peer-voice/v1.0");
	}

	/** Mixes the anonymous writes now, as the hosts' timers do once a site's window has passed. */
	void mixAnonymousWrites() {
		mixer.mixEverySiteNow();
	}

	HttpResponse<String> send(String user, String method, String path, String contentType, String body) {
		return send(user, method, path, contentType, body, null);
	}

	HttpResponse<String> send(String user, String method, String path, String contentType, String body, String accept) {
		return send(user, method, path, contentType, body, accept, Map.of());
	}

	HttpResponse<String> send(String user, String method, String path, String contentType, String body, String accept,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(base.getPath() + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		if (user != null) {
			request.header("X-Test-User", user);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	HttpResponse<String> get(String user, String path) {
		return send(user, "GET", path, null, null);
	}

	HttpResponse<String> post(String user, String path, String json) {
		return send(user, "POST", path, json == null ? null : "application/json", json);
	}

	private static Identity identityOf(HttpServletRequest request) {
		String user = request.getHeader("X-Test-User");
		if ("lee".equals(user)) {
			return SiteMember.named("user-lee", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE, OTHER_SITE);
		}
		if ("alex".equals(user)) {
			return SiteMember.named("user-alex", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SITE);
		}
		if ("guesser".equals(user)) {
			return SiteMember.named("user-guesser", "Gus Guesser", PeerVoiceRole.SITE_MEMBER, SITE);
		}
		if ("casey".equals(user)) {
			return SiteMember.named("user-casey", "Casey Morgan", PeerVoiceRole.SITE_MEMBER, SITE);
		}
		return SiteMember.guest();
	}

	@Override
	public void close() throws Exception {
		tomcat.stop();
		tomcat.destroy();
		database.close();
	}

}
