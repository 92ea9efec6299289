package org.peervoice.it.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.peervoice.it.ApiClient;
import org.peervoice.it.DatabaseDump;
import org.peervoice.it.PortalTestCase;
import org.peervoice.devportal.fixtures.RawHttp;
import org.peervoice.rest.problem.ProblemTexts;
import org.peervoice.it.SignedInSession;
import org.peervoice.it.corpus.BadRequest.Caller;

/**
 * A generated corpus of bad requests against every operation of the OpenAPI document the running
 * portal serves: each is refused with the right 4xx as problem details with the security headers,
 * within a few seconds, and leaves every PV_ table as it was. Every other request asks for Spanish
 * ({@code Accept-Language: es}), and its title and detail must be Spanish texts of ProblemTexts, not English ones. {@code -Dpeervoice.corpus.seed=N}
 * replays a run; {@code -Dpeervoice.corpus.requests=N} changes its size.
 */
@RunAsClient
class BadRequestCorpusIT extends PortalTestCase {

	private static final int REQUESTS = Integer.getInteger("peervoice.corpus.requests", 10_000);
	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
	private static final int FAILURES_SHOWN = 25;
	/** Requests in flight at once (docs/testing.md, "Keeping the suite within 20 minutes"); 1 sends them one by one as before. */
	private static final int SENDERS = Integer.getInteger("peervoice.corpus.senders", 2);
	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<Caller, HttpClient> clients = new LinkedHashMap<>();
	private final Map<Caller, Map<String, String>> headers = new LinkedHashMap<>();
	private final Map<Caller, SignedInSession> sessions = new LinkedHashMap<>();
	/** What a client of the document accepts: every media type its answers use, and problem details. */
	private String accept;

