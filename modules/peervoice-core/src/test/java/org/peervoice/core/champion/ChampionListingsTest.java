package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.core.champion.ChampionServicesFixture.draft;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.UnknownItem;

class ChampionListingsTest {

	private final ChampionServicesFixture champions = new ChampionServicesFixture();

	private long directorySize() {
		return champions.directory.search(champions.staff, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getTotalCount();
	}

	@Test
	void aNewListingIsADraftOnlyItsOwnerSees() {
		ListingView saved = champions.listings.save(champions.ana, SITE, draft("Ana Ruiz"));

		assertEquals(ListingStatus.DRAFT, saved.getWorkflow().getStatus());
		assertTrue(saved.isMine());
		assertNotNull(saved.getConsent());
		assertEquals("+12025550143", saved.getPhone(), "stored in E.164");
		assertEquals(0, directorySize());
		assertThrows(UnknownItem.class, () -> champions.directory.listing(champions.staff, SITE, saved.getId()));
	}

	@Test
	void submittedListingsWaitForLeadershipAndApprovalPublishesThem() {
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz"));
		ListingView submitted = champions.listings.submit(champions.ana, SITE);

		assertEquals(ListingStatus.SUBMITTED, submitted.getWorkflow().getStatus());
		assertEquals(List.of(submitted.getId()), ids(champions.approvals.queue(champions.lee, SITE, ChampionApprovals.Queue.SUBMITTED)));
		assertEquals(0, directorySize());

		ListingView approved = champions.approvals.approve(champions.lee, SITE, submitted.getId());

		assertEquals(ListingStatus.PUBLISHED, approved.getWorkflow().getStatus());
		assertEquals(champions.clock.instant(), approved.getWorkflow().getLastConfirmedAt());
		assertEquals(1, directorySize());
		assertTrue(champions.approvals.queue(champions.lee, SITE, ChampionApprovals.Queue.SUBMITTED).isEmpty());
	}

	@Test
	void leadershipMayAskForChangesWithAMessageAndTheOwnerSubmitsAgain() {
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz"));
		String id = champions.listings.submit(champions.ana, SITE).getId();

		assertThrows(InvalidInput.class, () -> champions.approvals.requestChanges(champions.lee, SITE, id, " "), "a message is required");
		champions.approvals.requestChanges(champions.lee, SITE, id, "Please add your office hours.");

		ListingView mine = champions.listings.mine(champions.ana, SITE);
		assertEquals(ListingStatus.CHANGES_REQUESTED, mine.getWorkflow().getStatus());
		assertEquals("Please add your office hours.", mine.getWorkflow().getReviewMessage());
		assertThrows(Conflict.class, () -> champions.approvals.approve(champions.lee, SITE, id), "nothing waits for approval");

		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").officeHours("Mondays 9-11", Audience.EVERYONE));
		assertEquals(ListingStatus.SUBMITTED, champions.listings.submit(champions.ana, SITE).getWorkflow().getStatus());
	}

	@Test
	void aDeclinedListingStaysOutOfTheDirectory() {
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz"));
		String id = champions.listings.submit(champions.ana, SITE).getId();

		ListingView declined = champions.approvals.decline(champions.lee, SITE, id, "");

		assertEquals(ListingStatus.DECLINED, declined.getWorkflow().getStatus());
		assertNull(declined.getWorkflow().getReviewMessage());
		assertEquals(0, directorySize());
	}

	@Test
	void editsToAPublishedListingWaitAsARevisionWhileThePublishedOneStaysVisible() {
		champions.published(champions.ana, draft("Ana Ruiz"));

		ListingView edited = champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").location("Building C", Audience.EVERYONE));

		assertEquals(ListingStatus.PUBLISHED, edited.getWorkflow().getStatus());
		assertEquals("Building B, room 214", edited.getLocation());
		assertEquals("Building C", edited.getPendingRevision().getLocation());
		assertEquals(ListingStatus.SUBMITTED, edited.getPendingRevision().getWorkflow().getStatus());
		ListingView seenByStaff = champions.directory.listing(champions.staff, SITE, edited.getId());
		assertEquals("Building B, room 214", seenByStaff.getLocation());
		assertNull(seenByStaff.getPendingRevision(), "staff never see a revision");

		List<ListingView> queue = champions.approvals.queue(champions.lee, SITE, ChampionApprovals.Queue.SUBMITTED);
		assertEquals("Building C", queue.get(0).getPendingRevision().getLocation());
		champions.approvals.approve(champions.lee, SITE, edited.getId());

		assertEquals("Building C", champions.directory.listing(champions.staff, SITE, edited.getId()).getLocation());
		assertNull(champions.listings.mine(champions.ana, SITE).getPendingRevision());
		assertEquals(1, champions.repository.rows(), "the revision row is gone once applied");
	}

	@Test
	void aRevisionReturnedWithChangesLeavesThePublishedListingAsItWas() {
		String id = champions.published(champions.ana, draft("Ana Ruiz")).getId();
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").location("Nowhere", Audience.EVERYONE));

		champions.approvals.requestChanges(champions.lee, SITE, id, "Which building?");

		ListingView mine = champions.listings.mine(champions.ana, SITE);
		assertEquals(ListingStatus.PUBLISHED, mine.getWorkflow().getStatus());
		assertEquals(ListingStatus.CHANGES_REQUESTED, mine.getPendingRevision().getWorkflow().getStatus());
		assertEquals("Building B, room 214", champions.directory.listing(champions.staff, SITE, id).getLocation());
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").location("Building D", Audience.EVERYONE));
		assertEquals(ListingStatus.SUBMITTED, champions.listings.mine(champions.ana, SITE).getPendingRevision().getWorkflow().getStatus());
	}

	@Test
	void withoutRequiredApprovalSubmittingPublishesAndEditsApplyAtOnce() {
		champions.settings.updateSettings(champions.admin, SITE, new ChampionSettings(false, 180, 30, "US"));
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz"));

		assertEquals(ListingStatus.PUBLISHED, champions.listings.submit(champions.ana, SITE).getWorkflow().getStatus());
		ListingView edited = champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").location("Building C", Audience.EVERYONE));
		assertEquals("Building C", edited.getLocation());
		assertNull(edited.getPendingRevision());
	}

	@Test
	void onlyChampionsKeepAListingAndOnlyLeadershipApproves() {
		assertThrows(NotPermitted.class, () -> champions.listings.save(champions.staff, SITE, draft("Sam Staff")));
		assertThrows(NotSignedIn.class, () -> champions.listings.save(champions.guest, SITE, draft("Guest")));
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz"));
		String id = champions.listings.submit(champions.ana, SITE).getId();
		assertThrows(NotPermitted.class, () -> champions.approvals.approve(champions.jose, SITE, id));
		assertThrows(NotPermitted.class, () -> champions.approvals.queue(champions.staff, SITE, ChampionApprovals.Queue.SUBMITTED));
	}

	@Test
	void onePersonHasOneListingPerSite() {
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz"));
		champions.listings.save(champions.ana, SITE, draft("Ana María Ruiz"));

		assertEquals(1, champions.repository.rows());
		assertEquals("Ana María Ruiz", champions.listings.mine(champions.ana, SITE).getDisplayName());
	}

	@Test
	void deletingOnesListingDeletesItsDataAndAnyRevision() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").location("Building C", Audience.EVERYONE));

		champions.listings.delete(champions.ana, SITE);

		assertEquals(0, champions.repository.rows());
		assertThrows(UnknownItem.class, () -> champions.listings.mine(champions.ana, SITE));
	}

