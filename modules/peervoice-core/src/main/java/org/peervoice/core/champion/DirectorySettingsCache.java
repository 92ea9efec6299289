package org.peervoice.core.champion;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.peervoice.core.kernel.Scope;

/**
 * A site's champion settings as the directory's search reads them, kept a few seconds per node: every search needs
 * them (the freshness cut-off, who sees what), and they change a few times a year. Dropped when settings are written in
 * this JVM ({@link #changed}, called by {@link SiteChampionSettings}' JPA callbacks) and after the lifetime, so another
 * node's change shows within {@link #LIFETIME}, as the counts do ({@link DirectoryCountsCache}). Writes (saving,
 * submitting, approving a listing) always read the settings afresh. System property
 * {@code peervoice.champion.settingsCacheMillis} (0: no cache).
 */
final class DirectorySettingsCache {

	static final Duration LIFETIME = Duration.ofMillis(Long.getLong("peervoice.champion.settingsCacheMillis", 5_000L));
	private static final int ENTRIES = 1_024;
	private static final AtomicLong GENERATION = new AtomicLong();

	private final Map<Scope, Cached> entries = new ConcurrentHashMap<>();

	/** Settings were written in this JVM. */
	static void changed() {
		GENERATION.incrementAndGet();
	}

	ChampionSettings settings(Scope scope, Supplier<ChampionSettings> reading) {
		if (LIFETIME.isZero() || LIFETIME.isNegative()) {
			return reading.get();
		}
		long generation = GENERATION.get();
		long now = System.nanoTime();
		Cached cached = entries.get(scope);
		if (cached != null && cached.generation == generation && now - cached.madeAt < LIFETIME.toNanos()) {
			return cached.settings;
		}
		ChampionSettings settings = reading.get();
		if (entries.size() >= ENTRIES) {
			entries.clear();
		}
		entries.put(scope, new Cached(settings, generation, now));
		return settings;
	}

	private static final class Cached {

		final ChampionSettings settings;
		final long generation;
		final long madeAt;

		Cached(ChampionSettings settings, long generation, long madeAt) {
			this.settings = settings;
			this.generation = generation;
			this.madeAt = madeAt;
		}

	}

}
