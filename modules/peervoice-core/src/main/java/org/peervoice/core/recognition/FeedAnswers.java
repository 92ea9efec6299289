package org.peervoice.core.recognition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * This node's pages of the board's feed, as the champion directory keeps its answers ({@code DirectoryAnswers}): each
 * kept under its site's board revision ({@link BoardWrites}; its celebrations under the site's celebrations revision, read
 * again alone when only that changed) and keyed by everything the rows of a page depend on:
 * company and site, the {@link FeedQuery} (value, person and role, and the period's start, which
 * {@link RecognitionBoard#board} rounds up to the second so that a kept page never holds a recognition older than its
 * period), the page and its size. Nothing of a viewer is in a kept page: it holds the rows the database gave at that
 * revision (each recognition, all its recipient rows, the comments the board shows, the celebrations as the database
 * counted them and who celebrated), and each request has {@link RecognitionViews}, the one place that decides who sees
 * what, make the page for its viewer from them, as it does from rows just read: the giver sees the recipients who hid
 * it, a recipient their own consent, a moderator the reason, everyone whether they celebrated it and which comments are
 * theirs, and nobody another's.
 *
 * <p>A site's revision is read at most every {@link #REVISION_READ_EVERY} (by the services' clock); in between a page
 * is served from memory with no database statement. A write on this node ends that once it has committed
 * ({@link #changed}); another node's write shows within {@link #REVISION_READ_EVERY}. At most {@link #ENTRIES} pages are
 * kept, least recently used dropped first.
 */
final class FeedAnswers {

	/** How often a node reads a site's revision: the bound on how late another node's write shows on this one. */
	static final Duration REVISION_READ_EVERY = Duration.ofMillis(1_000);
	/** How many pages a node keeps. */
	static final int ENTRIES = 4_096;
	/** Set by the benchmark only (and a test's reference node), to measure without it: nothing is weaker without, only slower. */
	static final String BENCHMARK_OFF = "peervoice.bench.feedAnswersOff";

	private static final Map<UnitOfWork, FeedAnswers> NODES = new WeakHashMap<>();
	/** Rows written outside the recognition services (no revision incremented): no node keeps what it had. */
	private static final AtomicLong EVERYWHERE = new AtomicLong();

	private final AtomicLong generation = new AtomicLong();
	private final Map<Scope, SiteState> sites = new ConcurrentHashMap<>();
	private final AtomicLong served = new AtomicLong();
	private final AtomicLong read = new AtomicLong();
	private final Map<List<Object>, Answer> answers = new LinkedHashMap<>(64, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Object>, Answer> eldest) {
			return size() > ENTRIES;
		}

	};

	/** The pages of the node whose unit of work this is (one per database a node opens). */
	static synchronized FeedAnswers of(UnitOfWork unitOfWork) {
		return NODES.computeIfAbsent(BoardWrites.under(unitOfWork), any -> new FeedAnswers());
	}

	static boolean isOn() {
		return !Boolean.getBoolean(BENCHMARK_OFF);
	}

	/** A write of this node has committed: every site's revision is read again before a page is served. */
	void changed() {
		generation.incrementAndGet();
	}

	static void changedEverywhere() {
		EVERYWHERE.incrementAndGet();
	}

	private long generation() {
		return generation.get() + EVERYWHERE.get();
	}

	/** The key of a page; {@code since} is the period's start as the board computed it (or null). */
	static List<Object> key(Scope scope, FeedQuery query, Instant since, long offset, int pageSize) {
		return List.of(scope.companyId(), scope.siteId(), Objects.toString(query.value()), Objects.toString(query.personKey()),
			query.personKey() == null ? "" : query.role().name(), since == null ? "" : since.toString(), offset, pageSize);
	}

	/** The site's state if it was read within the bound by this node and nothing has changed since; else null. */
	SiteState current(Scope scope, Instant now) {
		SiteState state = sites.get(scope);
		if (state == null || state.generation != generation()) {
			return null;
		}
		long age = now.toEpochMilli() - state.readAt.toEpochMilli();
		return age < 0 || age >= REVISION_READ_EVERY.toMillis() ? null : state;
	}

	/** The site's state, read afresh by {@code reading} (in a unit of work of the caller's) unless {@link #current}. */
	SiteState site(Scope scope, Instant now, Supplier<long[]> reading) {
		SiteState state = current(scope, now);
		if (state != null) {
			return state;
		}
		long before = generation();
		long[] revisions = reading.get();
		state = new SiteState(revisions[0], revisions[1], now, before);
		sites.put(scope, state);
		return state;
	}

	/**
	 * A kept page for this key under the site's current revision; null when there is none. Its celebrations may be of an
	 * older celebrations revision than the site's ({@link Answer#celebrations}): then they are read again.
	 */
	Answer answer(List<Object> key, SiteState site) {
		Answer answer;
		synchronized (answers) {
			answer = answers.get(key);
		}
		return answer != null && answer.revision == site.revision ? answer : null;
	}

	void keep(List<Object> key, Answer answer) {
		synchronized (answers) {
			answers.put(key, answer);
		}
	}

	void countServed() {
		served.incrementAndGet();
	}

	void countRead() {
		read.incrementAndGet();
	}

	long served() {
		return served.get();
	}

	long read() {
		return read.get();
	}

	/** What a node knows of a site's board: its revisions, when it read them, and this node's writes then. */
	static final class SiteState {

		final long revision;
		final long celebrations;
		final Instant readAt;
		final long generation;

		SiteState(long revision, long celebrations, Instant readAt, long generation) {
			this.revision = revision;
			this.celebrations = celebrations;
			this.readAt = readAt;
			this.generation = generation;
		}

	}

	/** One kept page: its recognitions as read at the revision, and whether another page follows. */
	static final class Answer {

		final long revision;
		/** The site's celebrations revision the page's celebrations were read at. */
		final long celebrations;
		final List<Item> items;
		final boolean hasMore;

		Answer(long revision, long celebrations, List<Item> items, boolean hasMore) {
			this.revision = revision;
			this.celebrations = celebrations;
			this.items = items;
			this.hasMore = hasMore;
		}

		List<String> ids() {
			List<String> ids = new ArrayList<>();
			items.forEach(item -> ids.add(item.recognition.id()));
			return ids;
		}

		/** The same page with its celebrations as read again at the site's celebrations revision {@code at}. */
		Answer celebrated(long at, JpaRecognitions.Celebrations counts, Map<String, Set<String>> reactors) {
			List<Item> fresh = new ArrayList<>();
			for (Item item : items) {
				String id = item.recognition.id();
				fresh.add(new Item(item.recognition, item.recipients, item.comments, counts.count(id), reactors.getOrDefault(id, Set.of())));
			}
			return new Answer(revision, at, List.copyOf(fresh), hasMore);
		}

		/** The page as this viewer sees it, decided by {@link RecognitionViews} as for a page read from the database. */
		List<RecognitionView> views(Actor viewer) {
			String viewerKey = viewer.userKey().orElse(null);
			List<RecognitionView> views = new ArrayList<>();
			for (Item item : items) {
				views.add(RecognitionViews.view(viewer, item.recognition, item.recipients, item.comments, item.celebrations,
					viewerKey != null && item.celebratedBy.contains(viewerKey)));
			}
			return views;
		}

	}

	/**
	 * A recognition on a kept page, as the database held it at the revision: the row, all its recipient rows, the comments
	 * the board shows, the celebrations as the database counted them, and who celebrated it. Rows of a unit of work that
	 * has ended (no shared cache: nothing changes them), only ever read, by {@link RecognitionViews}.
	 */
	static final class Item {

		final Recognition recognition;
		final List<RecognitionRecipient> recipients;
		final List<RecognitionComment> comments;
		final long celebrations;
		final Set<String> celebratedBy;

		Item(Recognition recognition, List<RecognitionRecipient> recipients, List<RecognitionComment> comments, long celebrations,
			Set<String> celebratedBy) {
			this.recognition = recognition;
			this.recipients = List.copyOf(recipients);
			this.comments = List.copyOf(comments);
			this.celebrations = celebrations;
			this.celebratedBy = Set.copyOf(celebratedBy);
		}

	}

}