	@Test
	void thePrefillComesFromThePortalProfileAndShowsTheAddressToChampionsAndLeadershipOnly() {
		ListingDraft prefilled = champions.listings.prefill(champions.ana, SITE);

		assertEquals("Ana Ruiz", prefilled.getDisplayName());
		assertEquals("Nurse Educator", prefilled.getTitle());
		assertEquals("ana.ruiz@example.org", prefilled.getEmail());
		assertEquals(Audience.CHAMPIONS_AND_LEADERSHIP, prefilled.getEmailAudience());
		assertEquals("Name of user-jose", champions.listings.prefill(champions.jose, SITE).getDisplayName(), "without a profile: the sign-in name");
	}

	@Test
	void whenTheSiteKeepsTheProfilesFieldsTheyAreTheProfilesWhateverTheRequestSays() {
		champions.published(champions.jose, draft("José Díaz").preferredContact(null));
		champions.settings.updateSettings(champions.admin, SITE, new ChampionSettings(true, 180, 30, "US", false));

		ListingView ana = champions.listings.save(champions.ana, SITE, draft("Somebody Else").email("not-an-address", Audience.EVERYONE));
		assertEquals(List.of("Ana Ruiz", "Nurse Educator", "ana.ruiz@example.org"), List.of(ana.getDisplayName(), ana.getTitle(),
			ana.getEmail()), "the request's values are neither stored nor checked");

		// José's profile is empty: his sign-in name, no e-mail, and no title, which a published listing cannot be without
		InvalidInput refused = assertThrows(InvalidInput.class, () -> champions.listings.save(champions.jose, SITE,
			draft("José Díaz").preferredContact(null)));
		assertEquals(List.of("title"), List.copyOf(refused.fieldErrors().keySet()));
		assertEquals("Peer Support Specialist", champions.listings.mine(champions.jose, SITE).getTitle(), "nothing was written");
		InvalidInput noEmail = assertThrows(InvalidInput.class, () -> champions.listings.save(champions.jose, SITE,
			draft("José Díaz").preferredContact(ContactMethod.EMAIL)));
		assertEquals(List.of("preferredContact"), List.copyOf(noEmail.fieldErrors().keySet()), "e-mail preferred, and none in the profile");
	}

