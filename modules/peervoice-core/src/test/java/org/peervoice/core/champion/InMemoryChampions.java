package org.peervoice.core.champion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.Scope;

/** The champion repository in a map, with the unique constraints of the tables (one row per person, site and stage). */
final class InMemoryChampions implements ChampionRepository {

	private final Map<String, ChampionListing> listings = new LinkedHashMap<>();
	private final List<SiteChampionSettings> settings = new ArrayList<>();
	private final List<SiteListSending> sendings = new ArrayList<>();

	@Override
	public Optional<ChampionListing> find(String id) {
		return Optional.ofNullable(listings.get(id));
	}

	@Override
	public Optional<ChampionListing> currentOf(Scope scope, String ownerKey) {
		return first(l -> l.scope().equals(scope) && l.ownerKey().equals(ownerKey) && l.stage() == ChampionListing.Stage.CURRENT);
	}

	@Override
	public Optional<ChampionListing> revisionOf(Scope scope, String ownerKey) {
		return first(l -> l.scope().equals(scope) && l.ownerKey().equals(ownerKey) && l.stage() == ChampionListing.Stage.REVISION);
	}

	@Override
	public List<ChampionListing> published(Scope scope, Instant confirmedSince) {
		return all(l -> l.scope().equals(scope) && l.stage() == ChampionListing.Stage.CURRENT && l.status() == ListingStatus.PUBLISHED
			&& !l.lastConfirmedAt().isBefore(confirmedSince));
	}

	@Override
	public List<ChampionListing> publishedConfirmedBefore(Scope scope, Instant confirmedBefore) {
		return all(l -> l.scope().equals(scope) && l.stage() == ChampionListing.Stage.CURRENT && l.status() == ListingStatus.PUBLISHED
			&& l.lastConfirmedAt().isBefore(confirmedBefore));
	}

	@Override
	public List<ChampionListing> directoryPage(Scope scope, Instant confirmedAfter, DirectoryQuery query, long matches, long offset,
		int limit) {
		return matching(scope, confirmedAfter, query, null).sorted(byName(query.locale())).skip(offset).limit(limit)
			.collect(Collectors.toList());
	}

	@Override
	public long directoryCount(Scope scope, Instant confirmedAfter, DirectoryQuery query) {
		return matching(scope, confirmedAfter, query, null).count();
	}

	@Override
	public Map<String, Long> directoryFacet(Scope scope, Instant confirmedAfter, DirectoryQuery query, DirectoryFacet facet) {
		Map<String, Long> counts = new LinkedHashMap<>();
		matching(scope, confirmedAfter, query, facet).forEach(listing -> values(listing, facet, query.locale())
			.forEach(value -> counts.merge(value, 1L, Long::sum)));
		return counts;
	}

	@Override
	public List<ChampionListing> directoryAfter(Scope scope, Instant confirmedAfter, ChampionCategory category, Locale locale,
		ChampionListing after, int limit) {
		Comparator<ChampionListing> order = byName(locale);
		return matching(scope, confirmedAfter, new DirectoryQuery(null, category, null, null, null, null, locale.getLanguage()), null)
			.filter(listing -> after == null || order.compare(listing, after) > 0).sorted(order).limit(limit).collect(Collectors.toList());
	}

	/** The directory's search as its description says, in plain Java: what the database's queries must agree with. */
	private Stream<ChampionListing> matching(Scope scope, Instant confirmedAfter, DirectoryQuery query, DirectoryFacet leftOut) {
		List<String> words = DirectoryJpql.words(query.text());
		return listings.values().stream()
			.filter(l -> l.scope().equals(scope) && l.stage() == ChampionListing.Stage.CURRENT && l.status() == ListingStatus.PUBLISHED
				&& l.lastConfirmedAt().isAfter(confirmedAfter))
			.filter(l -> words.stream().allMatch(SearchFolding.fold(String.join("\n", l.displayName(), l.title(), l.role(),
				String.join("\n", l.programs()), String.join("\n", l.expertise()), String.join("\n", l.languages())))::contains))
			.filter(l -> leftOut == DirectoryFacet.CATEGORY || query.category() == null || l.category() == query.category())
			.filter(l -> leftOut == DirectoryFacet.PROGRAM || query.program() == null || l.programs().contains(query.program()))
			.filter(l -> leftOut == DirectoryFacet.LANGUAGE || query.language() == null || l.languages().contains(query.language()))
			.filter(l -> leftOut == DirectoryFacet.EXPERTISE || query.expertise() == null || l.expertise().contains(query.expertise()))
			.filter(l -> leftOut == DirectoryFacet.LETTER || query.letter() == null
				|| SearchFolding.initialOf(l.displayName(), query.locale()).equals(query.letter()));
	}

	private static List<String> values(ChampionListing listing, DirectoryFacet facet, Locale locale) {
		switch (facet) {
			case CATEGORY:
				return List.of(listing.category().name());
			case PROGRAM:
				return listing.programs();
			case LANGUAGE:
				return listing.languages();
			case EXPERTISE:
				return listing.expertise();
			default:
				return List.of(SearchFolding.initialOf(listing.displayName(), locale));
		}
	}

