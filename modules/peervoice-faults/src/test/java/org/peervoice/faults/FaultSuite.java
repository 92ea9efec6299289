package org.peervoice.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peervoice.faults.PhaseLog.Outcome;

/**
 * The fault suite (docs/reliability.md): two dev portal nodes in JVMs of their own on one PostgreSQL database, behind
 * a {@link FaultProxy}; virtual users vote, retract and submit on both nodes while the suite injects faults one after
 * the other: a silent database, a refusing database, a pool exhausted by requests stuck on a lock, and {@code kill -9}
 * of a node. Afterwards every acknowledged write is compared with the database.
 */
final class FaultSuite {

	/** How big a run is. */
	static final class Plan {

		final int threads;
		final int votersPerThread;
		final int suggestions;
		final long steadyOperations;
		final Duration steadyAtLeast;
		final Duration fault;
		final Duration recovered;

		Plan(int threads, int votersPerThread, int suggestions, long steadyOperations, Duration steadyAtLeast, Duration fault, Duration recovered) {
			this.threads = threads;
			this.votersPerThread = votersPerThread;
			this.suggestions = suggestions;
			this.steadyOperations = steadyOperations;
			this.steadyAtLeast = steadyAtLeast;
			this.fault = fault;
			this.recovered = recovered;
		}

		/** The build's run: about a minute. */
		static Plan quick() {
			return new Plan(8, 4, 4, 0, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(4));
		}

		/** The documented run: 2 nodes x 50,000 votes and retractions before the faults. */
		static Plan full() {
			return new Plan(16, 4, 8, 100_000, Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(5));
		}

	}

	/** What a run found. */
	static final class Report {

		final List<PhaseLog> phases = new CopyOnWriteArrayList<>();
		final List<String> inconsistencies = new CopyOnWriteArrayList<>();
		final Map<String, Long> expectedVotes = new HashMap<>();
		final Map<String, Long> storedVotes = new HashMap<>();
		final Map<String, Long> apiVotes = new HashMap<>();
		long acknowledgedSubmissions;
		long acknowledgedSubmissionsMissing;
		long unacknowledgedSubmissions;
		long unacknowledgedSubmissionsStored;
		final AtomicLong acknowledgedVoteOperations = new AtomicLong();
		long crossNodeSecondVoteStatus;
		final Map<String, Long> expectedQuestionVotes = new HashMap<>();
		final Map<String, Long> storedQuestionVotes = new HashMap<>();
		/** Suggestions whose response leadership saw acknowledged, and how many notifications their writers got for it. */
		final Map<String, Long> acknowledgedResponseNotifications = new HashMap<>();
		/** Responses answered otherwise (a 503, no answer): at most one notification each. */
		final Map<String, Long> unacknowledgedResponseNotifications = new HashMap<>();
		long undeliveredEvents;

		PhaseLog phase(String name) {
			return phases.stream().filter(phase -> phase.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no phase " + name));
		}

		String table() {
			StringBuilder text = new StringBuilder(PhaseLog.header()).append('\n');
			for (PhaseLog phase : phases) {
				text.append(phase.row()).append('\n');
			}
			text.append("acknowledged vote operations: ").append(acknowledgedVoteOperations).append("; suggestions acknowledged: ")
				.append(acknowledgedSubmissions).append(" (missing ").append(acknowledgedSubmissionsMissing).append("), unacknowledged: ")
				.append(unacknowledgedSubmissions).append(" (stored anyway ").append(unacknowledgedSubmissionsStored).append(")\n")
				.append("votes expected ").append(expectedVotes).append("\nvotes stored   ").append(storedVotes).append('\n')
				.append("town-hall votes expected ").append(expectedQuestionVotes).append("\ntown-hall votes stored   ")
				.append(storedQuestionVotes).append('\n')
				.append("responses acknowledged: ").append(acknowledgedResponseNotifications.size()).append(", notifications per response ")
				.append(acknowledgedResponseNotifications.values().stream().distinct().sorted().collect(java.util.stream.Collectors.toList()))
				.append("; unacknowledged: ").append(unacknowledgedResponseNotifications.size()).append(", notifications per response ")
				.append(unacknowledgedResponseNotifications.values().stream().distinct().sorted().collect(java.util.stream.Collectors.toList()))
				.append("; events left undelivered ").append(undeliveredEvents).append('\n')
				.append("inconsistencies: ").append(inconsistencies.size()).append(inconsistencies.isEmpty() ? "" : " " + inconsistencies).append('\n');
			return text.toString();
		}

	}

