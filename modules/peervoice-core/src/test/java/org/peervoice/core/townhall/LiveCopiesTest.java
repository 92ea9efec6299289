package org.peervoice.core.townhall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.kernel.Scope;

/**
 * This node's live state of a town hall (docs/town-hall.md, "Live updates"): who reads, who is served meanwhile, and
 * who waits. The database side is in the persistence module's TownHallLiveContract.
 */
class LiveCopiesTest {

	private static final TownHallQuestions.Sort POPULAR = TownHallQuestions.Sort.POPULAR;

	private final MovableClock clock = new MovableClock(Instant.parse("2027-03-01T14:37:21.123Z"));
	private final LiveCopies copies = new LiveCopies(clock);
	private final TownHall townHall = new TownHall(new Scope(1, 2), TownHallContent.of(new TownHallDraft("Spring town hall",
		"2027-03-04T15:00:00-06:00", "2027-03-04T16:00:00-06:00", "America/Chicago"), key -> true), clock.instant());
	private final String id = townHall.id();

	private static LiveCopies.Shared shared() {
		return new LiveCopies.Shared(null, 0, List.of(), Map.of(), 0, List.of(), Map.of(), Map.of(), Map.of());
	}

	/** What a reader found: the town hall at this counter value, and a copy read with it. */
	private static LiveCopies.Shared read(LiveCopies.Plan plan, TownHall townHall, long counter) {
		LiveCopies.Shared shared = shared();
		plan.hall.found(plan.generation, plan.readAt, townHall, counter, LiveCopies.kind(POPULAR, false),
			new LiveCopies.Copy(townHall, counter, plan.generation, shared));
		plan.hall.done(plan.reader);
		return shared;
	}

	@Test
	void whileOneThreadReadsTheOthersAreServedTheStateAndOnlyTheWriterWaitsForTheRead() throws Exception {
		LiveCopies.Plan first = copies.plan(id, POPULAR, null, null);
		assertTrue(first.reader, "the first request reads");
		LiveCopies.Shared seven = read(first, townHall, 7);
		assertSame(seven, copies.plan(id, POPULAR, false, "sam").copy.shared, "within the interval: from memory");

		copies.written(id, "ana");
		LiveCopies.Plan reading = copies.plan(id, POPULAR, false, "jose");
		assertNull(reading.copy);
		assertTrue(reading.reader, "after a write of this node the next request reads");
		assertSame(seven, copies.plan(id, POPULAR, false, "sam").copy.shared, "another one is served the state meanwhile");
		assertSame(seven, copies.plan(id, POPULAR, false, null).copy.shared, "a guest too");

		CompletableFuture<LiveCopies.Plan> writers = CompletableFuture.supplyAsync(() -> copies.plan(id, POPULAR, false, "ana"));
		try {
			writers.get(200, TimeUnit.MILLISECONDS);
			throw new AssertionError("the writer was served the state without their write");
		}
		catch (TimeoutException waiting) {
			// the writer waits for the read that began after their write
		}
		LiveCopies.Shared eight = read(reading, townHall, 8);
		assertSame(eight, writers.get(2, TimeUnit.SECONDS).copy.shared, "the writer's next refresh holds their write");
		assertSame(eight, copies.plan(id, POPULAR, false, "ana").copy.shared, "and then they are anyone again");
	}

	@Test
	void afterTheIntervalOneRequestReadsTheCounterWhileTheOthersAreServed() {
		LiveCopies.Plan first = copies.plan(id, POPULAR, null, null);
		LiveCopies.Shared seven = read(first, townHall, 7);
		clock.advance(Duration.ofMillis(TownHallLimits.LIVE_REFRESH_MILLIS - 1));
		assertNotNull(copies.plan(id, POPULAR, false, "sam").copy);
		clock.advance(Duration.ofMillis(1));
		LiveCopies.Plan reading = copies.plan(id, POPULAR, false, "jose");
		assertTrue(reading.reader, "the interval is over: one request reads");
		for (String other : List.of("sam", "ana", "lee")) {
			assertSame(seven, copies.plan(id, POPULAR, false, other).copy.shared, "no herd: " + other + " is served meanwhile");
		}
		assertNull(copies.plan(id, POPULAR, true, "lee").copy, "no moderators' copy yet: none is handed the attendees'");
	}

	@Test
	void aClockSetBackCountsAsExpired() {
		read(copies.plan(id, POPULAR, null, null), townHall, 7);
		clock.advance(Duration.ofMillis(-1));
		assertTrue(copies.plan(id, POPULAR, false, "sam").reader);
	}

	@Test
	void aStoredHashIsLookedUpByItsFirst64Bits() {
		LiveCopies.Hashes hashes = new LiveCopies.Hashes();
		String anas = "0123456789abcdef" + "0".repeat(48);
		hashes.add("question", anas, null);
		LiveCopies.Shared shared = new LiveCopies.Shared(null, 0, List.of(), Map.of(), 0, List.of(), Map.of(), hashes.voters(), Map.of());
		assertTrue(shared.votedUnder("question", List.of("f".repeat(64), anas)));
		assertEquals(false, shared.votedUnder("question", List.of("f".repeat(64))));
		assertEquals(false, shared.votedUnder("another question", List.of(anas)));
	}

}
