package org.peervoice.core.champion;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * This node's answers to directory searches, as Liferay's finder cache keeps query results: each kept under its site's
 * directory revision ({@link DirectoryWrites}) and keyed by everything it depends on: company and site, the query as
 * {@link DirectoryQuery} normalized it (words, filters, letter, the locale's collation), the page and its size, and the
 * viewer's visibility class (which audiences admit them: a champion or leadership, or everyone else; and whether they
 * see the workflow: leadership). What depends on the individual viewer is never kept: an answer that holds a listing
 * of the viewer's own (shown to its owner with every field) is neither kept nor served from here, and the owners'
 * pictures come from the portal on every answer.
 *
 * <p>A site's revision is read at most every {@link #REVISION_READ_EVERY} (by the services' clock); in between an
 * answer is served from memory with no database statement. A write on this node ends that at once (after its commit,
 * {@link #changed}); another node's write shows within {@link #REVISION_READ_EVERY}. A site's state also ends when its
 * first listing goes stale with time alone (no write), so a listing leaves the directory at its cut-off as before.
 * At most {@link #ENTRIES} answers are kept, least recently used dropped first. Only published listings in the
 * directory are kept, as the viewer's class may see them.
 */
final class DirectoryAnswers {

	/** How often a node reads a site's revision: the bound on how late another node's write shows on this one. */
	static final Duration REVISION_READ_EVERY = Duration.ofMillis(1_000);
	/** How many answers a node keeps. */
	static final int ENTRIES = 4_096;
	/** Set by the benchmark only, to measure without it (nothing is weaker without the cache, only slower). */
	static final String BENCHMARK_OFF = "peervoice.bench.championAnswersOff";

	private static final Map<UnitOfWork, DirectoryAnswers> NODES = new WeakHashMap<>();
	/** Listings written outside the champion services (no revision incremented): no node keeps what it had. */
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

	/** The answers of the node whose unit of work this is (one per database a node opens). */
	static synchronized DirectoryAnswers of(UnitOfWork unitOfWork) {
		return NODES.computeIfAbsent(unitOfWork, any -> new DirectoryAnswers());
	}

	static boolean isOn() {
		return !Boolean.getBoolean(BENCHMARK_OFF);
	}

	/** A write of this node has ended: every site's revision is read again before an answer is served. */
	void changed() {
		generation.incrementAndGet();
	}

	static void changedEverywhere() {
		EVERYWHERE.incrementAndGet();
	}

	private long generation() {
		return generation.get() + EVERYWHERE.get();
	}

	/** The key of an answer for this viewer's class. */
	static List<Object> key(Scope scope, DirectoryQuery query, long offset, int pageSize, Actor actor) {
		return List.of(scope.companyId(), scope.siteId(), Objects.toString(query.text()), Objects.toString(query.category()),
			Objects.toString(query.program()), Objects.toString(query.language()), Objects.toString(query.expertise()),
			Objects.toString(query.letter()), query.locale().toLanguageTag(), offset, pageSize, Viewer.isChampionOrLeadership(actor),
			actor.can(Permission.APPROVE_LISTINGS));
	}

	/** The site's state if it was read within the bound by this node and nothing has changed since; else null. */
	SiteState current(Scope scope, Instant now) {
		SiteState state = sites.get(scope);
		if (state == null || state.generation != generation()) {
			return null;
		}
		long age = now.toEpochMilli() - state.readAt.toEpochMilli();
		return age < 0 || age >= REVISION_READ_EVERY.toMillis() || !now.isBefore(state.staleFrom) ? null : state;
	}

	/** The site's state, read afresh by {@code reading} (in the caller's unit of work) unless {@link #current}. */
	SiteState site(Scope scope, Instant now, Supplier<SiteState> reading) {
		SiteState state = current(scope, now);
		if (state != null) {
			return state;
		}
		long before = generation();
		state = reading.get().at(before);
		sites.put(scope, state);
		return state;
	}

	/**
	 * A kept answer for this key, under the site's current revision and made since the site's last listing to reach its
	 * cut-off did (no listing has gone stale since it was made); null when there is none.
	 */
	Answer answer(List<Object> key, SiteState site, Instant now) {
		Answer answer;
		synchronized (answers) {
			answer = answers.get(key);
		}
		return answer != null && answer.revision == site.revision && now.isBefore(answer.validUntil) ? answer : null;
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

	/** What a node knows of a site's directory: its revision, the settings, when its first listing goes stale. */
	static final class SiteState {

		final long revision;
		final ChampionSettings settings;
		final Instant staleFrom;
		final Instant readAt;
		final long generation;

		SiteState(long revision, ChampionSettings settings, Instant staleFrom, Instant readAt) {
			this(revision, settings, staleFrom, readAt, -1);
		}

		private SiteState(long revision, ChampionSettings settings, Instant staleFrom, Instant readAt, long generation) {
			this.revision = revision;
			this.settings = settings;
			this.staleFrom = staleFrom;
			this.readAt = readAt;
			this.generation = generation;
		}

		SiteState at(long generation) {
			return new SiteState(revision, settings, staleFrom, readAt, generation);
		}

	}

	/** One kept answer: the page's listings as the viewer's class sees them (without pictures), counts and A–Z. */
	static final class Answer {

		final long revision;
		/** When the first listing in the directory as it was read reaches its cut-off. */
		final Instant validUntil;
		final List<Item> items;
		final long total;
		final Map<DirectoryFacet, List<FacetCount>> facets;

		Answer(long revision, Instant validUntil, List<Item> items, long total, Map<DirectoryFacet, List<FacetCount>> facets) {
			this.revision = revision;
			this.validUntil = validUntil;
			this.items = items;
			this.total = total;
			this.facets = facets;
		}

		/** The page as served: each listing with its owner's picture, from the portal's directory now. */
		DirectoryPage page(PeopleDirectory people, PageRequest request) {
			List<ListingView> views = items.stream().map(item -> item.view.withPortrait(ListingViews.portraitOf(people, item.companyId,
				item.ownerKey))).collect(Collectors.toList());
			return new DirectoryPage(Page.of(views, request, total), facets.get(DirectoryFacet.CATEGORY), facets.get(DirectoryFacet.PROGRAM),
				facets.get(DirectoryFacet.LANGUAGE), facets.get(DirectoryFacet.EXPERTISE), facets.get(DirectoryFacet.LETTER));
		}

		boolean holdsListingOf(Actor actor) {
			return actor.userKey().map(key -> items.stream().anyMatch(item -> item.ownerKey.equals(key))).orElse(false);
		}

	}

	/** A listing on a kept page: the view, and whose it is (for the owner's picture and the viewer's own listing). */
	static final class Item {

		final ListingView view;
		final long companyId;
		final String ownerKey;

		Item(ListingView view, long companyId, String ownerKey) {
			this.view = view;
			this.companyId = companyId;
			this.ownerKey = ownerKey;
		}

	}

}
