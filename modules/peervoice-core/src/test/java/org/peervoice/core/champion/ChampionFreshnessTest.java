package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.core.champion.ChampionServicesFixture.draft;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.UnknownItem;

class ChampionFreshnessTest {

	private final ChampionServicesFixture champions = new ChampionServicesFixture();

	private List<String> directoryNames() {
		return champions.directory.search(champions.staff, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems().stream()
			.map(ListingView::getDisplayName).collect(Collectors.toList());
	}

	private List<String> queue(ChampionApprovals.Queue queue) {
		return champions.approvals.queue(champions.lee, SITE, queue).stream().map(ListingView::getDisplayName).collect(Collectors.toList());
	}

	@Test
	void aListingIsDueAfterTheReconfirmPeriodAndLeavesTheDirectoryAfterTheGrace() {
		ListingView published = champions.published(champions.ana, draft("Ana Ruiz"));
		assertEquals(published.getWorkflow().getLastConfirmedAt().plus(Duration.ofDays(180)), published.getWorkflow().getConfirmDueAt());

		champions.clock.advance(Duration.ofDays(179));
		assertEquals(List.of(), queue(ChampionApprovals.Queue.DUE));

		champions.clock.advance(Duration.ofDays(1));
		assertEquals(List.of("Ana Ruiz"), queue(ChampionApprovals.Queue.DUE));
		assertEquals(List.of("Ana Ruiz"), directoryNames(), "still listed during the grace period");

		champions.clock.advance(Duration.ofDays(30));
		assertEquals(List.of(), queue(ChampionApprovals.Queue.DUE));
		assertEquals(List.of("Ana Ruiz"), queue(ChampionApprovals.Queue.STALE));
		assertEquals(List.of(), directoryNames());
		ListingView mine = champions.listings.mine(champions.ana, SITE);
		assertTrue(mine.getWorkflow().isStale());
		assertEquals(ListingStatus.PUBLISHED, mine.getWorkflow().getStatus(), "kept, not deleted");
		assertThrows(UnknownItem.class, () -> champions.directory.listing(champions.staff, SITE, mine.getId()));
	}

	@Test
	void oneConfirmationBringsAStaleListingBack() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		champions.clock.advance(Duration.ofDays(400));

		ListingView confirmed = champions.listings.confirm(champions.ana, SITE);

		assertFalse(confirmed.getWorkflow().isStale());
		assertEquals(champions.clock.instant().plus(Duration.ofDays(180)), confirmed.getWorkflow().getConfirmDueAt());
		assertEquals(List.of("Ana Ruiz"), directoryNames());
	}

	@Test
	void theSiteSetsThePeriodAndTheGrace() {
		champions.settings.updateSettings(champions.admin, SITE, new ChampionSettings(true, 30, 0, "US"));
		champions.published(champions.ana, draft("Ana Ruiz"));

		champions.clock.advance(Duration.ofDays(30));

		assertEquals(List.of(), directoryNames());
		assertThrows(InvalidInput.class, () -> champions.settings.updateSettings(champions.admin, SITE,
			new ChampionSettings(true, 10, 500, "XX")));
		assertThrows(NotPermitted.class, () -> champions.settings.updateSettings(champions.lee, SITE, ChampionSettings.defaults()));
		assertEquals(30, champions.settings.settings(champions.staff, SITE).getReconfirmDays());
	}

	@Test
	void approvingAnEditCountsAsAConfirmation() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		champions.clock.advance(Duration.ofDays(200));
		String id = champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").location("Building C", Audience.EVERYONE)).getId();

		champions.approvals.approve(champions.lee, SITE, id);

		assertEquals(List.of(), queue(ChampionApprovals.Queue.DUE));
	}

	@Test
	void aPersonWhoLeavesLeavesTheDirectoryAtOnce() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		champions.published(champions.jose, draft("José Díaz"));
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").location("Building C", Audience.EVERYONE));

		champions.directory.personLeft(SiteMember.COMPANY, "user-ana");

		assertEquals(List.of("José Díaz"), directoryNames());
		assertEquals(ListingStatus.LEFT, champions.listings.mine(champions.ana, SITE).getWorkflow().getStatus());
		assertEquals(2, champions.repository.rows(), "the pending revision is deleted");
		assertEquals(List.of(), queue(ChampionApprovals.Queue.SUBMITTED));
	}

}
