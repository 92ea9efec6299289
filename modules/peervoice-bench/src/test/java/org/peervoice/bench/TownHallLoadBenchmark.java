package org.peervoice.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The town hall's load benchmark (issue 10, "Speed"; docs/benchmarks.md): a dev portal on PostgreSQL in its own JVM,
 * with the load-test directory of synthetic users switched on ({@code PEERVOICE_LOAD_TEST_USERS}), driven over HTTP by
 * N attendees (HTTP Basic, {@code load-1..load-N}). Phase "live": for {@code seconds} seconds every attendee follows the
 * live view (conditional GET with If-None-Match every {@code pollMillis}), every attendee casts one vote at a random
 * moment, and {@code askers} of them ask a question. Phase "burst": every attendee votes once more, as fast as the
 * portal takes them, for the throughput. Then the acknowledged votes (201) are compared with the rows in the database,
 * and {@code pgbench -b simple-update} runs against the same server for the reference.
 *
 * <p>Not a test of the build: {@link TownHallLoadTest} runs it only when {@code -Dpeervoice.townHallLoad=<attendees>} is
 * given, with {@code PEERVOICE_BENCH_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}.
 */
final class TownHallLoadBenchmark {

	private static final String API = "/o/peer-voice/v1.0";
	private static final String QUESTIONS_TO_VOTE_ON = "10";
	/** How long before its start the live phase's requests are scheduled (the loop must finish within it). */
	private static final long SCHEDULING_MILLIS = 1000;

	private final String jdbcUrl;
	private final String user;
	private final String password;
	private final int attendees;
	private final int askers;
	private final int seconds;
	private final int pollMillis;
	private final int threads;
	private final Path work;
	private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
	/* every timed request: kind, when it was due and sent (ms from the live phase's start), its latency from the schedule (ms) */
	private final Queue<String> timeline = new ConcurrentLinkedQueue<>();
	private volatile long liveStart;
	/** The live phase's start on the wall clock (ms since the epoch), for the node's log. */
	private volatile long liveWallStart;
	private static final Pattern MIXING_LINE = Pattern.compile("^(\\S+) INFO Mixed (\\d+) anonymous rows of site \\d+ in (\\d+) ms");
	private volatile long schedulingMillis;
	private final Map<String, AtomicLong> acknowledged = new ConcurrentHashMap<>();
	private final AtomicLong failures = new AtomicLong();
	private final Map<String, AtomicLong> failuresByStatus = new ConcurrentHashMap<>();
	private final AtomicLong notModified = new AtomicLong();
	private final LoadClient client;
	private URI base;

	TownHallLoadBenchmark(String jdbcUrl, String user, String password, int attendees, int askers, int seconds, int pollMillis, int threads,
		Path work) {
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
		this.attendees = attendees;
		this.askers = Math.min(askers, attendees);
		this.seconds = seconds;
		this.pollMillis = pollMillis;
		this.threads = threads;
		this.work = work;
		this.client = LoadClient.named(System.getProperty("peervoice.townHallLoad.client", LoadClient.APACHE), threads + 8);
	}

