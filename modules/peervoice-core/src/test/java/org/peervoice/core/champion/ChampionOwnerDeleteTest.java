package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.peervoice.core.champion.ChampionServicesFixture.draft;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.UnknownItem;

class ChampionOwnerDeleteTest {

	private final ChampionServicesFixture champions = new ChampionServicesFixture();

	@Test
	void aFormerChampionWhoseRoleWasRemovedStillReadsAndDeletesTheirListing() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").pronouns("she/her"));
		SiteMember anaWithoutTheRole = SiteMember.named("user-ana", "Ana Ruiz", PeerVoiceRole.SITE_MEMBER, SITE);

		assertEquals("Ana Ruiz", champions.listings.mine(anaWithoutTheRole, SITE).getDisplayName());
		assertThrows(NotPermitted.class, () -> champions.listings.save(anaWithoutTheRole, SITE, draft("Ana R.")), "but no longer edits it");
		assertThrows(NotPermitted.class, () -> champions.listings.confirm(anaWithoutTheRole, SITE));

		champions.listings.delete(anaWithoutTheRole, SITE);

		assertEquals(0, champions.repository.rows(), "the listing and its pending revision are gone");
	}

	@Test
	void someoneWhoLeftStillDeletesTheirListing() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		champions.directory.personLeft(SiteMember.COMPANY, "user-ana");

		champions.listings.delete(champions.ana, SITE);

		assertEquals(0, champions.repository.rows());
	}

	@Test
	void aDeletedAccountLeavesNoListingRevisionOrNominationWhereADeactivatedOneIsKept() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").pronouns("she/her"));
		champions.published(champions.jose, draft("José Núñez"));
		champions.nominations.nominate(champions.lee, SITE, new NominationRequest("user-nia", ChampionCategory.STAFF, "Would you?"));
		champions.directory.personLeft(SiteMember.COMPANY, "user-ana");
		assertEquals(2, champions.repository.rows(), "deactivated: Ana's listing kept (her revision dropped), José's untouched");

		champions.directory.personDeleted(SiteMember.COMPANY, "user-ana");
		champions.directory.personDeleted(SiteMember.COMPANY, "user-nia");

		assertEquals(1, champions.repository.rows(), "only José's listing is left");
		assertEquals(0, champions.repository.nominationRows(), "the deleted nominee's nomination is gone");
		assertThrows(UnknownItem.class, () -> champions.listings.mine(champions.ana, SITE));
		assertEquals(List.of("José Núñez"), champions.directory.search(champions.lee, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20))
			.getItems().stream().map(ListingView::getDisplayName).collect(Collectors.toList()));
	}

	@Test
	void aDeletedAccountWithARevisionPendingLeavesNothing() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").pronouns("she/her"));
		assertEquals(2, champions.repository.rows());

		champions.directory.personDeleted(SiteMember.COMPANY, "user-ana");

		assertEquals(0, champions.repository.rows());
	}

	@Test
	void withoutAListingThereIsNothingToDeleteAndAGuestMustSignIn() {
		champions.published(champions.ana, draft("Ana Ruiz"));

		assertThrows(UnknownItem.class, () -> champions.listings.delete(champions.staff, SITE));
		assertThrows(UnknownItem.class, () -> champions.listings.delete(champions.lee, SITE), "leadership deletes only their own");
		assertThrows(NotSignedIn.class, () -> champions.listings.delete(champions.guest, SITE));
		assertEquals(1, champions.repository.rows());
	}

}
