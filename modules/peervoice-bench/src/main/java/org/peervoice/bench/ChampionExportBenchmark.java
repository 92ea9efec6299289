package org.peervoice.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.Warmup;
import org.peervoice.core.champion.ChampionExport;

/**
 * The whole champion directory of 10,000 listings as leadership downloads it, PDF and CSV, written to a stream that
 * only counts. Target: a few seconds each, in bounded memory: the fork runs with a 128 MB heap (the copies are written
 * a part at a time; docs/benchmarks.md has the figures).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m"})
public class ChampionExportBenchmark {

	@Param("10000")
	public int listingCount;

	SeededChampionDirectory directory;
	ChampionExport export;
	BenchmarkIdentity leader;

	@Setup
	public void seed() throws SQLException {
		directory = SeededChampionDirectory.open(listingCount);
		export = directory.services().championExport();
		leader = BenchmarkIdentity.leadership("user-lee");
	}

	@TearDown
	public void close() throws SQLException {
		directory.close();
	}

	@Benchmark
	public long pdf() throws IOException {
		return written(export.worksheetPdf(leader, BenchmarkIdentity.SITE, "es"));
	}

	@Benchmark
	public long csv() throws IOException {
		return written(export.csvCopy(leader, BenchmarkIdentity.SITE, "en"));
	}

	/** The copy's length in bytes. */
	static long written(ChampionExport.Copy copy) throws IOException {
		CountingStream out = new CountingStream();
		copy.writeTo(out);
		return out.count;
	}

	private static final class CountingStream extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			count += length;
		}

	}

}
