package org.peervoice.core.champion;

import java.util.List;

/** The listings of one worksheet category, by name. */
public final class CategoryGroup {

	private final ChampionCategory category;
	private final List<ListingView> listings;

	CategoryGroup(ChampionCategory category, List<ListingView> listings) {
		this.category = category;
		this.listings = List.copyOf(listings);
	}

	public ChampionCategory getCategory() {
		return category;
	}

	public List<ListingView> getListings() {
		return listings;
	}

}
