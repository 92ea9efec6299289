package org.peervoice.core.champion;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.peervoice.core.kernel.Scope;

/** Listings (current rows and pending revisions) and site settings of the champion directory. */
interface ChampionRepository {

	Optional<ChampionListing> find(String id);

	/** The person's listing in the site (its CURRENT row). */
	Optional<ChampionListing> currentOf(Scope scope, String ownerKey);

	/** The person's edits waiting for approval in the site (a REVISION row). */
	Optional<ChampionListing> revisionOf(Scope scope, String ownerKey);

	/** The site's published listings last confirmed at or after {@code confirmedSince}. */
	List<ChampionListing> published(Scope scope, Instant confirmedSince);

	/** The site's published listings last confirmed before {@code confirmedBefore}. */
	List<ChampionListing> publishedConfirmedBefore(Scope scope, Instant confirmedBefore);

	/**
	 * One page of the site's directory (published listings last confirmed after {@code confirmedAfter}) matching every
	 * filter of the query, in the name order of the query's language, ties by id. {@code matches}: how many listings
	 * match the query's words and list facets before its category and letter narrow them (possibly a few seconds old),
	 * which only decides how the page is read, never what it holds.
	 */
	List<ChampionListing> directoryPage(Scope scope, Instant confirmedAfter, DirectoryQuery query, long matches, long offset, int limit);

	/** How many of the site's directory listings match every filter of the query. */
	long directoryCount(Scope scope, Instant confirmedAfter, DirectoryQuery query);

	/** Each value of the facet and how many directory listings have it, matching every filter of the query but the facet's own. */
	Map<String, Long> directoryFacet(Scope scope, Instant confirmedAfter, DirectoryQuery query, DirectoryFacet facet);

	/** As {@link #directoryCounts}, for the directory at this revision (a cache of counts must not serve an older one's). */
	default DirectoryCounts directoryCountsAt(Scope scope, Instant confirmedAfter, DirectoryQuery query, long revision) {
		return directoryCounts(scope, confirmedAfter, query);
	}

	/** The earliest last confirmation of a listing in the directory (confirmed after the cut-off); null if none. */
	default Instant firstConfirmedInDirectory(Scope scope, Instant confirmedAfter) {
		return published(scope, confirmedAfter).stream().map(ChampionListing::lastConfirmedAt).filter(at -> at.isAfter(confirmedAfter))
			.min(Instant::compareTo).orElse(null);
	}

	/**
	 * How many directory listings match the query, and every facet's counts ({@link #directoryFacet}), at once: a
	 * database answers them with a few grouped queries instead of one query each.
	 */
	default DirectoryCounts directoryCounts(Scope scope, Instant confirmedAfter, DirectoryQuery query) {
		Map<DirectoryFacet, Map<String, Long>> facets = new EnumMap<>(DirectoryFacet.class);
		for (DirectoryFacet facet : DirectoryFacet.values()) {
			facets.put(facet, directoryFacet(scope, confirmedAfter, query, facet));
		}
		long total = directoryCount(scope, confirmedAfter, query);
		return new DirectoryCounts(total, total, facets);
	}

	/**
	 * The next listings of one category of the directory in the name order of {@code locale}, after {@code after} (null:
	 * from the first), at most {@code limit}: the worksheet read a part at a time.
	 */
	List<ChampionListing> directoryAfter(Scope scope, Instant confirmedAfter, ChampionCategory category, Locale locale,
		ChampionListing after, int limit);

	/** The people with a listing in the site's directory, each once. */
	List<String> directoryOwners(Scope scope, Instant confirmedAfter);

	Optional<SiteListSending> listSendingOf(Scope scope);

	/** @throws org.peervoice.core.kernel.Conflict when the site's list was sent by another request meanwhile */
	void addListSending(SiteListSending sending);

	/** Current rows and revisions of the site in this status. */
	List<ChampionListing> inStatus(Scope scope, ListingStatus status);

	/** Every row of the person in every site of the company. */
	List<ChampionListing> allOf(long companyId, String ownerKey);

	/** @throws org.peervoice.core.kernel.Conflict when the person already has such a row (the unique constraint decides) */
	void store(ChampionListing listing);

	void remove(ChampionListing listing);

	/** Writes pending changes now, so a stale version is a {@code Conflict} here rather than at commit. */
	void flush();

	Optional<SiteChampionSettings> settingsOf(Scope scope);

	/** @throws org.peervoice.core.kernel.Conflict when another request created the site's settings meanwhile */
	void addSettings(SiteChampionSettings settings);

	// the workflow (V7): nominations, the expertise vocabulary, reminders

	Optional<ChampionNomination> findNomination(String id);

	Optional<ChampionNomination> nominationOf(Scope scope, String nomineeKey);

	List<ChampionNomination> nominationsIn(Scope scope);

	/** Every nomination of the person in every site of the company. */
	List<ChampionNomination> nominationsOf(long companyId, String nomineeKey);

	/** @throws org.peervoice.core.kernel.Conflict when the person is nominated in the site already (the unique constraint decides) */
	void storeNomination(ChampionNomination nomination);

	void removeNomination(ChampionNomination nomination);

	List<ExpertiseTerm> termsOf(Scope scope);

	/** @throws org.peervoice.core.kernel.Conflict when the site has a tag that folds alike already */
	void storeTerm(ExpertiseTerm term);

	void removeTerm(ExpertiseTerm term);

	/** Current rows and revisions of the site with free tags waiting for leadership. */
	List<ChampionListing> withPendingTags(Scope scope);

	/** Every site with a published listing. */
	List<Scope> sitesWithPublished();

	/**
	 * Records that the owner was reminded of the due date {@code due}, with one conditional statement.
	 *
	 * @return false when this reminder was recorded already (by this node or another): then it must not be sent
	 */
	boolean markReminded(ChampionListing listing, ChampionReminders.Kind kind, Instant due);

}
