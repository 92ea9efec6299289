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
import org.peervoice.core.champion.ChampionCategory;
import org.peervoice.core.champion.ChampionDirectory;
import org.peervoice.core.champion.DirectoryPage;
import org.peervoice.core.champion.DirectoryQuery;
import org.peervoice.core.kernel.PageRequest;

/**
 * Staff searching the champion directory ({@link ChampionDirectory#search}: one page with every facet count and the A–Z
 * index) on 10,000 listings, 16 readers at once, each request one of a mix: everything, a word without its accent, two
 * words, a facet, a category with a letter, a deep page. Target: p95 under 30 ms on PostgreSQL
 * ({@code PEERVOICE_BENCH_POSTGRES_URL}; docs/benchmarks.md compares it with pgbench on the same server).
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

	@TearDown
	public void close() throws SQLException {
		directory.close();
	}

	/** Each reader takes the next query of the mix; every seventh request asks for page 20 of everything. */
	@State(Scope.Thread)
	public static class Reader {
		int next;
	}

	@Benchmark
	public DirectoryPage search(Reader reader) {
		int turn = reader.next++;
		PageRequest page = turn % 7 == 6 ? PageRequest.of(20, 20) : PageRequest.of(1, 20);
		return champions.search(viewer, BenchmarkIdentity.SITE, QUERIES.get(turn % QUERIES.size()), page);
	}

}
