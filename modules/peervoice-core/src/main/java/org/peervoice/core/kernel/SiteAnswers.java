package org.peervoice.core.kernel;

import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One node's answers under its capability's {@link SiteRevisions}, as Liferay's finder cache keeps query results: each
 * kept under its site's revision and keyed by everything it depends on (the capability's key). A site's revision is
 * read at most every {@link #REVISION_READ_EVERY} (by the services' clock); in between an answer is served from memory
 * with no database statement. A write on this node ends that once it has committed ({@link #changed}); another node's
 * write shows within {@link #REVISION_READ_EVERY}; a site's state also ends at its {@link Site#until}. At most
 * {@link #ENTRIES} answers are kept, least recently used dropped first.
 */
public final class SiteAnswers<S, A> {

	/** How often a node reads a site's revision: the bound on how late another node's write shows on this one. */
	/**
	 * A key of an answer: its parts, each as itself, an absent one ({@code null}) as {@code Optional.empty()}, never as
	 * text, so that a filter spelled "null" and no filter are two keys (a search for the word must not be served the
	 * unfiltered answer, nor the reverse).
	 */
	public static List<Object> key(Object... parts) {
		List<Object> key = new ArrayList<>(parts.length);
		for (Object part : parts) {
			key.add(Optional.ofNullable(part));
		}
		return List.copyOf(key);
	}

	public static final Duration REVISION_READ_EVERY = Duration.ofMillis(1_000);
	/** How many answers a node keeps. */
	public static final int ENTRIES = 4_096;

	private final SiteRevisions<S, A> revisions;
	private final AtomicLong generation = new AtomicLong();
	private final Map<Scope, Site<S>> sites = new ConcurrentHashMap<>();
	private final AtomicLong served = new AtomicLong();
	private final AtomicLong read = new AtomicLong();
	private final Map<List<Object>, Kept<A>> answers = new LinkedHashMap<>(64, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Object>, Kept<A>> eldest) {
			return size() > ENTRIES;
		}

	};

	SiteAnswers(SiteRevisions<S, A> revisions) {
		this.revisions = revisions;
	}

	/** A write of this node has committed: every site's revision is read again before an answer is served. */
	void changed() {
		generation.incrementAndGet();
	}

	private long generation() {
		return generation.get() + revisions.everywhere();
	}

	/** The site's state if it was read within the bound by this node, nothing has changed since and it holds; else null. */
	public Site<S> current(Scope scope, Instant now) {
		Site<S> state = sites.get(scope);
		if (state == null || state.generation != generation()) {
			return null;
		}
		long age = now.toEpochMilli() - state.readAt.toEpochMilli();
		return age < 0 || age >= REVISION_READ_EVERY.toMillis() || !now.isBefore(state.until) ? null : state;
	}

	/** The site's state, read afresh by {@code reading} (in a unit of work of the caller's) unless {@link #current}. */
	public Site<S> site(Scope scope, Instant now, Supplier<Site<S>> reading) {
		Site<S> state = current(scope, now);
		if (state != null) {
			return state;
		}
		long before = generation();
		state = reading.get().at(before);
		sites.put(scope, state);
		return state;
	}

	/** The answer kept for this key under the site's current revision; null when there is none. */
	public A answer(List<Object> key, Site<S> site) {
		Kept<A> kept;
		synchronized (answers) {
			kept = answers.get(key);
		}
		return kept != null && kept.revision == site.revision ? kept.answer : null;
	}

	/** Keeps {@code answer}, made at the site's {@code revision}. */
	public void keep(List<Object> key, long revision, A answer) {
		synchronized (answers) {
			answers.put(key, new Kept<>(revision, answer));
		}
	}

	public void countServed() {
		served.incrementAndGet();
	}

	public void countRead() {
		read.incrementAndGet();
	}

	public long served() {
		return served.get();
	}

	public long read() {
		return read.get();
	}

	/**
	 * What a node knows of a site: its revision, what else the capability read with it ({@link #detail}), until when it
	 * holds with time alone ({@link #until}: {@link Instant#MAX} when only a write ends it), when it was read.
	 */
	public static final class Site<S> {

		public final long revision;
		public final S detail;
		public final Instant until;
		final Instant readAt;
		final long generation;

		public Site(long revision, S detail, Instant until, Instant readAt) {
			this(revision, detail, until, readAt, -1);
		}

		private Site(long revision, S detail, Instant until, Instant readAt, long generation) {
			this.revision = revision;
			this.detail = detail;
			this.until = until;
			this.readAt = readAt;
			this.generation = generation;
		}

		Site<S> at(long generation) {
			return new Site<>(revision, detail, until, readAt, generation);
		}

	}

	private static final class Kept<A> {

		final long revision;
		final A answer;

		Kept(long revision, A answer) {
			this.revision = revision;
			this.answer = answer;
		}

	}

}