	private enum VoteState { VOTED, NOT_VOTED, UNKNOWN }

	/** How often each node mixes pending votes during the run (the sites' own window is at least 5 minutes). */
	private static final int MIXING_SECONDS = 3;

	private final Plan plan;
	private final String jdbcUrl;
	private final String user;
	private final String password;
	private final Path workDirectory;
	private final Report report = new Report();
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
	private final Map<String, Session> sessions = new ConcurrentHashMap<>();
	private final List<NodeProcess> live = new CopyOnWriteArrayList<>();
	private final List<String> suggestionIds = new ArrayList<>();
	private final List<String> questionIds = new ArrayList<>();
	private final List<String> respondedAcknowledged = new CopyOnWriteArrayList<>();
	private final List<String> respondedUnacknowledged = new CopyOnWriteArrayList<>();
	private final List<String> acknowledgedSubmissions = new CopyOnWriteArrayList<>();
	private final List<String> unacknowledgedTitles = new CopyOnWriteArrayList<>();
	private final AtomicLong operations = new AtomicLong();
	private volatile PhaseLog phase;
	private volatile boolean loadRunning;

	FaultSuite(Plan plan, String jdbcUrl, String user, String password, Path workDirectory) {
		this.plan = plan;
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
		this.workDirectory = workDirectory;
	}

	Report run() throws Exception {
		URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
		String viaProxyTail = jdbcUrl.substring(jdbcUrl.indexOf('/', "jdbc:postgresql://".length()));
		Path secret = workDirectory.resolve("shared-server-secret");
		int voters = plan.threads * plan.votersPerThread;
		try (FaultProxy proxy = new FaultProxy(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort())) {
			String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + viaProxyTail;
			NodeProcess a = new NodeProcess("node-a", viaProxy, user, password, secret, workDirectory, voters, MIXING_SECONDS);
			NodeProcess b = new NodeProcess("node-b", viaProxy, user, password, secret, workDirectory, voters, MIXING_SECONDS);
			try (a; b) {
				// both at the same moment: the migrations run once, the demo data is seeded once
				a.start();
				b.start();
				a.awaitReady(Duration.ofSeconds(300));
				b.awaitReady(Duration.ofSeconds(300));
				live.add(a);
				live.add(b);
				createSuggestions(a);
				createTownHallQuestions(b);
				checkOneVotePerPersonAcrossNodes(a, b);
				runLoadWithFaults(proxy, b);
				compareWithDatabase(a);
			}
		}
		return report;
	}

	private void createSuggestions(NodeProcess node) throws Exception {
		Session lee = Session.signIn(http, node.baseUri(), "lee");
		for (int i = 0; i < plan.suggestions; i++) {
			HttpResponse<String> created = lee.send("POST", "/sites/" + FaultNode.SITE + "/suggestions", submission("Fault suite item " + i));
			String id = Session.firstId(created.body()).orElseThrow(() -> new AssertionError("no suggestion created: " + created.body()));
			HttpResponse<String> published = lee.send("POST", "/suggestions/" + id + "/publish", "{\"confirmPrivacyWarnings\":true}");
			if (published.statusCode() != 200) {
				throw new AssertionError("publishing answered " + published.statusCode() + ": " + published.body());
			}
			suggestionIds.add(id);
		}
	}

	/** Leadership's questions in a scheduled town hall, for the users' once-per-person upvotes. */
	private void createTownHallQuestions(NodeProcess node) throws Exception {
		Session lee = Session.signIn(http, node.baseUri(), "lee");
		HttpResponse<String> created = lee.send("POST", "/sites/" + FaultNode.SITE + "/town-halls", "{\"title\":\"Fault suite town hall\","
			+ "\"startsAt\":\"2027-06-01T10:00:00-05:00\",\"endsAt\":\"2027-06-01T11:00:00-05:00\",\"timeZone\":\"America/Chicago\","
			+ "\"meetingUrl\":\"https://meet.example.org/th\",\"topics\":[\"workplace-culture\"],\"preModeration\":false}");
		String townHall = Session.firstId(created.body()).orElseThrow(() -> new AssertionError("no town hall created: " + created.body()));
		HttpResponse<String> scheduled = lee.send("POST", "/town-halls/" + townHall + "/state", "{\"state\":\"SCHEDULED\"}");
		if (scheduled.statusCode() != 200) {
			throw new AssertionError("scheduling answered " + scheduled.statusCode() + ": " + scheduled.body());
		}
		for (int i = 0; i < plan.suggestions; i++) {
			HttpResponse<String> asked = lee.send("POST", "/town-halls/" + townHall + "/questions", "{\"text\":\"Fault suite question " + i
				+ "?\",\"topic\":\"workplace-culture\",\"confirmPrivacyWarnings\":true}");
			questionIds.add(Session.firstId(asked.body()).orElseThrow(() -> new AssertionError("no question asked: " + asked.body())));
		}
	}