	/** Runs both phases and pgbench; returns the report (also in {@code work/town-hall-load.txt}). */
	Map<String, Object> run() throws Exception {
		String schema = "pv_load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("CREATE SCHEMA " + schema);
		Process node = null;
		Map<String, Object> report = new java.util.LinkedHashMap<>();
		try {
			int port = freePort();
			base = URI.create("http://127.0.0.1:" + port);
			node = startNode(port, withSchema(jdbcUrl, schema));
			awaitReady(node, Duration.ofMinutes(3));
			String townHall = liveTownHall();
			List<String> firstRound = seedQuestions(townHall, "Live");
			List<String> secondRound = seedQuestions(townHall, "Burst");

			report.put("attendees", attendees);
			report.put("askers", askers);
			report.put("liveSeconds", seconds);
			report.put("pollMillis", pollMillis);
			report.put("clientThreads", threads);
			report.put("client", client.name());
			List<String> warmQuestions = warmUp(townHall);
			costPhase(node, townHall, warmQuestions, report);
			rejoin(townHall);
			report.put("loadAverageBefore", loadAverage());
			livePhase(townHall, firstRound);
			report.put("loadAverageAfterLive", loadAverage());
			report.put("live phase scheduled in ms", schedulingMillis);
			report.put("mixings during the live phase (rows, ms)", mixingsDuringLive());
			long started = System.nanoTime();
			burstPhase(secondRound);
			double burstSeconds = (System.nanoTime() - started) / 1e9;
			long burstVotes = acknowledged.getOrDefault("burst", new AtomicLong()).get();

			report.put("vote p50 ms", percentile("vote", 50));
			report.put("vote p99 ms", percentile("vote", 99));
			report.put("refresh p50 ms", percentile("refresh", 50));
			report.put("refresh p99 ms", percentile("refresh", 99));
			report.put("ask p99 ms", percentile("ask", 99));
			// as measured until 2026-12-04: from when a client thread sent it, the wait for a free client thread left out
			report.put("vote p99 ms from send", percentile("vote sent", 99));
			report.put("refresh p99 ms from send", percentile("refresh sent", 99));
			report.put("refreshes", count("refresh"));
			report.put("refreshes answered 304", notModified.get());
			report.put("live votes acknowledged", acknowledged.getOrDefault("vote", new AtomicLong()).get());
			report.put("questions asked", acknowledged.getOrDefault("ask", new AtomicLong()).get());
			report.put("burst votes acknowledged", burstVotes);
			report.put("burst seconds", round(burstSeconds));
			report.put("burst p99 ms", percentile("burst", 99));
			double votesPerSecond = burstVotes / burstSeconds;
			report.put("vote throughput /s", round(votesPerSecond));
			report.put("failed requests", failures.get() + " " + failuresByStatus);
			Map<String, Long> inDatabase = votesInDatabase(schema, firstRound, secondRound);
			long expected = acknowledged.getOrDefault("vote", new AtomicLong()).get() + burstVotes;
			long stored = inDatabase.values().stream().mapToLong(Long::longValue).sum();
			report.put("votes acknowledged", expected);
			report.put("votes in database", stored);
			report.put("lost (acknowledged, not stored)", Math.max(0, expected - stored));
			report.put("doubled or unacknowledged (stored, not acknowledged)", Math.max(0, stored - expected));
			node.destroy();
			node.waitFor(30, TimeUnit.SECONDS);
			report.put("loadAverageBeforePgbench", loadAverage());
			double tps = pgbench();
			report.put("pgbench simple-update tps", round(tps));
			report.put("ratio votes/pgbench", tps > 0 ? round(votesPerSecond / tps) : "n/a");
		}
		finally {
			client.close();
			if (node != null && node.isAlive()) {
				node.destroyForcibly();
			}
			execute("DROP SCHEMA " + schema + " CASCADE");
		}
		StringBuilder text = new StringBuilder();
		report.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
		Files.writeString(work.resolve("town-hall-load.txt"), text);
		// for where in the run the slow answers were: one line per timed request (kind, due ms, sent ms, latency ms)
		Files.write(work.resolve("timeline.txt"), timeline);
		return report;
	}

	// ---- the node

