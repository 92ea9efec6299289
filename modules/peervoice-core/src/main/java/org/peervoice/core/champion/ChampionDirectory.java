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
import java.util.function.Function;
import java.util.function.Predicate;
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
			List<ChampionListing> listed = listed(actor);
			Collator collator = collator(query);
			Map<Filter, Predicate<ChampionListing>> filters = filters(query);
			List<ChampionListing> matching = listed.stream().filter(matchingAllBut(filters, null)).collect(Collectors.toList());
			matching.sort(byName(collator));
			long offset = Math.min(page.offset(), matching.size());
			List<ChampionListing> onPage = matching.subList((int) offset, (int) Math.min(offset + page.pageSize(), matching.size()));
			ListingViews views = views(actor);
			List<ListingView> items = onPage.stream().map(listing -> views.view(listing, null, actor)).collect(Collectors.toList());
			return new DirectoryPage(Page.of(items, page, matching.size()),
				count(listed, filters, Filter.CATEGORY, listing -> List.of(listing.category().name()), collator),
				count(listed, filters, Filter.PROGRAM, ChampionListing::programs, collator),
				count(listed, filters, Filter.LANGUAGE, ChampionListing::languages, collator),
				count(listed, filters, Filter.EXPERTISE, ChampionListing::expertise, collator),
				count(listed, filters, Filter.LETTER, listing -> List.of(SearchFolding.initialOf(listing.displayName(), query.locale())),
					collator));
		});
	}

	/** The directory as the worksheet lays it out: the eight categories in order, each listing by name. */
	public List<CategoryGroup> worksheet(Identity who, long siteId, String locale) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			Collator collator = collator(new DirectoryQuery(null, null, null, null, null, null, locale));
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

	private enum Filter {
		TEXT, CATEGORY, PROGRAM, LANGUAGE, EXPERTISE, LETTER
	}

	private static Map<Filter, Predicate<ChampionListing>> filters(DirectoryQuery query) {
		Map<Filter, Predicate<ChampionListing>> filters = new EnumMap<>(Filter.class);
		if (query.text() != null) {
			List<String> words = List.of(SearchFolding.fold(query.text()).trim().split("\\s+"));
			filters.put(Filter.TEXT, listing -> {
				String haystack = searchText(listing);
				return words.stream().allMatch(haystack::contains);
			});
		}
		if (query.category() != null) {
			filters.put(Filter.CATEGORY, listing -> listing.category() == query.category());
		}
		if (query.program() != null) {
			filters.put(Filter.PROGRAM, listing -> listing.programs().contains(query.program()));
		}
		if (query.language() != null) {
			filters.put(Filter.LANGUAGE, listing -> listing.languages().contains(query.language()));
		}
		if (query.expertise() != null) {
			filters.put(Filter.EXPERTISE, listing -> listing.expertise().contains(query.expertise()));
		}
		if (query.letter() != null) {
			filters.put(Filter.LETTER, listing -> SearchFolding.initialOf(listing.displayName(), query.locale()).equals(query.letter()));
		}
		return filters;
	}

	private static String searchText(ChampionListing listing) {
		return SearchFolding.fold(String.join("\n", listing.displayName(), listing.title(), listing.role(),
			String.join("\n", listing.programs()), String.join("\n", listing.expertise()), String.join("\n", listing.languages())));
	}

	private static Predicate<ChampionListing> matchingAllBut(Map<Filter, Predicate<ChampionListing>> filters, Filter left) {
		return listing -> filters.entrySet().stream().allMatch(filter -> filter.getKey() == left || filter.getValue().test(listing));
	}

	/** A facet's values and counts among the listings matching every other filter, by value. */
	private static List<FacetCount> count(List<ChampionListing> listed, Map<Filter, Predicate<ChampionListing>> filters, Filter facet,
		Function<ChampionListing, List<String>> values, Collator collator) {
		Map<String, Long> counts = new TreeMap<>(collator::compare);
		listed.stream().filter(matchingAllBut(filters, facet))
			.forEach(listing -> values.apply(listing).forEach(value -> counts.merge(value, 1L, Long::sum)));
		return counts.entrySet().stream().map(entry -> new FacetCount(entry.getKey(), entry.getValue())).collect(Collectors.toList());
	}

	private static Comparator<ChampionListing> byName(Collator collator) {
		return Comparator.comparing(ChampionListing::displayName, collator).thenComparing(ChampionListing::id);
	}

	private static Collator collator(DirectoryQuery query) {
		Collator collator = Collator.getInstance(query.locale());
		collator.setStrength(Collator.TERTIARY);
		return collator;
	}

}
