package org.peervoice.core.anonymity;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Mixer#mixDueSites()} at a fixed interval on a daemon thread of its own, as each
 * host does while it runs (every node of a cluster may: the mixer locks per site).
 */
public final class MixingTimer implements AutoCloseable {

	/** Often enough that a site is mixed within a minute of its window passing. */
	public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

	private static final Logger LOG = LoggerFactory.getLogger(MixingTimer.class);

	private final ScheduledExecutorService executor;

	private MixingTimer(ScheduledExecutorService executor) {
		this.executor = executor;
	}

	/**
	 * @param contextClassLoader the class loader the runs need as their thread's context class
	 *        loader (JPA finds its provider through it in some hosts)
	 */
	public static MixingTimer start(Mixer mixer, Duration interval, ClassLoader contextClassLoader) {
		if (interval.isZero() || interval.isNegative()) {
			throw new IllegalArgumentException("The mixing interval must be positive");
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "peervoice-mixing");
			thread.setDaemon(true);
			thread.setContextClassLoader(contextClassLoader);
			return thread;
		});
		long millis = interval.toMillis();
		executor.scheduleWithFixedDelay(() -> {
			try {
				mixer.mixDueSites();
			}
			catch (RuntimeException failed) {
				LOG.warn("The mixing run failed; the next one tries again", failed);
			}
		}, millis, millis, TimeUnit.MILLISECONDS);
		return new MixingTimer(executor);
	}

	/** Stops the timer, waiting a little for a run in progress (its transaction commits or rolls back whole). */
	@Override
	public void close() {
		executor.shutdownNow();
		try {
			if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
				LOG.warn("A mixing run did not stop within 10 seconds");
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