	private Process startNode(int port, String url) throws IOException {
		Path data = Files.createDirectories(work.resolve("node"));
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>();
		String nodeCpus = System.getProperty("peervoice.townHallLoad.nodeCpus");
		if (nodeCpus != null && !nodeCpus.isBlank()) {
			// the node on CPUs of its own (Linux taskset; run the client with `taskset -c <others> mvn ...`)
			command.addAll(List.of("taskset", "-c", nodeCpus));
		}
		// the node's collector pauses beside the timeline (uptime-stamped, as the node's own clock)
		command.addAll(List.of(java, "-Xmx768m", "-Xlog:gc:file=" + work.resolve("gc.log") + ":uptime,level"));
		// one line per log record, stamped to the millisecond in UTC: the report finds the mixings of the live phase in it
		command.addAll(List.of("-Duser.timezone=UTC", "-Djava.util.logging.SimpleFormatter.format=%1$tFT%1$tT.%1$tLZ %4$s %5$s%6$s%n"));
		if (Boolean.getBoolean("peervoice.townHallLoad.jfr")) {
			// where the node's time goes: a flight recording of the whole run (docs/benchmarks.md, town hall)
			command.add("-XX:StartFlightRecording=settings=profile,jdk.ExecutionSample#period=2ms,filename=" + work.resolve("node.jfr"));
		}
		command.addAll(List.of("-DPEERVOICE_PORT=" + port, "-DPEERVOICE_DATA=" + data,
			"-DPEERVOICE_SECRET_FILE=" + work.resolve("server-secret"), "-DPEERVOICE_JDBC_URL=" + url, "-DPEERVOICE_JDBC_USER=" + user,
			"-DPEERVOICE_JDBC_PASSWORD=" + password, "-DPEERVOICE_LOAD_TEST_USERS=" + attendees,
			"-DPEERVOICE_HTTP_THREADS=" + Integer.getInteger("peervoice.townHallLoad.nodeThreads", 0), "-cp", System.getProperty("java.class.path"),
			"org.peervoice.devportal.Main"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("node.log").toFile()).start();
	}

	private void awaitReady(Process node, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!node.isAlive()) {
				throw new IllegalStateException("the dev portal exited; see " + work.resolve("node.log"));
			}
			try {
				if (send("lee", "GET", API + "/sites", null, null).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the dev portal did not start in " + timeout);
	}

	private static String withSchema(String url, String schema) {
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The node's mixings that overlapped the live phase, each as its rows and milliseconds (a live meeting's town hall
	 * mixes every 30 s by default: whether a 10-s phase holds one, and how large it is, tells a run's vote p99 apart).
	 */
	private List<String> mixingsDuringLive() throws IOException {
		List<String> during = new ArrayList<>();
		long end = liveWallStart + seconds * 1000L;
		for (String line : Files.readAllLines(work.resolve("node.log"), StandardCharsets.UTF_8)) {
			Matcher mixing = MIXING_LINE.matcher(line);
			if (!mixing.find()) {
				continue;
			}
			long finished;
			try {
				finished = java.time.Instant.parse(mixing.group(1)).toEpochMilli();
			}
			catch (java.time.format.DateTimeParseException otherFormat) {
				continue;
			}
			long took = Long.parseLong(mixing.group(3));
			if (finished > liveWallStart && finished - took < end && Long.parseLong(mixing.group(2)) > 0) {
				during.add(mixing.group(2) + " rows " + took + " ms");
			}
		}
		return during;
	}

	// ---- set-up over HTTP

	private String liveTownHall() throws Exception {
		String created = expect(send("lee", "POST", API + "/sites/20121/town-halls", "{\"title\":\"Load town hall\","
			+ "\"startsAt\":\"2027-06-01T10:00:00Z\",\"endsAt\":\"2027-06-01T11:00:00Z\",\"timeZone\":\"UTC\",\"preModeration\":false}",
			null), 201);
		String id = field(created, "id");
		expect(send("lee", "POST", API + "/town-halls/" + id + "/state", "{\"state\":\"SCHEDULED\"}", null), 200);
		expect(send("lee", "POST", API + "/town-halls/" + id + "/state", "{\"state\":\"LIVE\"}", null), 200);
		return id;
	}

	// Questions by lee and admin (no attendee owns one, so every attendee may vote for each).
	private List<String> seedQuestions(String townHall, String label) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < Integer.parseInt(QUESTIONS_TO_VOTE_ON); i++) {
			String asker = i % 2 == 0 ? "lee" : "admin";
			ids.add(field(expect(send(asker, "POST", API + "/town-halls/" + townHall + "/questions",
				"{\"text\":\"" + label + " question " + i + ": what is next?\"}", null), 201), "id"));
		}
		return ids;
	}

	// ---- the phases

	private void livePhase(String townHall, List<String> questions) throws InterruptedException {
		ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
		ThreadPoolExecutor workers = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads);
		// the client's threads exist before the schedule starts: started on demand they made the first 800 ms of requests
		// leave up to 280 ms late (until 2026-12-04 night; docs/benchmarks.md)
		workers.prestartAllCoreThreads();
		Random random = new Random(20271);
		long window = seconds * 1000L;
		// the schedule starts once every request of it is scheduled (about 17,500 for 2,000 attendees): until 2026-12-04
		// night it started before, and the requests due while the loop below still ran counted its time as latency
		long planned = System.nanoTime();
		long start = planned + TimeUnit.MILLISECONDS.toNanos(SCHEDULING_MILLIS);
		liveStart = start;
		liveWallStart = System.currentTimeMillis() + SCHEDULING_MILLIS;
		Map<Integer, String> etags = new ConcurrentHashMap<>();
		for (int i = 1; i <= attendees; i++) {
			int attendee = i;
			String question = questions.get(i % questions.size());
			long voteAt = (long) (random.nextDouble() * window);
			schedule(clock, workers, start, voteAt, due -> timed("vote", attendee, "POST", API + "/town-hall-questions/" + question + "/votes",
				"{}", null, 201, due));
			if (attendee <= askers) {
				long askAt = (long) (random.nextDouble() * window);
				schedule(clock, workers, start, askAt, due -> timed("ask", attendee, "POST", API + "/town-halls/" + townHall + "/questions",
					"{\"text\":\"Question from attendee " + attendee + "?\"}", null, 201, due));
			}
			// followers start spread over one polling interval, then poll every interval until the window ends
			long first = (long) (random.nextDouble() * pollMillis);
			for (long at = first; at < window + pollMillis; at += pollMillis) {
				schedule(clock, workers, start, at, due -> {
					LoadClient.Answer answer = timed("refresh", attendee, "GET", API + "/town-halls/" + townHall + "/live", null,
						etags.get(attendee), -1, due);
					if (answer != null) {
						answer.etag().ifPresent(etag -> etags.put(attendee, etag));
						if (answer.statusCode() == 304) {
							notModified.incrementAndGet();
						}
					}
				});
			}
		}
		long scheduled = System.nanoTime();
		schedulingMillis = (scheduled - planned) / 1_000_000;
		if (scheduled > start) {
			throw new IllegalStateException("scheduling the live phase took " + schedulingMillis + " ms, more than the " + SCHEDULING_MILLIS
				+ " ms allowed before its start");
		}
		clock.shutdown();
		clock.awaitTermination(window + 60_000, TimeUnit.MILLISECONDS);
		workers.shutdown();
		workers.awaitTermination(10, TimeUnit.MINUTES);
	}