	@Test
	void everyOperationRefusesGeneratedBadRequestsWithProblemDetailsAndStoresNothing() throws Exception {
		long seed = Long.getLong("peervoice.corpus.seed", System.nanoTime());
		System.out.println("Bad-request corpus: seed " + seed + " (replay with -Dpeervoice.corpus.seed=" + seed + ")");
		JsonNode document = new YAMLMapper().readTree(guest().get("/openapi.yaml").body());
		List<Operation> operations = Operation.all(document);
		accept = String.join(", ", Operation.answerMediaTypes(document)) + ", application/problem+json";
		assertTrue(operations.size() >= 10, "operations found in openapi.yaml: " + operations);
		List<String> realItems = realItems();
		setUpCallers();

		assertSessionsStillSignedIn();
		// the portal's notification timer delivers in the background: drained before each count, the outbox cannot change
		// a count between them, and an event a refused request stored would still show as a notification
		deliverNotifications();
		Map<String, Long> rowsBefore = rowsPerTable();
		CorpusGenerator generator = new CorpusGenerator(new Random(seed), RIVERSIDE, realItems);
		Map<Integer, Integer> statuses = new TreeMap<>();
		Map<String, Integer> perOperation = new TreeMap<>();
		Map<String, Integer> perKind = new TreeMap<>();
		Map<String, Integer> perCaller = new TreeMap<>();
		// by the request's number, so the failures shown are the run's first ones whatever the senders' interleaving
		TreeMap<Integer, String> failures = new TreeMap<>();
		AtomicInteger failureCount = new AtomicInteger();
		AtomicLong slowest = new AtomicLong();
		AtomicInteger nextRequest = new AtomicInteger();
		long started = System.nanoTime();
		// SENDERS at once: a request waits on the portal, the portal on the next request; together they keep both cores
		// of the build busy. The i-th request is still the seed's i-th, made in order under the generator's lock.
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		List<Future<?>> sending = new ArrayList<>();
		for (int sender = 0; sender < SENDERS; sender++) {
			sending.add(senders.submit(() -> {
				while (true) {
					int i;
					Operation operation;
					BadRequest request;
					synchronized (generator) {
						i = nextRequest.getAndIncrement();
						if (i >= REQUESTS) {
							return null;
						}
						operation = operations.get(i % operations.size());
						request = generator.next(operation);
					}
					long sent = System.nanoTime();
					// every other request asks for Spanish: its refusal must be in Spanish, never the English fallback
					boolean spanish = i % 2 == 1;
					Answer answer = send(request, spanish);
					long took = (System.nanoTime() - sent) / 1_000_000;
					slowest.accumulateAndGet(took, Math::max);
					String fault = faultOf(request, answer, took);
					if (fault == null && spanish && !headersUnread(request)) {
						fault = languageFault(answer);
					}
					synchronized (statuses) {
						statuses.merge(answer.status, 1, Integer::sum);
						perOperation.merge(operation.toString(), 1, Integer::sum);
						perKind.merge(request.kind.replaceAll(" of .*| in .*", ""), 1, Integer::sum);
						perCaller.merge(request.caller + " " + answer.status, 1, Integer::sum);
						if (fault != null) {
							failureCount.incrementAndGet();
							failures.put(i, fault + "\n    request: " + request + "\n    answer: " + answer);
							if (failures.size() > FAILURES_SHOWN) {
								failures.remove(failures.lastKey());
							}
						}
					}
				}
			}));
		}
		senders.shutdown();
		for (Future<?> sender : sending) {
			sender.get();
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		deliverNotifications();
		Map<String, Long> rowsAfter = rowsPerTable();

		System.out.println("Bad-request corpus: " + REQUESTS + " requests over " + operations.size() + " operations in " + seconds + " s from " + SENDERS
			+ " senders, slowest " + slowest + " ms, statuses " + statuses + ", faults " + failureCount);
		System.out.println("  per kind: " + perKind);
		System.out.println("  per operation: " + perOperation);
		System.out.println("  per caller and status: " + perCaller);
		assertSessionsStillSignedIn();
		assertEquals(rowsBefore, rowsAfter, "a refused request changed the rows of a PV_ table");
		assertTrue(failures.isEmpty(), failureCount + " of " + REQUESTS + " requests were not refused as they must be (seed " + seed + "):\n"
			+ String.join("\n", failures.values()));
	}

	/** The session callers must be who they claim for the whole run, or their refusals prove nothing. */
	private void assertSessionsStillSignedIn() {
		for (Caller caller : new Caller[] { Caller.ALEX_SESSION, Caller.LEE_SESSION }) {
			Answer me = send(new BadRequest("who am I", caller, "GET", "/me?siteId=" + RIVERSIDE, null, null, java.util.Set.of(200)));
			assertTrue(me.status == 200 && me.body.contains("\"signedIn\":true"), () -> caller + " is no longer signed in: " + me + "; session "
				+ sessions.get(caller).sessionId() + ", through ApiClient: " + sessions.get(caller).apiWithToken().get("/me?siteId=" + RIVERSIDE).body());
		}
	}

	private static String faultOf(BadRequest request, Answer answer, long tookMillis) {
		if (answer.status < 0) {
			return "no answer: " + answer.body;
		}
		if (answer.status >= 500) {
			return "server error";
		}
		if (answer.status < 400) {
			return "accepted";
		}
		if (!request.expected.contains(answer.status) && answer.status != 429) {
			return "wrong status, expected one of " + request.expected;
		}
		if (!answer.contentType.startsWith("application/problem+json")) {
			return "not problem details";
		}
		if (!request.method.equals("HEAD") && !answer.body.contains("\"status\":" + answer.status)) {
			return "problem body without its status";
		}
		if (!answer.nosniff || !answer.noStore) {
			return "security headers missing";
		}
		if (tookMillis > ANSWER_WITHIN.toMillis()) {
			return "answered after " + tookMillis + " ms";
		}
		return null;
	}

	/**
	 * A request the host refuses at its request line (a backslash, a line over Tomcat's 8 KiB) is answered before its
	 * headers are read: there is no Accept-Language to answer in, so that answer is English.
	 */
	private static boolean headersUnread(BadRequest request) {
		return request.target.contains("\\") || request.target.length() > 8 * 1024;
	}

	/** A problem answered to {@code Accept-Language: es} whose title or detail is not one of the Spanish texts. */
	private static String languageFault(Answer answer) {
		if (answer.body.isEmpty()) {
			return null; // HEAD
		}
		try {
			JsonNode problem = JSON.readTree(answer.body);
			for (String part : new String[] { "title", "detail" }) {
				String text = problem.path(part).asText(null);
				if (text != null && (!ProblemTexts.instance().isWrittenIn(text, "es") || ProblemTexts.instance().isWrittenIn(text, "en"))) {
					return "the " + part + " is not Spanish: " + text;
				}
			}
			return null;
		}
		catch (IOException e) {
			return "problem details that are not JSON";
		}
	}

	private void setUpCallers() {
		HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
		clients.put(Caller.GUEST, plain);
		headers.put(Caller.GUEST, Map.of());
		clients.put(Caller.ALEX_BASIC, plain);
		headers.put(Caller.ALEX_BASIC, Map.of("Authorization",
			"Basic " + Base64.getEncoder().encodeToString(("alex:" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))));
		SignedInSession alex = SignedInSession.signIn(baseUri(), "alex");
		SignedInSession lee = SignedInSession.signIn(baseUri(), "lee");
		sessions.put(Caller.ALEX_SESSION, alex);
		sessions.put(Caller.LEE_SESSION, lee);
		clients.put(Caller.ALEX_SESSION, alex.httpClient());
		headers.put(Caller.ALEX_SESSION, Map.of("X-CSRF-Token", alex.csrfToken()));
		clients.put(Caller.ALEX_SESSION_WITHOUT_TOKEN, alex.httpClient());
		headers.put(Caller.ALEX_SESSION_WITHOUT_TOKEN, Map.of());
		clients.put(Caller.LEE_SESSION, lee.httpClient());
		headers.put(Caller.LEE_SESSION, Map.of("X-CSRF-Token", lee.csrfToken()));
	}

	/** Ids of items that exist: a published and an unpublished suggestion of the site, made before the rows are counted. */
	private List<String> realItems() {
		List<String> ids = new ArrayList<>();
		for (JsonNode item : as("lee").get("/sites/" + RIVERSIDE + "/suggestions?view=queue&pageSize=20").expect(200).path("items")) {
			ids.add(item.path("id").asText());
		}
		ids.add(session("lee").post("/sites/" + RIVERSIDE + "/suggestions", ApiClient.json("title", unique("Corpus target"), "body", "Target of the corpus",
			"category", "other", "anonymous", false, "confirmPrivacyWarnings", false)).expect(201).path("id").asText());
		return ids;
	}

	private Answer send(BadRequest request) {
		return send(request, false);
	}

	private Answer send(BadRequest request, boolean spanish) {
		HttpRequest.Builder builder;
		try {
			// resolved as ApiClient resolves, so the session cookies match
			builder = HttpRequest.newBuilder(baseUri().resolve(ApiClient.API_PATH + request.target)).timeout(ANSWER_WITHIN)
				.method(request.method, request.body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(request.body));
			headers.get(request.caller).forEach(builder::header);
			builder.header("Accept", accept);
			if (spanish) {
				builder.header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5");
			}
			if (request.contentType != null) {
				builder.header("Content-Type", request.contentType);
			}
		}
		catch (IllegalArgumentException refusedByTheClient) {
			return sendRaw(request, spanish);
		}
		try {
			HttpResponse<String> response = clients.get(request.caller).send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.headers().firstValue("X-Content-Type-Options").orElse(""), response.headers().firstValue("Cache-Control").orElse(""),
				response.body());
		}
		catch (HttpTimeoutException timeout) {
			return new Answer(-1, "", "", "", "no answer within " + ANSWER_WITHIN);
		}
		catch (IOException e) {
			return new Answer(-1, "", "", "", e.toString());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (IllegalArgumentException refusedByTheClient) {
			return sendRaw(request, spanish);
		}
	}

	/** For what the HTTP client will not send (a broken escape in the address, a method it refuses): bytes on a socket, as a guest. */
	private Answer sendRaw(BadRequest request, boolean spanish) {
		StringBuilder text = new StringBuilder(request.method).append(' ').append('/').append(ApiClient.API_PATH).append(request.target).append(" HTTP/1.1");
		if (spanish) {
			text.append("\r\nAccept-Language: es");
		}
		try {
			if (request.body != null) {
				text.append("\r\nContent-Type: ").append(request.contentType).append("\r\nContent-Length: ").append(request.body.length).append("\r\n\r\n")
					.append(new String(request.body, StandardCharsets.ISO_8859_1));
			}
			RawHttp.Answer answer = RawHttp.send(base.getPort(), text.toString());
			return new Answer(answer.status(), answer.header("Content-Type"), answer.header("X-Content-Type-Options"), answer.header("Cache-Control"),
				answer.utf8Body());
		}
		catch (IOException e) {
			return new Answer(-1, "", "", "", e.toString());
		}
	}

	private Map<String, Long> rowsPerTable() throws SQLException {
		Map<String, Long> rows = new TreeMap<>();
		try (Connection connection = portal.database().connect(); Statement statement = connection.createStatement()) {
			for (String table : DatabaseDump.peerVoiceTables(portal.database())) {
				try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
					count.next();
					rows.put(table, count.getLong(1));
				}
			}
		}
		return rows;
	}

	private static final class Answer {

		final int status;
		final String contentType;
		final boolean nosniff;
		final boolean noStore;
		final String body;

		Answer(int status, String contentType, String nosniff, String cacheControl, String body) {
			this.status = status;
			this.contentType = contentType;
			this.nosniff = "nosniff".equalsIgnoreCase(nosniff);
			this.noStore = cacheControl.contains("no-store");
			this.body = body == null ? "" : body;
		}

		@Override
		public String toString() {
			return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
		}

	}

}
