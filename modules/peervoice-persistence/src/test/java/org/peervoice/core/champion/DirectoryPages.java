package org.peervoice.core.champion;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * Reads a directory page straight from the JPA repository with a chosen count of matches, which decides how the
 * database is asked for the page (JpaChampionRepository.directoryPage): for the persistence contract to check that
 * every way gives the same page on each database, with a handful of listings.
 */
public final class DirectoryPages {

	private DirectoryPages() {
	}

	public static List<String> names(UnitOfWork unitOfWork, Scope scope, Instant confirmedAfter, DirectoryQuery query, long matches,
		long offset, int limit) {
		return unitOfWork.inTransaction(() -> new JpaChampionRepository(unitOfWork)
			.directoryPage(scope, confirmedAfter, query, matches, offset, limit).stream()
			.map(ChampionListing::displayName).collect(Collectors.toList()));
	}

	/** Up to this many matches, a word search's page is read by sorting its matches. */
	public static long fewMatches() {
		return JpaChampionRepository.FEW_MATCHES;
	}

}