	private static String submission(String title) {
		return "{\"anonymous\":false,\"title\":\"" + title + "\",\"body\":\"A plain suggestion written by the fault suite.\","
			+ "\"category\":\"workplace-culture\",\"confirmPrivacyWarnings\":true}";
	}

	/** The shared server secret keys a vote the same on every node: the second vote, on the other node, is refused. */
	private void checkOneVotePerPersonAcrossNodes(NodeProcess a, NodeProcess b) throws Exception {
		String id = suggestionIds.get(0);
		String voter = FaultNode.voterName(0);
		Session onA = Session.signIn(http, a.baseUri(), voter);
		Session onB = Session.signIn(http, b.baseUri(), voter);
		HttpResponse<String> first = onA.send("POST", "/suggestions/" + id + "/votes", null);
		if (first.statusCode() != 201) {
			throw new AssertionError("the first vote answered " + first.statusCode() + ": " + first.body());
		}
		report.crossNodeSecondVoteStatus = onB.send("POST", "/suggestions/" + id + "/votes", null).statusCode();
		HttpResponse<String> retracted = onB.send("DELETE", "/suggestions/" + id + "/votes", null);
		if (retracted.statusCode() != 204) {
			report.inconsistencies.add("retracting on the other node answered " + retracted.statusCode());
		}
	}

	private void runLoadWithFaults(FaultProxy proxy, NodeProcess victim) throws Exception {
		phase = new PhaseLog("steady");
		report.phases.add(phase);
		loadRunning = true;
		ExecutorService users = Executors.newFixedThreadPool(plan.threads + 1);
		for (int thread = 0; thread < plan.threads; thread++) {
			int first = thread * plan.votersPerThread;
			users.execute(() -> virtualUser(first));
		}
		users.execute(this::leadershipResponding);
		try {
			long steadyEnd = System.nanoTime() + plan.steadyAtLeast.toNanos();
			while (System.nanoTime() < steadyEnd || operations.get() < plan.steadyOperations) {
				Thread.sleep(200);
			}
			fault("database silent", proxy::blackhole, proxy::restore);
			fault("database refusing", proxy::refuse, proxy::restore);
			try (Connection locker = DriverManager.getConnection(jdbcUrl, user, password)) {
				locker.setAutoCommit(false);
				fault("pool exhausted", () -> lockVotes(locker), () -> locker.rollback());
			}
			killAndRestart(victim);
		}
		finally {
			loadRunning = false;
			users.shutdown();
			users.awaitTermination(2, TimeUnit.MINUTES);
		}
	}

	/** Requests that wait for a lock hold their pool connections: the pool runs dry, the waiting requests time out. */
	private static void lockVotes(Connection locker) throws SQLException {
		try (Statement statement = locker.createStatement()) {
			statement.execute("LOCK TABLE pv_suggestion_vote IN EXCLUSIVE MODE");
		}
	}

	private interface Step {
		void run() throws Exception;
	}

	private void fault(String name, Step inject, Step heal) throws Exception {
		startPhase(name);
		inject.run();
		Thread.sleep(plan.fault.toMillis());
		heal.run();
		startPhase("recovering from " + name.replace("database ", ""));
		awaitRecovery();
		startPhase("after " + name.replace("database ", ""));
		Thread.sleep(plan.recovered.toMillis());
	}

