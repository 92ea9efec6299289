package org.peervoice.core.champion;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteAnswers;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;

/**
 * Finding a champion (VIEW): search with facets and an A–Z index, one listing, and the worksheet (every listing
 * grouped by the eight categories). Only published listings confirmed in time are in the directory; each is shown
 * through {@link ListingViews}, so every field reaches only whom its owner allowed.
 */
public final class ChampionDirectory {

	/** How late another node's write may show in this node's search answers ({@link DirectoryAnswers}). */
	public static final Duration ANSWERS_CHECKED_EVERY = SiteAnswers.REVISION_READ_EVERY;

	/** The system property a benchmark (or a test's reference node) sets to measure searches without the answers. */
	public static final String NO_ANSWERS_KEPT = DirectoryAnswers.BENCHMARK_OFF;

	/** How many listings the worksheet is read by at a time (exports, copies). */
	static final int WORKSHEET_PART = 200;

	private final UnitOfWork unitOfWork;
	/** The unit of work of the searches: they write nothing, so they skip the revisions' flush. */
	private final UnitOfWork reads;
	private final ChampionRepository champions;
	private final PeopleDirectory people;
	private final Clock clock;
	private final DirectorySettingsCache settingsCache = new DirectorySettingsCache();
	/** This node's answers; none with a repository given (the in-memory tests). */
	private final SiteAnswers<ChampionSettings, DirectoryAnswers.Answer> answers;

	public ChampionDirectory(UnitOfWork unitOfWork, Clock clock) {
		this(unitOfWork, PeopleDirectory.NONE, clock);
	}

	/** With the portal's directory, whose pictures of the owners the listings show. */
	public ChampionDirectory(UnitOfWork unitOfWork, PeopleDirectory people, Clock clock) {
		this(DirectoryAnswers.REVISIONS.around(unitOfWork), new JpaChampionRepository(unitOfWork), people, clock,
			DirectoryAnswers.isOn() ? DirectoryAnswers.REVISIONS.answers(unitOfWork) : null);
	}

	ChampionDirectory(UnitOfWork unitOfWork, ChampionRepository champions, Clock clock) {
		this(unitOfWork, champions, PeopleDirectory.NONE, clock);
	}

	ChampionDirectory(UnitOfWork unitOfWork, ChampionRepository champions, PeopleDirectory people, Clock clock) {
		this(unitOfWork, champions, people, clock, null);
	}

	private ChampionDirectory(UnitOfWork unitOfWork, ChampionRepository champions, PeopleDirectory people, Clock clock,
		SiteAnswers<ChampionSettings, DirectoryAnswers.Answer> answers) {
		this.answers = answers;
		this.unitOfWork = unitOfWork;
		this.reads = DirectoryAnswers.REVISIONS.under(unitOfWork);
		this.champions = champions;
		this.people = people;
		this.clock = clock;
	}

	public DirectoryPage search(Identity who, long siteId, DirectoryQuery query, PageRequest page) {
		if (answers == null) {
			return reads.inTransaction(() -> {
				Actor actor = who.actorIn(siteId);
				actor.require(Permission.VIEW);
				Scope scope = actor.scope();
				ChampionSettings settings = settingsCache.settings(scope, () -> ChampionSettingsService.current(champions, scope));
				return answer(actor, new SiteAnswers.Site<>(-1, settings, Instant.MAX, clock.instant()), query, page).page(people,
					page);
			});
		}
		Actor actor = who.actorIn(siteId);
		actor.require(Permission.VIEW);
		Scope scope = actor.scope();
		List<Object> key = DirectoryAnswers.key(scope, query, page.offset(), page.pageSize(), actor);
		SiteAnswers.Site<ChampionSettings> known = answers.current(scope, clock.instant());
		DirectoryAnswers.Answer kept = known == null ? null : DirectoryAnswers.unexpired(answers.answer(key, known), clock.instant());
		if (kept != null && !kept.holdsListingOf(actor)) {
			// no statement: the site's revision was read less than SiteAnswers.REVISION_READ_EVERY ago
			answers.countServed();
			return kept.page(people, page);
		}
		answers.countRead();
		Instant now = clock.instant();
		// a unit of work of its own: the revision's native read starts the database transaction on a connection of its
		// own, which the read-only page would wait beside for a second one (16 readers on a pool of 16 starved)
		SiteAnswers.Site<ChampionSettings> site = answers.site(scope, now, () -> reads.inTransaction(() -> readSite(scope, now)));
		DirectoryAnswers.Answer unchanged = DirectoryAnswers.unexpired(answers.answer(key, site), now);
		if (unchanged != null && !unchanged.holdsListingOf(actor)) {
			// the revision read again and found unchanged: the kept answer still holds
			return unchanged.page(people, page);
		}
		return reads.inTransaction(() -> {
			DirectoryAnswers.Answer answer = answer(actor, site, query, page);
			if (!answer.holdsListingOf(actor)) {
				answers.keep(key, answer.revision, answer);
			}
			return answer.page(people, page);
		});
	}

