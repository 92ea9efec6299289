package org.peervoice.core.notification;

import java.time.Duration;

import org.peervoice.core.kernel.PeriodicRun;

/**
 * Runs {@link NotificationDispatcher#run()} at a fixed interval, as each host does while it runs (every node
 * of a cluster may: events are taken with conditional statements and digests under the site's row lock).
 */
public final class NotificationTimer implements AutoCloseable {

	/** Persons learn of a response within this interval or so. */
	public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(20);

	private final PeriodicRun run;

	private NotificationTimer(PeriodicRun run) {
		this.run = run;
	}

	/** @param contextClassLoader the class loader the runs need as their thread's context class loader */
	public static NotificationTimer start(NotificationDispatcher dispatcher, Duration interval, ClassLoader contextClassLoader) {
		return new NotificationTimer(PeriodicRun.start("notification", dispatcher::run, interval, contextClassLoader));
	}

	@Override
	public void close() {
		run.close();
	}

}