	@Test
	void theLivedExperienceMarkIsOnlyWhatTheOwnerChose() {
		assertFalse(champions.published(champions.ana, draft("Ana Ruiz")).isLivedExperience());
		ListingView marked = champions.listings.save(champions.jose, SITE, draft("José Díaz").livedExperience(true));
		assertTrue(marked.isLivedExperience());
	}

	@Test
	void invalidContactDetailsAreRefusedFieldByField() {
		ListingDraft bad = new ListingDraft("Ana", "Nurse", null, "").email("ana@", Audience.EVERYONE)
			.phone("12", "x9", Audience.EVERYONE).preferredContact(ContactMethod.IN_PERSON)
			.expertise(Collections.nCopies(ChampionLimits.MAX_EXPERTISE_TAGS + 1, "x").stream().map(s -> s + Math.random())
				.collect(java.util.stream.Collectors.toList()));

		InvalidInput refused = assertThrows(InvalidInput.class, () -> champions.listings.save(champions.ana, SITE, bad));

		assertEquals(List.of("category", "role", "email", "phone", "phoneExtension", "expertise", "preferredContact"),
			List.copyOf(refused.fieldErrors().keySet()));
		assertEquals("invalid-phone", refused.fieldCodes().get("phone"));
	}

	@Test
	void aPhoneNumberIsReadInTheSitesRegionAndAnInternationalOneInAny() {
		champions.settings.updateSettings(champions.admin, SITE, new ChampionSettings(true, 180, 30, "ES"));

		assertEquals("+34912345678", champions.listings.save(champions.ana, SITE, draft("Ana").phone("912 34 56 78", "", Audience.EVERYONE))
			.getPhone());
		assertEquals("+12025550143", champions.listings.save(champions.ana, SITE, draft("Ana").phone("+1 (202) 555-0143", "",
			Audience.EVERYONE)).getPhone());
		assertThrows(InvalidInput.class, () -> champions.listings.save(champions.ana, SITE, draft("Ana").phone("+1 202 555 0143 ext 5", "",
			Audience.EVERYONE)), "the extension has a field of its own");
	}

	@Test
	void listsDropBlanksAndRepeatsThatDifferOnlyInCaseOrAccents() {
		ListingView saved = champions.listings.save(champions.ana, SITE,
			draft("Ana").languages(List.of("Español", "espanol", " ", "English")));

		assertEquals(List.of("Español", "English"), saved.getLanguages());
	}

	private static List<String> ids(List<ListingView> views) {
		return views.stream().map(ListingView::getId).collect(java.util.stream.Collectors.toList());
	}

}