	/** How many searches this node answered from memory and how many it read from the database (the benchmark's hit rate). */
	public long[] answersServedAndRead() {
		return answers == null ? new long[] {0, 0} : new long[] {answers.served(), answers.read()};
	}

	/**
	 * The site's revision first, then what the answers depend on (read after it, so never older than the revision says),
	 * in the caller's unit of work.
	 */
	private SiteAnswers.Site<ChampionSettings> readSite(Scope scope, Instant now) {
		long revision = DirectoryAnswers.REVISIONS.read(reads.entityManager(), scope)[0];
		ChampionSettings settings = ChampionSettingsService.current(champions, scope);
		Duration kept = Duration.ofDays((long) settings.getReconfirmDays() + settings.getGraceDays());
		Instant firstConfirmed = champions.firstConfirmedInDirectory(scope, now.minus(kept));
		return new SiteAnswers.Site<>(revision, settings, firstConfirmed == null ? Instant.MAX : firstConfirmed.plus(kept), now);
	}

	/** The answer as the actor's class sees it: listings without the owners' pictures (added by each page). */
	private DirectoryAnswers.Answer answer(Actor actor, SiteAnswers.Site<ChampionSettings> site, DirectoryQuery query, PageRequest page) {
		ChampionSettings settings = site.detail;
		long revision = site.revision;
		Instant confirmedAfter = confirmedAfter(settings);
		Collator collator = SearchFolding.collator(query.locale());
		DirectoryCounts counts = answers == null ? champions.directoryCounts(actor.scope(), confirmedAfter, query)
			: champions.directoryCountsAt(actor.scope(), confirmedAfter, query, revision);
		long total = counts.total();
		List<ChampionListing> onPage = total <= page.offset() ? List.of()
			: champions.directoryPage(actor.scope(), confirmedAfter, query, counts.beforeCategoryAndLetter(), page.offset(),
				page.pageSize());
		ListingViews views = new ListingViews(settings, clock.instant());
		List<DirectoryAnswers.Item> items = onPage.stream()
			.map(listing -> new DirectoryAnswers.Item(views.view(listing, null, actor), listing.companyId(), listing.ownerKey()))
			.collect(Collectors.toList());
		Map<DirectoryFacet, List<FacetCount>> facets = new EnumMap<>(DirectoryFacet.class);
		for (DirectoryFacet facet : DirectoryFacet.values()) {
			Map<String, Long> ordered = new TreeMap<>(collator::compare);
			counts.facet(facet).forEach((value, count) -> ordered.merge(value, count, Long::sum));
			facets.put(facet, ordered.entrySet().stream().map(entry -> new FacetCount(entry.getKey(), entry.getValue()))
				.collect(Collectors.toUnmodifiableList()));
		}
		return new DirectoryAnswers.Answer(revision, site.until, List.copyOf(items), total, facets);
	}

	/** The directory as the worksheet lays it out: the eight categories in order, each listing by name. */
	public List<CategoryGroup> worksheet(Identity who, long siteId, String locale) {
		Map<ChampionCategory, List<ListingView>> groups = new EnumMap<>(ChampionCategory.class);
		readWorksheet(who, siteId, new DirectoryQuery(null, null, null, null, null, null, locale).locale(), new WorksheetReader() {

			@Override
			public void category(ChampionCategory category) {
				groups.put(category, new ArrayList<>());
			}

			@Override
			public void listing(ListingView listing) {
				groups.get(listing.getCategory()).add(listing);
			}

		});
		List<CategoryGroup> worksheet = new ArrayList<>();
		for (ChampionCategory category : ChampionCategory.values()) {
			worksheet.add(new CategoryGroup(category, groups.getOrDefault(category, List.of())));
		}
		return worksheet;
	}

	/** What reads the worksheet a part at a time: each category in order, then its listings by name. */
	interface WorksheetReader {

