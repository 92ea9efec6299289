package org.peervoice.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * comments) on 100,000 recognitions, 16 readers at once, each request one of a mix: the newest page, a value, what a
 * person received, what a person gave, this month, a deep page. Target: p95 under 30 ms on PostgreSQL
 * ({@code PEERVOICE_BENCH_POSTGRES_URL}), compared with pgbench on the same server (docs/benchmarks.md).
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
		new FeedQuery(null, SeededRecognitionBoard.person(17), FeedQuery.Role.RECEIVED, null),
		new FeedQuery(null, SeededRecognitionBoard.person(42), FeedQuery.Role.GIVEN, null),
		new FeedQuery(null, null, null, FeedQuery.Period.MONTH),
		new FeedQuery("dignity", null, null, FeedQuery.Period.MONTH));

	@Param("100000")
	public int recognitionCount;

	SeededRecognitionBoard seeded;
	RecognitionBoard board;
	BenchmarkIdentity viewer;

	@Setup
	public void seed() throws SQLException {
		seeded = SeededRecognitionBoard.open(recognitionCount);
		board = seeded.services().recognitionBoard();
		viewer = BenchmarkIdentity.staff("user-7");
	}

	@TearDown
	public void close() throws SQLException {
		seeded.close();
	}

	/** Each reader takes the next query of the mix; every seventh request asks for page 50 of everything. */
	@State(Scope.Thread)
	public static class Reader {
		int next;
	}

	@Benchmark
	public Slice<RecognitionView> feed(Reader reader) {
		int turn = reader.next++;
		if (turn % 7 == 6) {
			return board.board(viewer, BenchmarkIdentity.SITE, FeedQuery.everything(), PageRequest.of(50, 20));
		}
		return board.board(viewer, BenchmarkIdentity.SITE, QUERIES.get(turn % QUERIES.size()), PageRequest.of(1, 20));
	}

	/** Leadership's equity view over the same recognitions, one reader (target under 200 ms). */
	@Benchmark
	@Threads(1)
	public EquityView equity() {
		return seeded.services().recognitionInsights().equity(BenchmarkIdentity.leadership("user-3"), BenchmarkIdentity.SITE);
	}

}