	/*
	 * Every attendee reads the live view twice, and votes and asks in a second live town hall as in the live phase (the
	 * portal's JIT and pools warm up for every kind of request the phases send, as in a portal that has been running;
	 * the first sign-in of each); not counted, and nothing of it in the measured town hall.
	 */
	private List<String> warmUp(String townHall) throws Exception {
		String warmHall = liveTownHall();
		List<String> warmQuestions = seedQuestions(warmHall, "Warm-up");
		// as many client threads as the phases use: the client's connections and the node's request threads exist before the
		// live phase, as for a meeting whose attendees have had its page open (32 until 2026-12-04 night: then the live
		// phase's first 2 s were spent opening 170 connections and starting as many request threads, docs/benchmarks.md)
		eachAttendee(2, (attendee, round) -> {
			send("load-" + attendee, "GET", API + "/town-halls/" + townHall + "/live", null, null, false);
			if (round == 0) {
				send("load-" + attendee, "POST", API + "/town-hall-questions/" + warmQuestions.get(attendee % warmQuestions.size()) + "/votes",
					"{}", null, false);
			}
			else if (attendee <= askers) {
				send("load-" + attendee, "POST", API + "/town-halls/" + warmHall + "/questions",
					"{\"text\":\"Warm-up question from attendee " + attendee + "?\"}", null, false);
			}
		});
		return warmQuestions;
	}

	/*
	 * Every attendee reads the live view once more, right before the live phase, at its concurrency: attendees follow the
	 * meeting before it goes live, so their connections are open (the portal closes one idle for 20 s, which the cost
	 * phase outlasts: until 2026-12-04 night the live phase's first second was spent opening about 200 connections
	 * again, docs/benchmarks.md). Not counted.
	 */
	private void rejoin(String townHall) throws InterruptedException {
		eachAttendee(1, (attendee, round) -> send("load-" + attendee, "GET", API + "/town-halls/" + townHall + "/live", null, null, false));
	}