		void category(ChampionCategory category);

		void listing(ListingView listing);

	}

	/**
	 * The worksheet for the caller (VIEW), {@link #WORKSHEET_PART} listings at a time, each part read in a transaction of
	 * its own and handed over before the next is read: however long the directory, only one part is held in memory.
	 */
	void readWorksheet(Identity who, long siteId, Locale locale, WorksheetReader reader) {
		unitOfWork.run(() -> who.actorIn(siteId).require(Permission.VIEW));
		for (ChampionCategory category : ChampionCategory.values()) {
			reader.category(category);
			ChampionListing after = null;
			while (true) {
				ChampionListing from = after;
				WorksheetPart part = unitOfWork.inTransaction(() -> {
					Actor actor = who.actorIn(siteId);
					actor.require(Permission.VIEW);
					ChampionSettings settings = ChampionSettingsService.current(champions, actor.scope());
					List<ChampionListing> next = champions.directoryAfter(actor.scope(), confirmedAfter(settings), category, locale, from,
						WORKSHEET_PART);
					ListingViews views = new ListingViews(settings, clock.instant());
					return new WorksheetPart(next.stream().map(listing -> views.view(listing, null, actor)).collect(Collectors.toList()),
						next.isEmpty() ? null : next.get(next.size() - 1));
				});
				part.views.forEach(reader::listing);
				if (part.views.size() < WORKSHEET_PART) {
					break;
				}
				after = part.last;
			}
		}
	}

	private static final class WorksheetPart {

		final List<ListingView> views;
		final ChampionListing last;

		WorksheetPart(List<ListingView> views, ChampionListing last) {
			this.views = views;
			this.last = last;
		}

	}

	/**
	 * One listing: a listing in the directory for every viewer; any listing of the site for leadership; the caller's
	 * own in any state.
	 */
	public ListingView listing(Identity who, long siteId, String listingId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			ChampionSettings settings = ChampionSettingsService.current(champions, actor.scope());
			ChampionListing listing = champions.find(listingId)
				.filter(found -> found.scope().equals(actor.scope()) && found.stage() == ChampionListing.Stage.CURRENT)
				.filter(found -> found.isInDirectory(settings, clock.instant()) || Viewer.of(actor, found) == Viewer.OWNER
					|| actor.can(Permission.APPROVE_LISTINGS) && found.status() != ListingStatus.LEFT)
				.orElseThrow(() -> new UnknownItem("No such listing in this site."));
			return new ListingViews(settings, clock.instant(), people).view(listing,
				champions.revisionOf(actor.scope(), listing.ownerKey()).orElse(null), actor);
		});
	}

	/**
	 * Port for the hosts: the person left the organization (Liferay: user deactivated; dev portal: an administrator's
	 * action; a deleted user is {@link #personDeleted}). Their listings leave every site's directory at once and pending revisions are deleted;
	 * the listing itself stays for them to delete or take up again. Open nominations of the person are deleted.
	 */
	public void personLeft(long companyId, String userKey) {
		unitOfWork.run(() -> {
			for (ChampionNomination nomination : champions.nominationsOf(companyId, userKey)) {
				champions.removeNomination(nomination);
			}
			for (ChampionListing listing : champions.allOf(companyId, userKey)) {
				if (listing.stage() == ChampionListing.Stage.REVISION) {
					champions.remove(listing);
				}
				else {
					listing.markLeft(clock.instant());
				}
			}
			champions.flush();
		});
	}

	/**
	 * Port for the hosts: the person's account was deleted (Liferay: a user about to be removed). Unlike
	 * {@link #personLeft}, nothing of them is kept: every listing of theirs in every site of the company, with its
	 * search keys and facet rows, every pending revision and every nomination of them are deleted.
	 */
	public void personDeleted(long companyId, String userKey) {
		unitOfWork.run(() -> {
			for (ChampionNomination nomination : champions.nominationsOf(companyId, userKey)) {
				champions.removeNomination(nomination);
			}
			for (ChampionListing listing : champions.allOf(companyId, userKey)) {
				champions.remove(listing);
			}
		});
	}

	/** Listings last confirmed after this instant are in the directory (if published): the others are stale. */
	private Instant confirmedAfter(ChampionSettings settings) {
		return clock.instant().minus(Duration.ofDays((long) settings.getReconfirmDays() + settings.getGraceDays()));
	}

}
