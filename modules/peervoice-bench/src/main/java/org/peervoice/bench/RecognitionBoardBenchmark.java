package org.peervoice.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Slice;
import org.peervoice.core.recognition.EquityView;
import org.peervoice.core.recognition.FeedQuery;
import org.peervoice.core.recognition.RecognitionBoard;
import org.peervoice.core.recognition.RecognitionView;

/**
 * Staff reading the recognition board ({@link RecognitionBoard#board}: a page of 20 with recipients, celebrations and
 * comments) on 100,000 recognitions, 16 readers at once. Each request is made by one of the 300 seeded people (drawn at
 * random: some are the giver or a recipient of what they read) and asks one of a mix: every seventh a page of everything
 * between 1 and 50, every other turn the fixed mix (the newest page, a value, this month, a value this month), the
 * others what one of the 300 people received or gave, page 1 to 3: over 1,800 distinct pages, so that the node's feed
 * cache meets many keys; its hit rate is printed at the end of each iteration. Target: p95 under 30 ms on PostgreSQL
 * ({@code PEERVOICE_BENCH_POSTGRES_URL}), compared with pgbench on the same server (docs/benchmarks.md).
 * {@code -jvmArgsAppend -Dpeervoice.bench.feedAnswersOff=true} measures without the cache ({@link RecognitionBoard#NO_FEED_KEPT});
 * {@code -Dpeervoice.bench.feedWritesPerSecond=N} has a writer celebrate and uncelebrate the newest recognition N times a
 * second beside the readers (each write ends every kept page of the site).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(16)
public class RecognitionBoardBenchmark {

	static final List<FeedQuery> QUERIES = List.of(
		FeedQuery.everything(),
		new FeedQuery("hope", null, null, null),
		new FeedQuery(null, null, null, FeedQuery.Period.MONTH),
		new FeedQuery("dignity", null, null, FeedQuery.Period.MONTH));
	static final String WRITES_PER_SECOND = "peervoice.bench.feedWritesPerSecond";

	@Param("100000")
	public int recognitionCount;

	SeededRecognitionBoard seeded;
	RecognitionBoard board;
	private ScheduledExecutorService writer;
	private final AtomicLong writes = new AtomicLong();
	private long[] before = {0, 0};
	private long writesBefore;

	@Setup
	public void seed() throws SQLException {
		seeded = SeededRecognitionBoard.open(recognitionCount);
		board = seeded.services().recognitionBoard();
		int perSecond = Integer.getInteger(WRITES_PER_SECOND, 0);
		if (perSecond > 0) {
			BenchmarkIdentity celebrating = BenchmarkIdentity.staff("user-5");
			String newest = board.board(celebrating, BenchmarkIdentity.SITE, FeedQuery.everything(), PageRequest.of(1, 1)).items().get(0)
				.getId();
			writer = Executors.newSingleThreadScheduledExecutor();
			writer.scheduleAtFixedRate(() -> {
				if (writes.incrementAndGet() % 2 == 0) {
					board.uncelebrate(celebrating, BenchmarkIdentity.SITE, newest);
				}
				else {
					board.celebrate(celebrating, BenchmarkIdentity.SITE, newest);
				}
			}, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
		}
	}

	/** The feed cache's hits over the iteration (warm-up ones included): from memory, read from the database, the rate. */
	@TearDown(Level.Iteration)
	public void hitRate() {
		long[] now = board.feedServedAndRead();
		long served = now[0] - before[0];
		long read = now[1] - before[1];
		before = now;
		long written = writes.get() - writesBefore;
		writesBefore = writes.get();
		System.out.printf("%nfeed cache: %d served from memory, %d read, hit rate %.1f%% (%d writes beside)%n", served, read,
			served + read == 0 ? 0.0 : 100.0 * served / (served + read), written);
	}

	@TearDown
	public void close() throws SQLException, InterruptedException {
		if (writer != null) {
			writer.shutdown();
			writer.awaitTermination(10, TimeUnit.SECONDS);
		}
		seeded.close();
	}

	/** Each reader's turn and its own random choices (seeded: the same mix every run). */
	@State(Scope.Thread)
	public static class Reader {
		int next;
		final Random random = new Random(Thread.currentThread().getId());
	}

	@Benchmark
	public Slice<RecognitionView> feed(Reader reader) {
		int turn = reader.next++;
		Random random = reader.random;
		BenchmarkIdentity viewer = BenchmarkIdentity.staff(SeededRecognitionBoard.person(random.nextInt(SeededRecognitionBoard.PEOPLE)));
		if (turn % 7 == 6) {
			return board.board(viewer, BenchmarkIdentity.SITE, FeedQuery.everything(), PageRequest.of(1 + random.nextInt(50), 20));
		}
		if (turn % 2 == 0) {
			return board.board(viewer, BenchmarkIdentity.SITE, QUERIES.get(random.nextInt(QUERIES.size())), PageRequest.of(1, 20));
		}
		FeedQuery.Role role = random.nextBoolean() ? FeedQuery.Role.RECEIVED : FeedQuery.Role.GIVEN;
		return board.board(viewer, BenchmarkIdentity.SITE, new FeedQuery(null, SeededRecognitionBoard.person(random.nextInt(
			SeededRecognitionBoard.PEOPLE)), role, null), PageRequest.of(1 + random.nextInt(3), 20));
	}

	/** Leadership's equity view over the same recognitions, one reader (target under 200 ms). */
	@Benchmark
	@Threads(1)
	public EquityView equity() {
		return seeded.services().recognitionInsights().equity(BenchmarkIdentity.leadership("user-3"), BenchmarkIdentity.SITE);
	}

}
