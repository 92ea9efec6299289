package org.peervoice.core.notification;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link NotificationDispatcher#run()} at a fixed interval on a daemon thread of its own, as
 * each host does while it runs (every node of a cluster may: events are taken with conditional
 * statements and digests under the site's row lock).
 */
public final class NotificationTimer implements AutoCloseable {

	/** Persons learn of a response within this interval or so. */
	public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(20);

	private static final Logger LOG = LoggerFactory.getLogger(NotificationTimer.class);

	private final ScheduledExecutorService executor;

	private NotificationTimer(ScheduledExecutorService executor) {
		this.executor = executor;
	}

	/** @param contextClassLoader the class loader the runs need as their thread's context class loader */
	public static NotificationTimer start(NotificationDispatcher dispatcher, Duration interval, ClassLoader contextClassLoader) {
		if (interval.isZero() || interval.isNegative()) {
			throw new IllegalArgumentException("The notification interval must be positive");
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "peervoice-notifications");
			thread.setDaemon(true);
			thread.setContextClassLoader(contextClassLoader);
			return thread;
		});
		long millis = interval.toMillis();
		executor.scheduleWithFixedDelay(() -> {
			try {
				dispatcher.run();
			}
			catch (RuntimeException failed) {
				LOG.warn("The notification run failed; the next one tries again", failed);
			}
		}, millis, millis, TimeUnit.MILLISECONDS);
		return new NotificationTimer(executor);
	}

	@Override
	public void close() {
		executor.shutdownNow();
		try {
			if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
				LOG.warn("A notification run did not stop within 10 seconds");
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
