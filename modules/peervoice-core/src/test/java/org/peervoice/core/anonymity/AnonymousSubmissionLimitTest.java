package org.peervoice.core.anonymity;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.TooManyRequests;

class AnonymousSubmissionLimitTest {

	private static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-11-23T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@Test
	void theEleventhWithinAnHourIsTooMany() {
		MovableClock clock = new MovableClock();
		AnonymousSubmissionLimit limit = new AnonymousSubmissionLimit(clock, 10);
		for (int i = 0; i < 10; i++) {
			limit.register(1, "alex");
		}
		assertThrows(TooManyRequests.class, () -> limit.register(1, "alex"));
		limit.register(1, "casey");
		limit.register(2, "alex");
	}

	@Test
	void theWindowSlides() {
		MovableClock clock = new MovableClock();
		AnonymousSubmissionLimit limit = new AnonymousSubmissionLimit(clock, 2);
		limit.register(1, "alex");
		limit.register(1, "alex");
		assertThrows(TooManyRequests.class, () -> limit.register(1, "alex"));
		clock.now = clock.now.plus(Duration.ofMinutes(61));
		limit.register(1, "alex");
	}

}
