package org.peervoice.core.champion;

import java.time.Duration;

import org.peervoice.core.kernel.PeriodicRun;

/**
 * Runs {@link ChampionReminders#run()} at a fixed interval, as each host does while it runs (every node of a cluster
 * may: each reminder is recorded with a conditional statement, so it is sent once).
 */
public final class ChampionReminderTimer implements AutoCloseable {

	/** Reminders are about days; an hour is soon enough. */
	public static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);

	private final PeriodicRun run;

	private ChampionReminderTimer(PeriodicRun run) {
		this.run = run;
	}

	/** @param contextClassLoader the class loader the runs need as their thread's context class loader */
	public static ChampionReminderTimer start(ChampionReminders reminders, Duration interval, ClassLoader contextClassLoader) {
		return new ChampionReminderTimer(PeriodicRun.start("champion-reminders", reminders::run, interval, contextClassLoader));
	}

	@Override
	public void close() {
		run.close();
	}

}
