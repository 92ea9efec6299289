package org.peervoice.core.kernel;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task at a fixed delay on a daemon thread of its own while a host runs (the mixing, the
 * notification delivery). A failed run is logged and the next one tries again; closing waits a
 * little for a run in progress, whose transaction commits or rolls back whole.
 */
public final class PeriodicRun implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(PeriodicRun.class);

	private final String name;
	private final ScheduledExecutorService executor;

	private PeriodicRun(String name, ScheduledExecutorService executor) {
		this.name = name;
		this.executor = executor;
	}

	/**
	 * @param name what runs, for the thread's name and the log ("mixing", "notification")
	 * @param contextClassLoader the class loader the runs need as their thread's context class loader (JPA finds its
	 *        provider through it in some hosts)
	 */
	public static PeriodicRun start(String name, Runnable task, Duration interval, ClassLoader contextClassLoader) {
		if (interval.isZero() || interval.isNegative()) {
			throw new IllegalArgumentException("The " + name + " interval must be positive");
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "peervoice-" + name);
			thread.setDaemon(true);
			thread.setContextClassLoader(contextClassLoader);
			return thread;
		});
		long millis = interval.toMillis();
		executor.scheduleWithFixedDelay(() -> {
			try {
				task.run();
			}
			catch (RuntimeException failed) {
				LOG.warn("The {} run failed; the next one tries again", name, failed);
			}
		}, millis, millis, TimeUnit.MILLISECONDS);
		return new PeriodicRun(name, executor);
	}

	@Override
	public void close() {
		executor.shutdownNow();
		try {
			if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
				LOG.warn("A {} run did not stop within 10 seconds", name);
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
