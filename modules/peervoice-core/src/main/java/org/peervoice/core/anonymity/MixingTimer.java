package org.peervoice.core.anonymity;

import java.time.Duration;

import org.peervoice.core.kernel.PeriodicRun;

/**
 * Runs {@link Mixer#mixDueSites()} at a fixed interval, as each host does while it runs (every node of a
 * cluster may: the mixer locks per site).
 */
public final class MixingTimer implements AutoCloseable {

	/** Often enough that a site is mixed within a minute of its window passing. */
	public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

	private final PeriodicRun run;

	private MixingTimer(PeriodicRun run) {
		this.run = run;
	}

	/** @param contextClassLoader the class loader the runs need as their thread's context class loader */
	public static MixingTimer start(Mixer mixer, Duration interval, ClassLoader contextClassLoader) {
		return new MixingTimer(PeriodicRun.start("mixing", mixer::mixDueSites, interval, contextClassLoader));
	}

	/** Stops the timer, waiting a little for a run in progress (its transaction commits or rolls back whole). */
	@Override
	public void close() {
		run.close();
	}

}
