package org.peervoice.core.anonymity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.kernel.TooManyRequests;

class FloodLimitTest {

	private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void theEleventhAnonymousSubmissionWithinAnHourIsTooMany() {
		MovableClock clock = new MovableClock(START);
		FloodLimit limit = FloodLimit.anonymousSubmissions(clock);
		for (int i = 0; i < 10; i++) {
			limit.register(1, "alex");
		}
		assertThrows(TooManyRequests.class, () -> limit.register(1, "alex"));
		limit.register(1, "casey");
		limit.register(2, "alex");
	}

	@Test
	void theWindowSlides() {
		MovableClock clock = new MovableClock(START);
		FloodLimit limit = new FloodLimit(clock, 2, Duration.ofHours(1));
		limit.register(1, "alex");
		limit.register(1, "alex");
		assertThrows(TooManyRequests.class, () -> limit.register(1, "alex"));
		clock.advance(Duration.ofMinutes(61));
		limit.register(1, "alex");
	}

	@Test
	void saysHowLongToWaitUntilTheOldestAttemptLeavesTheWindow() {
		MovableClock clock = new MovableClock(START);
		FloodLimit limit = FloodLimit.receiptChecksPerPerson(clock);
		for (int i = 0; i < FloodLimit.RECEIPT_CHECKS_PER_PERSON; i++) {
			limit.register(1, "alex");
			clock.advance(Duration.ofSeconds(1));
		}
		TooManyRequests refused = assertThrows(TooManyRequests.class, () -> limit.register(1, "alex"));
		assertEquals(FloodLimit.RECEIPT_WINDOW.getSeconds() - FloodLimit.RECEIPT_CHECKS_PER_PERSON, refused.retryAfterSeconds());
		clock.advance(Duration.ofSeconds(refused.retryAfterSeconds()));
		limit.register(1, "alex");
	}

	@Test
	void aRefusedAttemptIsNotCounted() {
		MovableClock clock = new MovableClock(START);
		FloodLimit limit = new FloodLimit(clock, 3, Duration.ofMinutes(1));
		for (int i = 0; i < 3; i++) {
			limit.register(1, "alex");
		}
		for (int i = 0; i < 100; i++) {
			assertThrows(TooManyRequests.class, () -> limit.register(1, "alex"));
		}
		clock.advance(Duration.ofMinutes(1));
		limit.register(1, "alex");
	}

	@Test
	void theNodeWideCeilingCountsEveryoneTogether() {
		MovableClock clock = new MovableClock(START);
		FloodLimit limit = FloodLimit.receiptChecksPerNode(clock);
		Random random = new Random(7);
		for (int i = 0; i < FloodLimit.RECEIPT_CHECKS_PER_NODE_AND_MINUTE; i++) {
			limit.registerNodeWide();
			clock.advance(Duration.ofMillis(random.nextInt(200)));
		}
		TooManyRequests refused = assertThrows(TooManyRequests.class, limit::registerNodeWide);
		assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 60, "retry after " + refused.retryAfterSeconds());
	}

	@Test
	void forgetsEverythingAtTheEndOfTheDay() {
		MovableClock clock = new MovableClock(Instant.parse("2026-11-23T23:59:00Z"));
		FloodLimit limit = new FloodLimit(clock, 1, Duration.ofHours(1));
		limit.register(1, "alex");
		assertThrows(TooManyRequests.class, () -> limit.register(1, "alex"));
		clock.advance(Duration.ofSeconds(61));
		limit.register(1, "alex");
	}

	@Test
	void personsWhoseKeysWouldConcatenateAlikeAreCountedApart() {
		MovableClock clock = new MovableClock(START);
		FloodLimit limit = new FloodLimit(clock, 1, Duration.ofHours(1));
		limit.register(12, "3");
		limit.register(1, "23");
	}

}
