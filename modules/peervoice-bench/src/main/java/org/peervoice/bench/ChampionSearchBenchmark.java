package org.peervoice.bench;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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
import org.peervoice.core.champion.ChampionCategory;
import org.peervoice.core.champion.ChampionDirectory;
import org.peervoice.core.champion.DirectoryPage;
import org.peervoice.core.champion.DirectoryQuery;
import org.peervoice.core.kernel.PageRequest;

/**
 * Staff searching the champion directory ({@link ChampionDirectory#search}: one page with every facet count and the A–Z
 * index) on 10,000 listings, 16 readers at once. Every other request is one of a fixed mix (everything, a word without
 * its accent, two words, a facet, a category with a letter, a deep page); the others are free-text searches drawn at
 * random from {@link #WORDS}, several hundred distinct queries made from the seeded names, programs, expertise and
 * titles, each in English or Spanish, so that the node's answer cache meets many keys and its hit rate (printed at the
 * end of a trial) is not one of seven. Target: p95 under 30 ms on PostgreSQL ({@code PEERVOICE_BENCH_POSTGRES_URL};
 * docs/benchmarks.md compares it with pgbench on the same server). {@code -jvmArgsAppend
 * -Dpeervoice.bench.championAnswersOff=true} measures without the answer cache ({@link ChampionDirectory#NO_ANSWERS_KEPT}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(16)
public class ChampionSearchBenchmark {

	static final List<DirectoryQuery> QUERIES = List.of(
		DirectoryQuery.everything(),
		new DirectoryQuery("jose", null, null, null, null, null, "es"),
		new DirectoryQuery("nunez supervision", null, null, null, null, null, "en"),
		new DirectoryQuery(null, null, null, "Español", null, null, "es"),
		new DirectoryQuery(null, null, "Crisis Line", null, "onboarding", null, "en"),
		new DirectoryQuery(null, ChampionCategory.PEER, null, null, null, "Ñ", "es"),
		new DirectoryQuery("peer", ChampionCategory.CLINICAL_MEDICAL, null, null, null, null, "en"));

	/** Free-text searches as people type them: names, surnames, both, prefixes of each, programs, expertise, titles. */
	static final List<String> WORDS = words();

	private static List<String> words() {
		Set<String> words = new LinkedHashSet<>();
		for (String first : SeededChampionDirectory.FIRST) {
			words.add(first);
			words.add(first.substring(0, Math.min(3, first.length())));
			for (String last : SeededChampionDirectory.LAST) {
				words.add(first + " " + last);
			}
		}
		for (String last : SeededChampionDirectory.LAST) {
			words.add(last);
			words.add(last.substring(0, Math.min(4, last.length())));
		}
		words.addAll(List.of(SeededChampionDirectory.PROGRAMS));
		words.addAll(List.of(SeededChampionDirectory.EXPERTISE));
		for (int title = 0; title < 40; title++) {
			words.add("specialist " + title);
		}
		return List.copyOf(words);
	}

	@Param("10000")
	public int listingCount;

	SeededChampionDirectory directory;
	ChampionDirectory champions;
	BenchmarkIdentity viewer;

	@Setup
	public void seed() throws SQLException {
		directory = SeededChampionDirectory.open(listingCount);
		champions = directory.services().championDirectory();
		viewer = BenchmarkIdentity.staff("user-7");
	}

	private long[] before = {0, 0};

	/** The answer cache's hits over the iteration (warm-up ones included): from memory, read from the database, the rate. */
	@TearDown(Level.Iteration)
	public void hitRate() {
		long[] now = champions.answersServedAndRead();
		long[] servedAndRead = {now[0] - before[0], now[1] - before[1]};
		before = now;
		long all = servedAndRead[0] + servedAndRead[1];
		System.out.printf("%nanswer cache: %d served from memory, %d read, hit rate %.1f%% (%d distinct free-text queries x 2 locales)%n",
			servedAndRead[0], servedAndRead[1], all == 0 ? 0.0 : 100.0 * servedAndRead[0] / all, WORDS.size());
	}

	@TearDown
	public void close() throws SQLException {
		directory.close();
	}

	/** Each reader's own turn and random words. */
	@State(Scope.Thread)
	public static class Reader {
		int next;
		final Random random = new Random(Thread.currentThread().getId());
	}

	/**
	 * Even turns: the next query of the fixed mix (every seventh of them page 20 of everything); odd turns: a random word
	 * of {@link #WORDS} in English or Spanish, page 1.
	 */
	@Benchmark
	public DirectoryPage search(Reader reader) {
		int turn = reader.next++;
		if (turn % 2 == 1) {
			String word = WORDS.get(reader.random.nextInt(WORDS.size()));
			return champions.search(viewer, BenchmarkIdentity.SITE, new DirectoryQuery(word, null, null, null, null, null,
				reader.random.nextBoolean() ? "en" : "es"), PageRequest.of(1, 20));
		}
		int fixed = turn / 2;
		PageRequest page = fixed % 7 == 6 ? PageRequest.of(20, 20) : PageRequest.of(1, 20);
		return champions.search(viewer, BenchmarkIdentity.SITE, QUERIES.get(fixed % QUERIES.size()), page);
	}

}
