package org.peervoice.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class PeriodicRunTest {

	@Test
	void runsAgainAfterAFailedRunOnADaemonThreadWithTheGivenClassLoaderAndStopsWhenClosed() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch third = new CountDownLatch(3);
		AtomicReference<Thread> thread = new AtomicReference<>();
		ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
		};
		try (PeriodicRun run = PeriodicRun.start("test", () -> {
			thread.set(Thread.currentThread());
			runs.incrementAndGet();
			third.countDown();
			throw new IllegalStateException("every run fails");
		}, Duration.ofMillis(5), loader)) {
			assertTrue(third.await(10, TimeUnit.SECONDS), "a failed run stopped the timer");
		}
		int afterClose = runs.get();
		Thread.sleep(50);
		assertEquals(afterClose, runs.get(), "runs after close");
		assertTrue(thread.get().isDaemon());
		assertEquals("peervoice-test", thread.get().getName());
		assertEquals(loader, thread.get().getContextClassLoader());
	}

	@Test
	void anIntervalMustBePositive() {
		assertThrows(IllegalArgumentException.class, () -> PeriodicRun.start("test", () -> { }, Duration.ZERO, null));
		assertThrows(IllegalArgumentException.class, () -> PeriodicRun.start("test", () -> { }, Duration.ofSeconds(-1), null));
	}

}