	private void killAndRestart(NodeProcess victim) throws Exception {
		startPhase("node killed");
		live.remove(victim);
		victim.kill();
		sessions.keySet().removeIf(key -> key.startsWith(victim.name() + "/"));
		Thread.sleep(plan.fault.toMillis());
		victim.start();
		victim.awaitReady(Duration.ofSeconds(300));
		live.add(victim);
		startPhase("after restart");
		Thread.sleep(plan.recovered.toMillis());
	}

	/** Until the database answers again through every node, with a bound. */
	private void awaitRecovery() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		for (NodeProcess node : live) {
			while (true) {
				int status = probe(node);
				if (status == 200) {
					break;
				}
				if (System.nanoTime() > deadline) {
					throw new AssertionError(node.name() + " did not recover within 30 s (last status " + status + ")");
				}
				Thread.sleep(250);
			}
		}
		Thread.sleep(1000);
	}

	private int probe(NodeProcess node) throws InterruptedException {
		try {
			return session(node, FaultNode.voterName(0)).send("GET", "/suggestions/" + suggestionIds.get(0), null).statusCode();
		}
		catch (IOException notYet) {
			return -1;
		}
	}

	private void startPhase(String name) {
		PhaseLog previous = phase;
		phase = new PhaseLog(name);
		report.phases.add(phase);
		previous.end();
	}

	private final Map<String, VoteState> states = new ConcurrentHashMap<>();
	private final Map<String, List<String>> history = new ConcurrentHashMap<>();