	/** One attendee's step in a round of {@link #eachAttendee}. */
	private interface AttendeeStep {

		void run(int attendee, int round) throws IOException, InterruptedException;

	}

	/*
	 * The step for every attendee, round after round, on as many client threads as the phases use (started before the
	 * first step); returns when all are done. A step that fails is not counted here: warming up, or timed by the step.
	 */
	private void eachAttendee(int rounds, AttendeeStep step) throws InterruptedException {
		ThreadPoolExecutor workers = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads);
		workers.prestartAllCoreThreads();
		for (int round = 0; round < rounds; round++) {
			for (int i = 1; i <= attendees; i++) {
				int attendee = i;
				int turn = round;
				workers.execute(() -> {
					try {
						step.run(attendee, turn);
					}
					catch (IOException | InterruptedException ignored) {
						// not counted
					}
				});
			}
		}
		workers.shutdown();
		workers.awaitTermination(10, TimeUnit.MINUTES);
	}

	/*
	 * What one request costs, in CPU time rather than latency (which the machine's other work distorts): the node's CPU
	 * (its process's user + system time from /proc) and this client's, over requests sent one after another by 4 threads
	 * while nothing changes: every attendee's conditional GET with the ETag it holds (304, no view made); the full live
	 * view (no ETag: made from the node's copy for that caller, 200); an unknown town hall (404 problem: the JAX-RS path
	 * and an exception); a UI file (the servlet container and the dev portal's filters without JAX-RS); a vote (201, in
	 * the warm-up town hall, so nothing changes in the measured one: the vote path with its group commit, a transaction
	 * and PostgreSQL's work for it, the node's share only; with 4 in flight a batch holds few votes).
	 */
	private void costPhase(Process node, String townHall, List<String> warmQuestions, Map<String, Object> report) throws Exception {
		Map<Integer, String> etags = new ConcurrentHashMap<>();
		for (int i = 1; i <= 200; i++) {
			int attendee = i;
			send("load-" + attendee, "GET", API + "/town-halls/" + townHall + "/live", null, null).etag()
				.ifPresent(etag -> etags.put(attendee, etag));
		}
		// rounds of every kind in turn; the first round only warms up (the JIT), each figure is the median of the others
		int rounds = 4;
		Map<CostKind, List<double[]>> measured = new EnumMap<>(CostKind.class);
		for (int round = 0; round < rounds; round++) {
			for (CostKind kind : CostKind.values()) {
				double[] cost = cost(node, townHall, etags, kind, warmQuestions, round);
				if (round > 0) {
					measured.computeIfAbsent(kind, any -> new ArrayList<>()).add(cost);
				}
			}
		}
		for (CostKind kind : CostKind.values()) {
			List<double[]> costs = measured.get(kind);
			report.put("node CPU ms per request, " + kind.label, median(costs, 0));
			report.put("client CPU ms per request, " + kind.label, median(costs, 1));
			double unexpected = costs.stream().mapToDouble(cost -> cost[2]).sum();
			if (unexpected > 0) {
				report.put("unexpected answers, " + kind.label, (long) unexpected);
			}
		}
	}

	/** The requests the cost phase measures: their name in the report, the answer expected, one per attendee or not. */
	private enum CostKind {

		NOT_MODIFIED("not modified (304)", 304, false),
		FULL_VIEW("full view (200)", 200, false),
		UNKNOWN_TOWN_HALL("unknown town hall (404)", 404, false),
		UI_FILE("a UI file, no JAX-RS (200)", 200, false),
		VOTE("a vote (201)", 201, true);

		final String label;
		final int status;
		/** one request per attendee and round (a vote), rather than 2,000 from the first 200 attendees */
		final boolean perAttendee;

		CostKind(String label, int status, boolean perAttendee) {
			this.label = label;
			this.status = status;
			this.perAttendee = perAttendee;
		}

	}

	private LoadClient.Answer send(CostKind kind, int attendee, String townHall, Map<Integer, String> etags, String question)
		throws IOException, InterruptedException {
		String user = "load-" + attendee;
		switch (kind) {
			case NOT_MODIFIED:
				return send(user, "GET", API + "/town-halls/" + townHall + "/live", null, etags.get(attendee), false);
			case FULL_VIEW:
				return send(user, "GET", API + "/town-halls/" + townHall + "/live", null, null, false);
			case UNKNOWN_TOWN_HALL:
				return send(user, "GET", API + "/town-halls/" + UUID.randomUUID() + "/live", null, null, false);
			case UI_FILE:
				return send(user, "GET", "/o/peer-voice-ui/pv-dom.js", null, null, false);
			case VOTE:
				return send(user, "POST", API + "/town-hall-questions/" + question + "/votes", "{}", null, false);
			default:
				throw new IllegalArgumentException(kind.name());
		}
	}

	private static double median(List<double[]> costs, int index) {
		double[] values = costs.stream().mapToDouble(cost -> cost[index]).sorted().toArray();
		return Math.round(values[values.length / 2] * 1000) / 1000.0;
	}

	/** Node and client CPU ms per request, and the count of unexpected answers, over 2,000 requests of one kind (votes: one per attendee). */
	private double[] cost(Process node, String townHall, Map<Integer, String> etags, CostKind kind, List<String> warmQuestions, int round)
		throws InterruptedException {
		int requests = kind.perAttendee ? Math.min(2000, attendees) : 2000;
		ExecutorService workers = Executors.newFixedThreadPool(4);
		long nodeBefore = processCpuNanos(node.pid());
		long clientBefore = processCpuNanos(ProcessHandle.current().pid());
		AtomicLong unexpected = new AtomicLong();
		for (int i = 0; i < requests; i++) {
			// votes: every attendee once per round, each round on another question of the warm-up town hall than any before
			int attendee = kind.perAttendee ? 1 + i % attendees : 1 + i % 200;
			String question = warmQuestions.get((attendee + 1 + round) % warmQuestions.size());
			workers.execute(() -> {
				try {
					if (send(kind, attendee, townHall, etags, question).statusCode() != kind.status) {
						unexpected.incrementAndGet();
					}
				}
				catch (IOException | InterruptedException failed) {
					unexpected.incrementAndGet();
				}
			});
		}
		workers.shutdown();
		workers.awaitTermination(10, TimeUnit.MINUTES);
		return new double[] {(processCpuNanos(node.pid()) - nodeBefore) / 1e6 / requests,
			(processCpuNanos(ProcessHandle.current().pid()) - clientBefore) / 1e6 / requests, unexpected.get()};
	}

	/** A process's user + system CPU time so far, from /proc/PID/stat (clock ticks of 10 ms), or 0 where unavailable. */
	private static long processCpuNanos(long pid) {
		try {
			String stat = Files.readString(Paths.get("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// after the name: state is field 3, utime 14 and stime 15 of the whole line
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return ticks * 10_000_000L;
		}
		catch (IOException | RuntimeException unavailable) {
			return 0;
		}
	}

	private void burstPhase(List<String> questions) throws InterruptedException {
		eachAttendee(1, (attendee, round) -> timed("burst", attendee, "POST",
			API + "/town-hall-questions/" + questions.get(attendee % questions.size()) + "/votes", "{}", null, 201, System.nanoTime()));
	}


	/*
	 * The latency runs from the moment the request was due, its place in the schedule (start + atMillis), so a client or
	 * server that falls behind shows in it: a request that waits for a free client thread waits on the clock. (Until
	 * 2026-12-04 the latency ran from when a client thread took the request up: the wait for a thread did not count.)
	 */
	private static void schedule(ScheduledExecutorService clock, ExecutorService workers, long start, long atMillis, LongConsumer work) {
		long due = start + TimeUnit.MILLISECONDS.toNanos(atMillis);
		clock.schedule(() -> workers.execute(() -> work.accept(due)), Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
	}

	private LoadClient.Answer timed(String kind, int attendee, String method, String path, String body, String etag, int expected, long due) {
		long sent = System.nanoTime();
		try {
			LoadClient.Answer answer = send("load-" + attendee, method, path, body, etag, false);
			long answered = System.nanoTime();
			latencies.computeIfAbsent(kind, any -> Collections.synchronizedList(new ArrayList<>())).add(answered - due);
			latencies.computeIfAbsent(kind + " sent", any -> Collections.synchronizedList(new ArrayList<>())).add(answered - sent);
			timeline.add(kind + " " + (due - liveStart) / 1_000_000 + " " + (sent - liveStart) / 1_000_000 + " " + (answered - due) / 1_000_000);
			boolean ok = expected < 0 ? answer.statusCode() == 200 || answer.statusCode() == 304 : answer.statusCode() == expected;
			if (ok) {
				acknowledged.computeIfAbsent(kind, any -> new AtomicLong()).incrementAndGet();
			}
			else {
				failures.incrementAndGet();
				failuresByStatus.computeIfAbsent(kind + " " + answer.statusCode() + " " + problemType(answer.body()), any -> new AtomicLong())
					.incrementAndGet();
			}
			return answer;
		}
		catch (IOException | InterruptedException failed) {
			failures.incrementAndGet();
			failuresByStatus.computeIfAbsent(kind + " " + failed.getClass().getSimpleName(), any -> new AtomicLong()).incrementAndGet();
			return null;
		}
	}

	private static String problemType(String body) {
		Matcher type = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"").matcher(body == null ? "" : body);
		return type.find() ? type.group(1) : "";
	}

	private LoadClient.Answer send(String screenName, String method, String path, String body, String etag)
		throws IOException, InterruptedException {
		return send(screenName, method, path, body, etag, true);
	}

	/* keepBody false: a successful answer's body is read to its end, not made text (the phases that only time and count) */
	private LoadClient.Answer send(String screenName, String method, String path, String body, String etag, boolean keepBody)
		throws IOException, InterruptedException {
		String authorization = "Basic " + Base64.getEncoder().encodeToString((screenName + ":demo").getBytes(StandardCharsets.UTF_8));
		return client.send(base.resolve(path), method, authorization, body, etag, keepBody);
	}

	private static String expect(LoadClient.Answer response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException("expected " + status + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return matcher.group(1);
	}

	// ---- the figures

	private double percentile(String kind, int percent) {
		List<Long> all = new ArrayList<>(latencies.getOrDefault(kind, List.of()));
		if (all.isEmpty()) {
			return Double.NaN;
		}
		Collections.sort(all);
		int index = (int) Math.ceil(percent / 100.0 * all.size()) - 1;
		return round(all.get(Math.max(0, index)) / 1e6);
	}

	private int count(String kind) {
		return latencies.getOrDefault(kind, List.of()).size();
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Paths.get("/proc/loadavg")).trim();
		}
		catch (IOException unavailable) {
			return "n/a";
		}
	}

	private Map<String, Long> votesInDatabase(String schema, List<String> first, List<String> second) throws SQLException {
		Map<String, Long> counts = new HashMap<>();
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
			PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + schema + ".pv_town_hall_vote WHERE question_id = ?")) {
			for (String question : all) {
				count.setString(1, question);
				try (ResultSet rows = count.executeQuery()) {
					rows.next();
					counts.put(question, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/* pgbench's simple-update on the same server, in a scratch schema (search_path), 16 clients, 20 s. */
	private double pgbench() throws Exception {
		String schema = "pgbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("CREATE SCHEMA " + schema);
		try {
			URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
			String database = uri.getPath().substring(1);
			List<String> connect = List.of("-h", uri.getHost(), "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", user);
			runPgbench(schema, concat(List.of("pgbench", "-i", "-q", "-s", "10"), connect, List.of(database)));
			String out = runPgbench(schema, concat(List.of("pgbench", "-b", "simple-update", "-c", "16", "-j", "2", "-T", "20"), connect,
				List.of(database)));
			Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
			return tps.find() ? Double.parseDouble(tps.group(1)) : -1;
		}
		finally {
			execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}

	private String runPgbench(String schema, List<String> command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", password);
		builder.environment().put("PGOPTIONS", "-c search_path=" + schema);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command).toLowerCase(Locale.ROOT) + ": " + out);
		}
		Files.writeString(work.resolve("pgbench.log"), out, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		return out;
	}

	@SafeVarargs
	private static List<String> concat(List<String>... parts) {
		List<String> all = new ArrayList<>();
		for (List<String> part : parts) {
			all.addAll(part);
		}
		return all;
	}

}
