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
 * The fault suite (docs/reliability.md): two dev portal nodes in JVMs of their own on one PostgreSQL or MariaDB
 * database, behind a {@link FaultProxy}; virtual users vote, retract and submit on both nodes while the suite injects
 * faults one after the other: a silent database, a refusing database, a pool exhausted by requests stuck on a lock, and
 * {@code kill -9} of a node. Afterwards every acknowledged write is compared with the database. On HSQLDB
 * ({@link FaultDatabase#embedded()}): one node on its own embedded file database, killed with {@code kill -9} during the
 * load and restarted on the same files; the database is read once the node stopped normally (it holds the files).
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
		/** The database faults injected, in this order (a subset of {@link #DATABASE_FAULTS}). */
		final List<String> faults;
		/** Whether a node is killed with {@code kill -9} and restarted after the database faults. */
		final boolean killNode;

		Plan(int threads, int votersPerThread, int suggestions, long steadyOperations, Duration steadyAtLeast, Duration fault, Duration recovered,
				List<String> faults, boolean killNode) {
			this.threads = threads;
			this.votersPerThread = votersPerThread;
			this.suggestions = suggestions;
			this.steadyOperations = steadyOperations;
			this.steadyAtLeast = steadyAtLeast;
			this.fault = fault;
			this.recovered = recovered;
			this.faults = List.copyOf(faults);
			this.killNode = killNode;
		}

		/** The build's run on PostgreSQL: every fault, about two minutes with the nodes' start and restart. */
		static Plan quick() {
			return new Plan(8, 4, 4, 0, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(4), DATABASE_FAULTS, true);
		}

		/**
		 * The build's run on MariaDB, within a minute: the same load, a refusing database and an exhausted pool; the
		 * silent database and {@code kill -9} are left to the full run (the same code paths as on PostgreSQL: the proxy
		 * and the driver's socket timeout; a node's restart costs most of a minute). Each fault lasts 5 s: a write that
		 * waits on the locked table is refused after the statement's 2.5 s bound, so only writes begun in the fault's first
		 * 2.5 s show it; with 4 s, a CI run on 2026-12-04 met none (the users' other requests no longer need a
		 * connection: the live view and directory answers come from memory).
		 */
		static Plan brief() {
			return new Plan(8, 4, 4, 0, Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(3),
				List.of("database refusing", "pool exhausted"), false);
		}

		/**
		 * The build's run on HSQLDB, within a minute: one node, the same load for a few seconds, {@code kill -9}, the
		 * restart on the same files a second later (it serves once HSQLDB's lock file of the killed process went stale).
		 */
		static Plan single() {
			return new Plan(8, 4, 4, 0, Duration.ofSeconds(4), Duration.ofSeconds(1), Duration.ofSeconds(4), List.of(), true);
		}

		/** The documented run on HSQLDB: one node, 50,000 votes and retractions before the kill. */
		static Plan singleFull() {
			return new Plan(16, 4, 8, 50_000, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(5), List.of(), true);
		}

		/** The documented run: 2 nodes x 50,000 votes and retractions before the faults. */
		static Plan full() {
			return new Plan(16, 4, 8, 100_000, Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(5), DATABASE_FAULTS, true);
		}

	}

	/** Every database fault the suite knows. */
	static final List<String> DATABASE_FAULTS = List.of("database silent", "database refusing", "pool exhausted");

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
		/** Per recognition: people whose celebration was acknowledged last, and the database's celebrations. */
		final Map<String, Long> expectedCelebrations = new HashMap<>();
		final Map<String, Long> storedCelebrations = new HashMap<>();
		final AtomicLong acknowledgedListingSaves = new AtomicLong();
		final AtomicLong unacknowledgedListingSaves = new AtomicLong();
		/** Champions whose stored listing is not their last acknowledged save (or a later unacknowledged one), or is doubled. */
		final List<String> listingMismatches = new CopyOnWriteArrayList<>();

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
				.append("celebrations expected ").append(expectedCelebrations).append("\ncelebrations stored   ").append(storedCelebrations).append('\n')
				.append("champion listing saves acknowledged: ").append(acknowledgedListingSaves).append(", unacknowledged: ")
				.append(unacknowledgedListingSaves).append("; listings not as acknowledged: ").append(listingMismatches).append('\n')
				.append("inconsistencies: ").append(inconsistencies.size()).append(inconsistencies.isEmpty() ? "" : " " + inconsistencies).append('\n');
			return text.toString();
		}

	}

	private enum VoteState { VOTED, NOT_VOTED, UNKNOWN }

	/** How often each node mixes pending votes during the run (the sites' own window is at least 5 minutes). */
	private static final int MIXING_SECONDS = 3;
	/**
	 * How often the single node on HSQLDB delivers notifications: its outbox can be read only after it stopped, so the
	 * suite waits this long (and a second) before stopping it, then checks the outbox is empty.
	 */
	private static final int EMBEDDED_NOTIFICATION_SECONDS = 2;

	private final Plan plan;
	private final FaultDatabase kind;
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
	private final List<String> recognitionIds = new ArrayList<>();
	/** Per champion (voter index): the next round of their listing, the last acknowledged one, later unacknowledged ones. */
	private final Map<Integer, Integer> listingRounds = new ConcurrentHashMap<>();
	private final Map<Integer, Integer> listingAcknowledged = new ConcurrentHashMap<>();
	private final Map<Integer, List<Integer>> listingUnacknowledged = new ConcurrentHashMap<>();
	private final List<String> respondedAcknowledged = new CopyOnWriteArrayList<>();
	private final List<String> respondedUnacknowledged = new CopyOnWriteArrayList<>();
	private final List<String> acknowledgedSubmissions = new CopyOnWriteArrayList<>();
	private final List<String> unacknowledgedTitles = new CopyOnWriteArrayList<>();
	private final AtomicLong operations = new AtomicLong();
	private volatile PhaseLog phase;
	private volatile boolean loadRunning;

	FaultSuite(Plan plan, FaultDatabase kind, String jdbcUrl, String user, String password, Path workDirectory) {
		this.plan = plan;
		this.kind = kind;
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
		this.workDirectory = workDirectory;
	}

	Report run() throws Exception {
		if (kind.embedded()) {
			return runSingleEmbeddedNode();
		}
		URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
		Path secret = workDirectory.resolve("shared-server-secret");
		int voters = plan.threads * plan.votersPerThread;
		try (FaultProxy proxy = new FaultProxy(database.getHost(), database.getPort() < 0 ? kind.defaultPort : database.getPort())) {
			String viaProxy = kind.via(jdbcUrl, proxy.port());
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
				giveRecognitions(a);
				checkOneVotePerPersonAcrossNodes(a, b);
				runLoadWithFaults(proxy, b);
				compareWithDatabase(a);
			}
		}
		return report;
	}

	/**
	 * One node on the dev portal's default embedded HSQLDB: no proxy and no database faults (nothing outside the node
	 * reaches the database), no second node (one process only may open the files), so no check of a second vote on
	 * another node; {@code kill -9} during the load and the restart on the same files, then every other check.
	 */
	private Report runSingleEmbeddedNode() throws Exception {
		int voters = plan.threads * plan.votersPerThread;
		NodeProcess node = new NodeProcess("node-a", FaultDatabase.EMBEDDED, "", "", workDirectory.resolve("shared-server-secret"), workDirectory,
			voters, MIXING_SECONDS, EMBEDDED_NOTIFICATION_SECONDS);
		try (node) {
			node.start();
			node.awaitReady(Duration.ofSeconds(300));
			live.add(node);
			createSuggestions(node);
			createTownHallQuestions(node);
			giveRecognitions(node);
			report.crossNodeSecondVoteStatus = -1;
			runLoadWithFaults(null, node);
			compareWithDatabase(node);
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

	/** Leadership thanks a colleague on the board: the users celebrate these, once per person. */
	private void giveRecognitions(NodeProcess node) throws Exception {
		Session lee = Session.signIn(http, node.baseUri(), "lee");
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> given = lee.send("POST", "/sites/" + FaultNode.SITE + "/recognitions", "{\"recipients\":[\"" + FaultNode.RECOGNIZED
				+ "\"],\"message\":\"Thank you for the fault suite's group " + i + "\",\"values\":[\"hope\"],\"visibility\":\"BOARD\",\"confirmed\":false}");
			if (given.statusCode() != 201) {
				throw new AssertionError("recognizing answered " + given.statusCode() + ": " + given.body());
			}
			recognitionIds.add(Session.firstId(given.body()).orElseThrow(() -> new AssertionError("no recognition given: " + given.body())));
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
			for (String fault : plan.faults) {
				if ("database silent".equals(fault)) {
					fault(fault, proxy::blackhole, proxy::restore);
				}
				else if ("database refusing".equals(fault)) {
					fault(fault, proxy::refuse, proxy::restore);
				}
				else {
					try (Connection locker = DriverManager.getConnection(jdbcUrl, user, password)) {
						fault(fault, () -> kind.lockVotes(locker), () -> kind.unlockVotes(locker));
					}
				}
			}
			if (plan.killNode) {
				killAndRestart(victim);
			}
		}
		finally {
			loadRunning = false;
			users.shutdown();
			users.awaitTermination(2, TimeUnit.MINUTES);
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
			try {
				NodeProcess node = anyLiveNode(random);
				if (node == null) {
					continue;
				}
				int pick = random.nextInt(40);
				if (pick == 0) {
					submit(node, voter, "Fault suite " + firstVoter + "-" + submitted++);
				}
				else if (pick == 1) {
					saveListing(node, voter);
				}
				else if (pick < 5) {
					toggle(node, voter, Target.CELEBRATION, recognitionIds.get(random.nextInt(recognitionIds.size())));
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
				NodeProcess node = anyLiveNode(random);
				if (node == null) {
					continue;
				}
				String id = acknowledgedSubmissions.get(next++);
				Answer answer = send(node, "lee", "POST", "/suggestions/" + id + "/responses",
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

	/** A node that serves, or null after a short pause when none does (the single node on HSQLDB was killed). */
	private NodeProcess anyLiveNode(Random random) throws InterruptedException {
		List<NodeProcess> nodes = List.copyOf(live);
		if (nodes.isEmpty()) {
			Thread.sleep(100);
			return null;
		}
		return nodes.get(random.nextInt(nodes.size()));
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

	/**
	 * What users vote on, once per person: a suggestion, a town-hall question; and what they celebrate, once per
	 * person: a recognition ({@code PUT} again changes nothing, so an unknown outcome is settled by sending it again).
	 */
	private enum Target {
		SUGGESTION("", "/suggestions/", "/votes", "POST", 201, 204, true),
		QUESTION("q:", "/town-hall-questions/", "/votes", "POST", 201, 200, true),
		CELEBRATION("c:", "/sites/" + FaultNode.SITE + "/recognitions/", "/celebration", "PUT", 200, 200, false);

		final String keyPrefix;
		final String path;
		final String tail;
		final String method;
		final int voted;
		final int retracted;
		/** Votes and retractions count towards the run's 2 x 50,000; celebrations come on top. */
		final boolean vote;

		Target(String keyPrefix, String path, String tail, String method, int voted, int retracted, boolean vote) {
			this.keyPrefix = keyPrefix;
			this.path = path;
			this.tail = tail;
			this.method = method;
			this.voted = voted;
			this.retracted = retracted;
			this.vote = vote;
		}

		String key(int voter, String id) {
			return keyPrefix + voter + "/" + id;
		}

		String uri(String id) {
			return path + id + tail;
		}

		static Target ofKey(String key) {
			for (Target target : values()) {
				if (!target.keyPrefix.isEmpty() && key.startsWith(target.keyPrefix)) {
					return target;
				}
			}
			return SUGGESTION;
		}
	}

	/**
	 * A champion saves their own listing, each time with a new round in its office hours: afterwards the database holds
	 * exactly one listing for them, and it is their last acknowledged save or a later unacknowledged one.
	 */
	private void saveListing(NodeProcess node, int voter) throws InterruptedException {
		int round = listingRounds.merge(voter, 1, Integer::sum);
		Answer answer = send(node, FaultNode.voterName(voter), "PUT", "/sites/" + FaultNode.SITE + "/champions/mine", "{\"displayName\":\"Fault Voter "
			+ voter + "\",\"title\":\"Peer Champion\",\"category\":\"PEER\",\"role\":\"Questions about the fault suite.\",\"officeHours\":\""
			+ listingRound(round) + "\",\"programs\":[],\"languages\":[],\"expertise\":[]}");
		if (answer == null) {
			return;
		}
		if (answer.status == 200) {
			listingAcknowledged.put(voter, round);
			listingUnacknowledged.remove(voter);
			report.acknowledgedListingSaves.incrementAndGet();
			answer.record(Outcome.DONE);
			return;
		}
		listingUnacknowledged.computeIfAbsent(voter, unused -> new CopyOnWriteArrayList<>()).add(round);
		report.unacknowledgedListingSaves.incrementAndGet();
		answer.recordFailure();
	}

	private static String listingRound(int round) {
		return "Fault round " + round;
	}

	private void toggle(NodeProcess node, int voter, Target target, String id) throws InterruptedException {
		String key = target.key(voter, id);
		VoteState state = states.getOrDefault(key, VoteState.NOT_VOTED);
		boolean vote = state != VoteState.VOTED;
		Answer answer = send(node, FaultNode.voterName(voter), vote ? target.method : "DELETE", target.uri(id), vote ? "{}" : null);
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
			if (target.vote) {
				report.acknowledgedVoteOperations.incrementAndGet();
				operations.incrementAndGet();
			}
			answer.record(Outcome.DONE);
		}
		else if (answer.status == 409 && vote || answer.status == 404 && !vote) {
			// "already voted" / "not voted": settles an unknown outcome; for a known one it means a lost or doubled write
			if (state != VoteState.UNKNOWN) {
				report.inconsistencies.add(answer.status + " for " + key + " known as " + state + " on " + node.name() + " during " + answer.phase.name()
					+ ": " + answer.body + " after " + past + readBack(node, voter, target, id));
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

	/**
	 * What the node says right after a contradiction (for a suggestion: whether it holds this person's vote, read again
	 * a moment later), so that a failed run tells a vote the database lost or kept apart from an answer that misread it.
	 */
	private String readBack(NodeProcess node, int voter, Target target, String id) throws InterruptedException {
		if (target != Target.SUGGESTION) {
			return "";
		}
		StringBuilder reads = new StringBuilder("; read back:");
		for (int read = 0; read < 2; read++) {
			Answer again = send(node, FaultNode.voterName(voter), "GET", "/suggestions/" + id, null);
			Matcher voted = again == null || again.body == null ? null : Pattern.compile("\"votedByMe\"\\s*:\\s*(true|false)").matcher(again.body);
			reads.append(' ').append(voted != null && voted.find() ? "votedByMe=" + voted.group(1) : "no answer");
			Thread.sleep(200);
		}
		return reads.toString();
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
	private void countResponseNotifications(Connection connection, Duration wait) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + wait.toNanos();
		do {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM PV_NOTIFICATION_OUTBOX WHERE recipient_key IS NOT NULL")) {
				rows.next();
				report.undeliveredEvents = rows.getLong(1);
			}
			if (report.undeliveredEvents > 0) {
				Thread.sleep(500);
			}
		}
		while (report.undeliveredEvents > 0 && System.nanoTime() < deadline);
		try (PreparedStatement notifications = connection.prepareStatement(
				"SELECT COUNT(*) FROM PV_NOTIFICATION WHERE item_id = ? AND type = 'SUGGESTION_RESPONSE'")) {
			for (String id : respondedAcknowledged) {
				report.acknowledgedResponseNotifications.put(id, count(notifications, id));
			}
			for (String id : respondedUnacknowledged) {
				report.unacknowledgedResponseNotifications.put(id, count(notifications, id));
			}
		}
	}

	private long voted(Target target, String id) {
		return states.entrySet().stream().filter(e -> Target.ofKey(e.getKey()) == target && e.getKey().endsWith("/" + id)
			&& e.getValue() == VoteState.VOTED).count();
	}

	/** Every champion who saved: one stored listing, holding their last acknowledged round or a later unacknowledged one. */
	private void compareListings(Connection connection) throws SQLException {
		Map<String, List<String>> stored = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT owner_key, office_hours FROM PV_CHAMPION_LISTING WHERE site_id = " + FaultNode.SITE)) {
			while (rows.next()) {
				stored.computeIfAbsent(rows.getString(1), unused -> new ArrayList<>()).add(rows.getString(2));
			}
		}
		for (Integer voter : listingRounds.keySet()) {
			List<String> listings = stored.getOrDefault(FaultNode.voterKey(voter), List.of());
			Integer acknowledged = listingAcknowledged.get(voter);
			List<String> allowed = new ArrayList<>();
			if (acknowledged != null) {
				allowed.add(listingRound(acknowledged));
			}
			listingUnacknowledged.getOrDefault(voter, List.of()).forEach(round -> allowed.add(listingRound(round)));
			boolean fine = listings.size() == 1 ? allowed.contains(listings.get(0)) : listings.isEmpty() && acknowledged == null;
			if (!fine) {
				report.listingMismatches.add(FaultNode.voterName(voter) + ": stored " + listings + ", acknowledged " + acknowledged + ", allowed " + allowed);
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
				Target target = Target.ofKey(entry.getKey());
				String[] key = entry.getKey().substring(target.keyPrefix.length()).split("/");
				Session session = Session.signIn(http, node.baseUri(), FaultNode.voterName(Integer.parseInt(key[0])));
				int status = session.send(target.method, target.uri(key[1]), "{}").statusCode();
				if (status != target.voted && !(target.vote && status == 409)) {
					report.inconsistencies.add("settling " + entry.getKey() + " answered " + status);
				}
				entry.setValue(VoteState.VOTED);
			}
		}
		for (String id : suggestionIds) {
			report.expectedVotes.put(id, voted(Target.SUGGESTION, id));
		}
		for (String id : questionIds) {
			report.expectedQuestionVotes.put(id, voted(Target.QUESTION, id));
		}
		for (String id : recognitionIds) {
			report.expectedCelebrations.put(id, voted(Target.CELEBRATION, id));
		}
		Session reader = Session.signIn(http, node.baseUri(), "lee");
		for (String id : suggestionIds) {
			String body = reader.send("GET", "/suggestions/" + id, null).body();
			Matcher count = Pattern.compile("\"voteCount\"\\s*:\\s*(\\d+)").matcher(body);
			report.apiVotes.put(id, count.find() ? Long.parseLong(count.group(1)) : -1L);
		}
		if (kind.embedded()) {
			readEmbeddedDatabase(node);
		}
		else {
			try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
				// both nodes keep delivering the run's events meanwhile
				readDatabase(connection, Duration.ofSeconds(60));
			}
		}
		Files.writeString(workDirectory.resolve("report.md"), report.table());
	}

	/**
	 * The single node holds its embedded files: it delivers the run's last notifications, stops normally (its database
	 * shut down with it), and the files are read here. Should events be left in the outbox (a delivery slower than
	 * usual), the node runs again for another round of delivery, at most twice.
	 */
	private void readEmbeddedDatabase(NodeProcess node) throws Exception {
		for (int round = 0;; round++) {
			Thread.sleep((EMBEDDED_NOTIFICATION_SECONDS + 1) * 1000L);
			node.stop();
			try (Connection connection = DriverManager.getConnection(FaultDatabase.embeddedUrl(node.dataDirectory()), "SA", "")) {
				try {
					countResponseNotifications(connection, Duration.ZERO);
					if (report.undeliveredEvents == 0 || round == 2) {
						readDatabase(connection, Duration.ZERO);
						return;
					}
				}
				finally {
					try (Statement statement = connection.createStatement()) {
						statement.execute("SHUTDOWN");
					}
				}
			}
			node.start();
			node.awaitReady(Duration.ofSeconds(120));
		}
	}

	/** Reads what was stored and compares it with what was acknowledged. */
	private void readDatabase(Connection connection, Duration deliveryWait) throws SQLException, InterruptedException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT suggestion_id, COUNT(*) FROM PV_SUGGESTION_VOTE GROUP BY suggestion_id")) {
			while (rows.next()) {
				if (suggestionIds.contains(rows.getString(1))) {
					report.storedVotes.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		for (String id : suggestionIds) {
			report.storedVotes.putIfAbsent(id, 0L);
		}
		try (PreparedStatement votes = connection.prepareStatement("SELECT COUNT(*) FROM PV_TOWN_HALL_VOTE WHERE question_id = ?")) {
			for (String id : questionIds) {
				report.storedQuestionVotes.put(id, count(votes, id));
			}
		}
		try (PreparedStatement celebrations = connection.prepareStatement("SELECT COUNT(*) FROM PV_RECOGNITION_REACTION WHERE recognition_id = ?")) {
			for (String id : recognitionIds) {
				report.storedCelebrations.put(id, count(celebrations, id));
			}
		}
		compareListings(connection);
		countResponseNotifications(connection, deliveryWait);
		report.acknowledgedSubmissions = acknowledgedSubmissions.size();
		try (PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM PV_SUGGESTION WHERE id = ?")) {
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
		try (PreparedStatement stored = connection.prepareStatement("SELECT COUNT(*) FROM PV_SUGGESTION WHERE title = ?")) {
			for (String title : unacknowledgedTitles) {
				stored.setString(1, title);
				try (ResultSet rows = stored.executeQuery()) {
					rows.next();
					report.unacknowledgedSubmissionsStored += rows.getLong(1);
				}
			}
		}
	}

}
