package org.peervoice.core.champion;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;

/**
 * Finding a champion (VIEW): search with facets and an A–Z index, one listing, and the worksheet (every listing
 * grouped by the eight categories). Only published listings confirmed in time are in the directory; each is shown
 * through {@link ListingViews}, so every field reaches only whom its owner allowed.
 */
public final class ChampionDirectory {

	private final UnitOfWork unitOfWork;
	private final ChampionRepository champions;
	private final Clock clock;

	public ChampionDirectory(UnitOfWork unitOfWork, Clock clock) {
		this(unitOfWork, new JpaChampionRepository(unitOfWork), clock);
	}

	ChampionDirectory(UnitOfWork unitOfWork, ChampionRepository champions, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.champions = champions;
		this.clock = clock;
	}

	public DirectoryPage search(Identity who, long siteId, DirectoryQuery query, PageRequest page) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			ChampionSettings settings = ChampionSettingsService.current(champions, actor.scope());
			Instant confirmedAfter = confirmedAfter(settings);
			Collator collator = SearchFolding.collator(query.locale());
			long total = champions.directoryCount(actor.scope(), confirmedAfter, query);
			List<ChampionListing> onPage = total <= page.offset() ? List.of()
				: champions.directoryPage(actor.scope(), confirmedAfter, query, page.offset(), page.pageSize());
			ListingViews views = new ListingViews(settings, clock.instant());
			List<ListingView> items = onPage.stream().map(listing -> views.view(listing, null, actor)).collect(Collectors.toList());
			Map<DirectoryFacet, List<FacetCount>> facets = new EnumMap<>(DirectoryFacet.class);
			for (DirectoryFacet facet : DirectoryFacet.values()) {
				Map<String, Long> counts = new TreeMap<>(collator::compare);
				champions.directoryFacet(actor.scope(), confirmedAfter, query, facet).forEach((value, count) -> counts.merge(value, count, Long::sum));
				facets.put(facet, counts.entrySet().stream().map(entry -> new FacetCount(entry.getKey(), entry.getValue()))
					.collect(Collectors.toList()));
			}
			return new DirectoryPage(Page.of(items, page, total), facets.get(DirectoryFacet.CATEGORY), facets.get(DirectoryFacet.PROGRAM),
				facets.get(DirectoryFacet.LANGUAGE), facets.get(DirectoryFacet.EXPERTISE), facets.get(DirectoryFacet.LETTER));
		});
	}

	/** The directory as the worksheet lays it out: the eight categories in order, each listing by name. */
	public List<CategoryGroup> worksheet(Identity who, long siteId, String locale) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			Collator collator = SearchFolding.collator(new DirectoryQuery(null, null, null, null, null, null, locale).locale());
			ListingViews views = views(actor);
			Map<ChampionCategory, List<ListingView>> groups = new EnumMap<>(ChampionCategory.class);
			List<ChampionListing> listed = listed(actor);
			listed.sort(byName(collator));
			for (ChampionListing listing : listed) {
				groups.computeIfAbsent(listing.category(), category -> new ArrayList<>()).add(views.view(listing, null, actor));
			}
			List<CategoryGroup> worksheet = new ArrayList<>();
			for (ChampionCategory category : ChampionCategory.values()) {
				worksheet.add(new CategoryGroup(category, groups.getOrDefault(category, List.of())));
			}
			return worksheet;
		});
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
			return new ListingViews(settings, clock.instant()).view(listing,
				champions.revisionOf(actor.scope(), listing.ownerKey()).orElse(null), actor);
		});
	}

	/**
	 * Port for the hosts: the person left the organization (Liferay: user deactivated or deleted; dev portal: an
	 * administrator's action). Their listings leave every site's directory at once and pending revisions are deleted;
	 * the listing itself stays for them to delete or take up again.
	 */
	public void personLeft(long companyId, String userKey) {
		unitOfWork.run(() -> {
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

	private List<ChampionListing> listed(Actor actor) {
		ChampionSettings settings = ChampionSettingsService.current(champions, actor.scope());
		Instant now = clock.instant();
		Instant confirmedSince = now.minus(Duration.ofDays((long) settings.getReconfirmDays() + settings.getGraceDays()));
		return champions.published(actor.scope(), confirmedSince).stream()
			.filter(listing -> listing.isInDirectory(settings, now))
			.collect(Collectors.toCollection(ArrayList::new));
	}

	private ListingViews views(Actor actor) {
		return new ListingViews(ChampionSettingsService.current(champions, actor.scope()), clock.instant());
	}

	private static Comparator<ChampionListing> byName(Collator collator) {
		return Comparator.comparing(ChampionListing::displayName, collator).thenComparing(ChampionListing::id);
	}

	/** Listings last confirmed after this instant are in the directory (if published): the others are stale. */
	private Instant confirmedAfter(ChampionSettings settings) {
		return clock.instant().minus(Duration.ofDays((long) settings.getReconfirmDays() + settings.getGraceDays()));
	}

}
