package org.peervoice.core.champion;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.peervoice.core.kernel.SiteAnswers;
import org.peervoice.core.kernel.Scope;

/**
 * The directory's counts (total and facets) of recent searches, for a few seconds: counting touches every matching
 * listing and its facet rows, the page of results only twenty. Counts do not depend on who asks (only published,
 * fresh listings, and only fields everyone sees). An entry is dropped when any listing of this JVM is written
 * ({@link #changed}, called by the listing's JPA callbacks), when the directory's cut-off moved by more than the
 * lifetime (a movable clock), and after the lifetime: another node's writes show within {@link #LIFETIME}.
 * System property {@code peervoice.champion.countsCacheMillis} (0: no cache).
 */
final class DirectoryCountsCache {

	static final Duration LIFETIME = Duration.ofMillis(Long.getLong("peervoice.champion.countsCacheMillis", 5_000L));
	private static final int ENTRIES = 256;
	private static final AtomicLong GENERATION = new AtomicLong();

	private final Map<List<Object>, Cached> entries = new LinkedHashMap<>(16, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Object>, Cached> eldest) {
			return size() > ENTRIES;
		}

	};

	/** A listing was written in this JVM: every cached count may be wrong. */
	static void changed() {
		GENERATION.incrementAndGet();
	}

	/** {@code revision}: the site's directory revision the counts are for ({@link DirectoryAnswers}), -1 when unknown. */
	DirectoryCounts counts(Scope scope, Instant confirmedAfter, DirectoryQuery query, long revision, Supplier<DirectoryCounts> counting) {
		if (LIFETIME.isZero() || LIFETIME.isNegative()) {
			return counting.get();
		}
		// each value as itself (absent is Optional.empty()): a search for the word "null" is not the directory unfiltered
		List<Object> key = SiteAnswers.key(scope.companyId(), scope.siteId(), query.text(), query.category(), query.program(), query.language(),
			query.expertise(), query.letter(), query.locale().getLanguage(), revision);
		long generation = GENERATION.get();
		long now = System.nanoTime();
		synchronized (entries) {
			Cached cached = entries.get(key);
			if (cached != null && cached.generation == generation && now - cached.madeAt < LIFETIME.toNanos()
				&& Duration.between(cached.confirmedAfter, confirmedAfter).abs().compareTo(LIFETIME) < 0) {
				return cached.counts;
			}
		}
		DirectoryCounts counts = counting.get();
		synchronized (entries) {
			entries.put(key, new Cached(counts, generation, now, confirmedAfter));
		}
		return counts;
	}

	private static final class Cached {

		final DirectoryCounts counts;
		final long generation;
		final long madeAt;
		final Instant confirmedAfter;

		Cached(DirectoryCounts counts, long generation, long madeAt, Instant confirmedAfter) {
			this.counts = counts;
			this.generation = generation;
			this.madeAt = madeAt;
			this.confirmedAfter = confirmedAfter;
		}

	}

}
