package org.peervoice.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peervoice.core.townhall.TownHallLimits;

/**
 * Runs {@link TownHallLoadBenchmark} only when asked: {@code -Dpeervoice.townHallLoad=<attendees>} (2000 for the
 * issue's figures) and PEERVOICE_BENCH_POSTGRES_URL/_USER/_PASSWORD; never in the default build. Optional:
 * {@code -Dpeervoice.townHallLoad.askers} (200), {@code .seconds} (10), {@code .pollMillis}
 * ({@link TownHallLimits#LIVE_POLL_MILLIS}, as attendees' pages poll), {@code .threads} (200), {@code .nodeCpus} (the node's CPUs
 * for taskset, e.g. {@code 0}).
 * It fails only when a vote is lost or doubled; the timings are figures for docs/benchmarks.md, not assertions.
 */
class TownHallLoadTest {

	@Test
	void attendeesFollowVoteAndAskAndNoVoteIsLostOrDoubled() throws Exception {
		int attendees = Integer.getInteger("peervoice.townHallLoad", 0);
		String url = System.getenv("PEERVOICE_BENCH_POSTGRES_URL");
		assumeTrue(attendees > 0 && url != null && !url.isBlank(), "the town-hall load benchmark runs only when asked (docs/benchmarks.md)");
		Path work = Files.createDirectories(Paths.get("target", "town-hall-load"));
		TownHallLoadBenchmark benchmark = new TownHallLoadBenchmark(url, System.getenv("PEERVOICE_BENCH_POSTGRES_USER"),
			System.getenv("PEERVOICE_BENCH_POSTGRES_PASSWORD"), attendees, Integer.getInteger("peervoice.townHallLoad.askers", 200),
			Integer.getInteger("peervoice.townHallLoad.seconds", 10), Integer.getInteger("peervoice.townHallLoad.pollMillis", TownHallLimits.LIVE_POLL_MILLIS),
			Integer.getInteger("peervoice.townHallLoad.threads", 200), work);
		Map<String, Object> report = benchmark.run();
		report.forEach((key, value) -> System.out.println("town-hall load | " + key + ": " + value));
		assertEquals(0L, report.get("lost (acknowledged, not stored)"), report.toString());
		assertEquals(0L, report.get("doubled or unacknowledged (stored, not acknowledged)"), report.toString());
	}

}