	private void virtualUser(int firstVoter) {
		Random random = new Random(firstVoter);
		int submitted = 0;
		while (loadRunning) {
			int voter = firstVoter + random.nextInt(plan.votersPerThread);
			List<NodeProcess> nodes = live;
			NodeProcess node = nodes.get(random.nextInt(nodes.size()));
			try {
				if (random.nextInt(40) == 0) {
					submit(node, voter, "Fault suite " + firstVoter + "-" + submitted++);
				}
				else if (random.nextInt(3) == 0) {
					toggle(node, voter, Target.QUESTION, questionIds.get(random.nextInt(questionIds.size())));
				}
				else {
					toggle(node, voter, Target.SUGGESTION, suggestionIds.get(random.nextInt(suggestionIds.size())));
				}
			}
			catch (InterruptedException stop) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException bug) {
				report.inconsistencies.add("virtual user failed: " + bug);
			}
		}
	}

	/**
	 * Leadership responds to the users' new suggestions on a random node, each once: every response notifies its
	 * writer, through the outbox that both nodes deliver from.
	 */
	private void leadershipResponding() {
		Random random = new Random(-1);
		int next = 0;
		while (loadRunning) {
			try {
				Thread.sleep(300);
				if (next >= acknowledgedSubmissions.size()) {
					continue;
				}
				String id = acknowledgedSubmissions.get(next++);
				List<NodeProcess> nodes = live;
				Answer answer = send(nodes.get(random.nextInt(nodes.size())), "lee", "POST", "/suggestions/" + id + "/responses",
					"{\"status\":\"UNDER_REVIEW\",\"message\":\"Thank you, we are looking at it.\",\"confirmPrivacyWarnings\":true}");
				if (answer == null) {
					next--;
				}
				else if (answer.status == 200) {
					respondedAcknowledged.add(id);
					answer.record(Outcome.DONE);
				}
				else {
					respondedUnacknowledged.add(id);
					answer.recordFailure();
				}
			}
			catch (InterruptedException stop) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException bug) {
				report.inconsistencies.add("leadership failed: " + bug);
			}
		}
	}

	private Session session(NodeProcess node, String screenName) throws IOException, InterruptedException {
		String key = node.name() + "/" + screenName;
		Session session = sessions.get(key);
		if (session == null) {
			session = Session.signIn(http, node.baseUri(), screenName);
			sessions.put(key, session);
		}
		return session;
	}

	private void submit(NodeProcess node, int voter, String title) throws InterruptedException {
		Answer answer = send(node, FaultNode.voterName(voter), "POST", "/sites/" + FaultNode.SITE + "/suggestions", submission(title));
		if (answer == null) {
			return;
		}
		if (answer.status == 201) {
			acknowledgedSubmissions.add(Session.firstId(answer.body).orElseThrow());
			answer.record(Outcome.DONE);
			return;
		}
		unacknowledgedTitles.add(title);
		answer.recordFailure();
	}

	/** What users vote on, once per person: a suggestion, a town-hall question. */
	private enum Target {
		SUGGESTION("/suggestions/", 201, 204), QUESTION("/town-hall-questions/", 201, 200);

		final String path;
		final int voted;
		final int retracted;

		Target(String path, int voted, int retracted) {
			this.path = path;
			this.voted = voted;
			this.retracted = retracted;
		}

		String key(int voter, String id) {
			return (this == QUESTION ? "q:" : "") + voter + "/" + id;
		}
	}

	private void toggle(NodeProcess node, int voter, Target target, String id) throws InterruptedException {
		String key = target.key(voter, id);
		VoteState state = states.getOrDefault(key, VoteState.NOT_VOTED);
		boolean vote = state != VoteState.VOTED;
		Answer answer = send(node, FaultNode.voterName(voter), vote ? "POST" : "DELETE", target.path + id + "/votes", vote ? "{}" : null);
		if (answer == null) {
			return;
		}
		List<String> past = history.computeIfAbsent(key, unused -> new ArrayList<>());
		past.add((vote ? "vote " : "retract ") + answer.status + " " + node.name() + " " + answer.phase.name() + " " + answer.nanos / 1_000_000 + "ms");
		if (past.size() > 6) {
			past.remove(0);
		}
		if (vote ? answer.status == target.voted : answer.status == target.retracted) {
			states.put(key, vote ? VoteState.VOTED : VoteState.NOT_VOTED);
			report.acknowledgedVoteOperations.incrementAndGet();
			operations.incrementAndGet();
			answer.record(Outcome.DONE);
		}
		else if (answer.status == 409 && vote || answer.status == 404 && !vote) {
			// "already voted" / "not voted": settles an unknown outcome; for a known one it means a lost or doubled write
			if (state != VoteState.UNKNOWN) {
				report.inconsistencies.add(answer.status + " for " + key + " known as " + state + " on " + node.name() + " during " + answer.phase.name()
					+ ": " + answer.body + " after " + past);
			}
			states.put(key, vote ? VoteState.VOTED : VoteState.NOT_VOTED);
			answer.record(Outcome.DONE);
		}
		else {
			// no answer, 503 or anything else: not acknowledged, so the vote's state is unknown until settled
			states.put(key, VoteState.UNKNOWN);
			answer.recordFailure();
		}
	}

	/** One request; null when it was not sent (no session on that node: it is down, or its sessions went with it). */
	private Answer send(NodeProcess node, String screenName, String method, String path, String json) throws InterruptedException {
		PhaseLog during = phase;
		Session session;
		try {
			session = session(node, screenName);
		}
		catch (IOException nodeGone) {
			return null;
		}
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = session.send(method, path, json);
			if (response.statusCode() == 401) {
				sessions.remove(node.name() + "/" + screenName);
				return null;
			}
			return new Answer(during, start, response);
		}
		catch (IOException noAnswer) {
			return new Answer(during, start, null);
		}
	}

	private static final class Answer {

		final PhaseLog phase;
		final long started;
		final long nanos;
		final int status;
		final String body;
		final HttpResponse<String> response;

		Answer(PhaseLog phase, long started, HttpResponse<String> response) {
			this.phase = phase;
			this.started = started;
			this.nanos = System.nanoTime() - started;
			this.status = response == null ? -1 : response.statusCode();
			this.body = response == null ? "" : response.body();
			this.response = response;
		}

		void record(Outcome outcome) {
			phase.record(started, nanos, outcome, response == null ? "no answer"
				: status + " " + response.request().method() + " " + response.request().uri().getPath() + " " + body);
		}

		/** A 503 counts as a refusal only as problem details with Retry-After; otherwise it is a wrong answer. */
		void recordFailure() {
			if (response == null) {
				record(Outcome.NO_ANSWER);
				return;
			}
			boolean problem = status == 503 && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
				&& body.contains("\"status\":503") && response.headers().firstValue("Retry-After").isPresent();
			record(problem ? Outcome.UNAVAILABLE : Outcome.WRONG);
		}

	}

	/** Once both nodes delivered every event of the run (bounded), how many notifications each response gave its writer. */
	private void countResponseNotifications(Connection connection) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		do {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM pv_notification_outbox WHERE recipient_key IS NOT NULL")) {
				rows.next();
				report.undeliveredEvents = rows.getLong(1);
			}
			if (report.undeliveredEvents > 0) {
				Thread.sleep(500);
			}
		}
		while (report.undeliveredEvents > 0 && System.nanoTime() < deadline);
		try (PreparedStatement notifications = connection.prepareStatement(
				"SELECT COUNT(*) FROM pv_notification WHERE item_id = ? AND type = 'SUGGESTION_RESPONSE'")) {
			for (String id : respondedAcknowledged) {
				report.acknowledgedResponseNotifications.put(id, count(notifications, id));
			}
			for (String id : respondedUnacknowledged) {
				report.unacknowledgedResponseNotifications.put(id, count(notifications, id));
			}
		}
	}

	private static long count(PreparedStatement query, String id) throws SQLException {
		query.setString(1, id);
		try (ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Settles every vote whose last outcome is unknown, then compares what was acknowledged with the database. */
	private void compareWithDatabase(NodeProcess node) throws Exception {
		for (Map.Entry<String, VoteState> entry : states.entrySet()) {
			if (entry.getValue() == VoteState.UNKNOWN) {
				boolean question = entry.getKey().startsWith("q:");
				String[] key = entry.getKey().substring(question ? 2 : 0).split("/");
				Session session = Session.signIn(http, node.baseUri(), FaultNode.voterName(Integer.parseInt(key[0])));
				int status = session.send("POST", (question ? Target.QUESTION : Target.SUGGESTION).path + key[1] + "/votes",
					question ? "{}" : null).statusCode();
				if (status != 201 && status != 409) {
					report.inconsistencies.add("settling " + entry.getKey() + " answered " + status);
				}
				entry.setValue(VoteState.VOTED);
			}
		}
		for (String id : suggestionIds) {
			report.expectedVotes.put(id, states.entrySet().stream().filter(e -> !e.getKey().startsWith("q:") && e.getKey().endsWith("/" + id)
				&& e.getValue() == VoteState.VOTED).count());
		}
		for (String id : questionIds) {
			report.expectedQuestionVotes.put(id, states.entrySet().stream().filter(e -> e.getKey().startsWith("q:") && e.getKey().endsWith("/" + id)
				&& e.getValue() == VoteState.VOTED).count());
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT suggestion_id, COUNT(*) FROM pv_suggestion_vote GROUP BY suggestion_id")) {
				while (rows.next()) {
					if (suggestionIds.contains(rows.getString(1))) {
						report.storedVotes.put(rows.getString(1), rows.getLong(2));
					}
				}
			}
			for (String id : suggestionIds) {
				report.storedVotes.putIfAbsent(id, 0L);
			}
			try (PreparedStatement votes = connection.prepareStatement("SELECT COUNT(*) FROM pv_town_hall_vote WHERE question_id = ?")) {
				for (String id : questionIds) {
					votes.setString(1, id);
					try (ResultSet rows = votes.executeQuery()) {
						rows.next();
						report.storedQuestionVotes.put(id, rows.getLong(1));
					}
				}
			}
			countResponseNotifications(connection);
			report.acknowledgedSubmissions = acknowledgedSubmissions.size();
			try (PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM pv_suggestion WHERE id = ?")) {
				for (String id : acknowledgedSubmissions) {
					exists.setString(1, id);
					try (ResultSet rows = exists.executeQuery()) {
						rows.next();
						if (rows.getLong(1) != 1) {
							report.acknowledgedSubmissionsMissing++;
						}
					}
				}
			}
			report.unacknowledgedSubmissions = unacknowledgedTitles.size();
			try (PreparedStatement stored = connection.prepareStatement("SELECT COUNT(*) FROM pv_suggestion WHERE title = ?")) {
				for (String title : unacknowledgedTitles) {
					stored.setString(1, title);
					try (ResultSet rows = stored.executeQuery()) {
						rows.next();
						report.unacknowledgedSubmissionsStored += rows.getLong(1);
					}
				}
			}
		}
		Session reader = Session.signIn(http, node.baseUri(), "lee");
		for (String id : suggestionIds) {
			String body = reader.send("GET", "/suggestions/" + id, null).body();
			Matcher count = Pattern.compile("\"voteCount\"\\s*:\\s*(\\d+)").matcher(body);
			report.apiVotes.put(id, count.find() ? Long.parseLong(count.group(1)) : -1L);
		}
		Files.writeString(workDirectory.resolve("report.md"), report.table());
	}

}
