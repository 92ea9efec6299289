package org.peervoice.core.recognition;

import java.time.Duration;
import java.time.Instant;
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
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * This node's pages of the board's feed, as the champion directory keeps its answers ({@code DirectoryAnswers}): each
 * kept under its site's board revision ({@link BoardWrites}) and keyed by everything it depends on: company and site,
 * the {@link FeedQuery} (value, person and role, and the period's start, which {@link RecognitionBoard#board} rounds up
 * to the second so that a kept page never holds a recognition older than its period), the page and its size, and the
 * viewer's class (a moderator or not: {@link RecognitionViews} shows a moderation reason to moderators).
 *
 * <p>What is kept is the page as the public sees it (recognitions, the recipients who let it show, celebration counts
 * as the database counted them at that revision, comments, whether another page follows), and, per recognition, who
 * is involved (giver and recipients), who celebrated it and who wrote each comment. What depends on the viewer is put
 * back per request from these: whether the viewer celebrated it, and which comments are theirs. A viewer involved in a
 * recognition of the page (its giver or a recipient, who see more than the public) is never served from here: their
 * page is read from the database, as without the cache.
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

	/** The key of a page for this viewer's class; {@code since} is the period's start as the board computed it (or null). */
	static List<Object> key(Scope scope, FeedQuery query, Instant since, long offset, int pageSize, Actor actor) {
		return List.of(scope.companyId(), scope.siteId(), Objects.toString(query.value()), Objects.toString(query.personKey()),
			query.personKey() == null ? "" : query.role().name(), since == null ? "" : since.toString(), offset, pageSize,
			actor.can(Permission.MODERATE));
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
	SiteState site(Scope scope, Instant now, Supplier<Long> reading) {
		SiteState state = current(scope, now);
		if (state != null) {
			return state;
		}
		long before = generation();
		state = new SiteState(reading.get(), now, before);
		sites.put(scope, state);
		return state;
	}

	/** A kept page for this key under the site's current revision; null when there is none. */
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

	/** What a node knows of a site's board: its revision, when it read it, and this node's writes then. */
	static final class SiteState {

		final long revision;
		final Instant readAt;
		final long generation;

		SiteState(long revision, Instant readAt, long generation) {
			this.revision = revision;
			this.readAt = readAt;
			this.generation = generation;
		}

	}

	/** One kept page: the recognitions as the public of the viewer's class sees them, and whether another page follows. */
	static final class Answer {

		final long revision;
		final List<Item> items;
		final boolean hasMore;

		Answer(long revision, List<Item> items, boolean hasMore) {
			this.revision = revision;
			this.items = items;
			this.hasMore = hasMore;
		}

		/** Whether the viewer gave or received a recognition of the page (then they see more than the public). */
		boolean involves(Actor actor) {
			return actor.userKey().map(key -> items.stream().anyMatch(item -> item.involved.contains(key))).orElse(false);
		}

	}

	/**
	 * A recognition on a kept page: as the public sees it, who is involved in it, who celebrated it, and the writer of
	 * each comment shown (in the order of the view's comments).
	 */
	static final class Item {

		final RecognitionView view;
		final Set<String> involved;
		final Set<String> celebratedBy;
		final List<String> commentWriters;

		Item(RecognitionView view, Set<String> involved, Set<String> celebratedBy, List<String> commentWriters) {
			this.view = view;
			this.involved = involved;
			this.celebratedBy = celebratedBy;
			this.commentWriters = commentWriters;
		}

		/** The view as an uninvolved viewer sees it: whether they celebrated it, and which comments are theirs. */
		RecognitionView seenBy(String viewerKey) {
			List<CommentView> comments = new java.util.ArrayList<>();
			for (int i = 0; i < view.getComments().size(); i++) {
				comments.add(view.getComments().get(i).seenBy(viewerKey != null && viewerKey.equals(commentWriters.get(i))));
			}
			return view.seenBy(viewerKey != null && celebratedBy.contains(viewerKey), comments);
		}

	}

}
