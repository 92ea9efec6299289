package org.peervoice.core.champion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.Scope;

/** The champion repository in a map, with the unique constraints of the tables (one row per person, site and stage). */
final class InMemoryChampions implements ChampionRepository {

	private final Map<String, ChampionListing> listings = new LinkedHashMap<>();
	private final List<SiteChampionSettings> settings = new ArrayList<>();

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