	private static Comparator<ChampionListing> byName(Locale locale) {
		return Comparator.comparing(ChampionListing::displayName, SearchFolding.collator(locale)).thenComparing(ChampionListing::id);
	}

	@Override
	public List<String> directoryOwners(Scope scope, Instant confirmedAfter) {
		return matching(scope, confirmedAfter, DirectoryQuery.everything(), null).map(ChampionListing::ownerKey).distinct().sorted()
			.collect(Collectors.toList());
	}

	@Override
	public Optional<SiteListSending> listSendingOf(Scope scope) {
		return sendings.stream().filter(s -> s.scope().equals(scope)).findFirst();
	}

	@Override
	public void addListSending(SiteListSending sending) {
		if (listSendingOf(sending.scope()).isPresent()) {
			throw new Conflict("duplicate sending row");
		}
		sendings.add(sending);
	}

	@Override
	public List<ChampionListing> inStatus(Scope scope, ListingStatus status) {
		return all(l -> l.scope().equals(scope) && l.status() == status);
	}

	@Override
	public List<ChampionListing> allOf(long companyId, String ownerKey) {
		return all(l -> l.companyId() == companyId && l.ownerKey().equals(ownerKey));
	}

	@Override
	public void store(ChampionListing listing) {
		boolean taken = listings.values().stream().anyMatch(l -> l.scope().equals(listing.scope()) && l.ownerKey().equals(listing.ownerKey())
			&& l.stage() == listing.stage());
		if (taken) {
			throw new Conflict("duplicate listing row");
		}
		listings.put(listing.id(), listing);
	}

	@Override
	public void remove(ChampionListing listing) {
		listings.remove(listing.id());
	}

	@Override
	public void flush() {
	}

	@Override
	public Optional<SiteChampionSettings> settingsOf(Scope scope) {
		return settings.stream().filter(s -> s.scope().equals(scope)).findFirst();
	}

	@Override
	public void addSettings(SiteChampionSettings stored) {
		settings.add(stored);
	}

	// the workflow (V7): nominations, the expertise vocabulary, reminders

	private final Map<String, ChampionNomination> nominations = new LinkedHashMap<>();
	private final List<ExpertiseTerm> terms = new ArrayList<>();

	@Override
	public Optional<ChampionNomination> findNomination(String id) {
		return Optional.ofNullable(id).map(nominations::get);
	}

	@Override
	public Optional<ChampionNomination> nominationOf(Scope scope, String nomineeKey) {
		return nominations.values().stream().filter(n -> n.scope().equals(scope) && n.nomineeKey().equals(nomineeKey)).findFirst();
	}

	@Override
	public List<ChampionNomination> nominationsIn(Scope scope) {
		return nominations.values().stream().filter(n -> n.scope().equals(scope)).collect(Collectors.toList());
	}

	@Override
	public List<ChampionNomination> nominationsOf(long companyId, String nomineeKey) {
		return nominations.values().stream().filter(n -> n.scope().companyId() == companyId && n.nomineeKey().equals(nomineeKey))
			.collect(Collectors.toList());
	}

	@Override
	public void storeNomination(ChampionNomination nomination) {
		if (nominationOf(nomination.scope(), nomination.nomineeKey()).isPresent()) {
			throw new Conflict("duplicate nomination");
		}
		nominations.put(nomination.id(), nomination);
	}

	@Override
	public void removeNomination(ChampionNomination nomination) {
		nominations.remove(nomination.id());
	}

	@Override
	public List<ExpertiseTerm> termsOf(Scope scope) {
		return terms.stream().filter(t -> t.scope().equals(scope)).collect(Collectors.toList());
	}

	@Override
	public void storeTerm(ExpertiseTerm term) {
		if (termsOf(term.scope()).stream().anyMatch(t -> t.foldedTerm().equals(term.foldedTerm()))) {
			throw new Conflict("duplicate term");
		}
		terms.add(term);
	}

	@Override
	public void removeTerm(ExpertiseTerm term) {
		terms.remove(term);
	}

	@Override
	public List<ChampionListing> withPendingTags(Scope scope) {
		return all(l -> l.scope().equals(scope) && !l.pendingExpertise().isEmpty());
	}

	@Override
	public List<Scope> sitesWithPublished() {
		return listings.values().stream().filter(l -> l.stage() == ChampionListing.Stage.CURRENT && l.status() == ListingStatus.PUBLISHED)
			.map(ChampionListing::scope).distinct().collect(Collectors.toList());
	}

	@Override
	public synchronized boolean markReminded(ChampionListing listing, ChampionReminders.Kind kind, Instant due) {
		Instant recorded = kind == ChampionReminders.Kind.DUE ? listing.dueRemindedFor() : listing.staleRemindedFor();
		if (due.equals(recorded)) {
			return false;
		}
		listing.remindedFor(kind, due);
		return true;
	}

	int nominationRows() {
		return nominations.size();
	}

	int rows() {
		return listings.size();
	}

	private Optional<ChampionListing> first(Predicate<ChampionListing> condition) {
		return listings.values().stream().filter(condition).findFirst();
	}

	private List<ChampionListing> all(Predicate<ChampionListing> condition) {
		return listings.values().stream().filter(condition).collect(Collectors.toList());
	}

}
