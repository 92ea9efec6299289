package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.core.champion.ChampionServicesFixture.draft;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;

class ChampionNominationsTest {

	private static final String MESSAGE = "You helped the night shift so much - would you be a champion?";

	private final ChampionServicesFixture champions = new ChampionServicesFixture();

	private NominationView nominateNia() {
		return champions.nominations.nominate(champions.lee, SITE, new NominationRequest("user-nia", ChampionCategory.STAFF, MESSAGE));
	}

	/** What every read path of the directory shows {@code viewer}, as text. */
	private List<String> everyReadPath(SiteMember viewer, String listingOrNominationId) {
		List<Object> answers = new ArrayList<>();
		answers.add(champions.directory.search(viewer, SITE, DirectoryQuery.everything(), PageRequest.of(1, 50)));
		for (String words : List.of("Nia", "okafor", "nia okafor", "Care Coordinator")) {
			answers.add(champions.directory.search(viewer, SITE, new DirectoryQuery(words, null, null, null, null, null, "en"),
				PageRequest.of(1, 50)));
		}
		answers.add(champions.directory.search(viewer, SITE, new DirectoryQuery(null, ChampionCategory.STAFF, null, null, null, "N", "es"),
			PageRequest.of(1, 50)));
		answers.add(champions.directory.worksheet(viewer, SITE, "en"));
		answers.add(champions.directory.worksheet(viewer, SITE, "es"));
		answers.add(champions.expertise.vocabulary(viewer, SITE));
		List<String> seen = new ArrayList<>(ReadModelStrings.of(answers.toArray()));
		assertThrows(UnknownItem.class, () -> champions.directory.listing(viewer, SITE, listingOrNominationId));
		if (Viewer.isChampionOrLeadership(viewer.actorIn(SITE))) {
			seen.add(champions.export.csv(viewer, SITE, "en"));
			seen.add(champions.export.csv(viewer, SITE, "es"));
		}
		if (viewer.actorIn(SITE).can(Permission.APPROVE_LISTINGS)) {
			for (ChampionApprovals.Queue queue : ChampionApprovals.Queue.values()) {
				seen.addAll(ReadModelStrings.of(champions.approvals.queue(viewer, SITE, queue)));
			}
		}
		if (!viewer.userKey().orElse("").equals("user-nia")) {
			seen.addAll(ReadModelStrings.of(champions.nominations.mine(viewer, SITE)));
		}
		return seen;
	}

	private static boolean mentionsNia(List<String> seen) {
		return seen.stream().anyMatch(text -> text.contains("Nia") || text.contains("Okafor") || text.contains("user-nia")
			|| text.contains("night shift"));
	}

	@Test
	void aNomineeIsOnNoReadPathOfAnyoneButLeadershipUntilTheyAccept() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		NominationView nomination = nominateNia();
		List<SiteMember> viewers = List.of(champions.staff, champions.ana, champions.jose, champions.lee, champions.admin,
			SiteMember.withRole("user-other-lead", PeerVoiceRole.PEER_VOICE_LEADERSHIP));

		for (SiteMember viewer : viewers) {
			assertFalse(mentionsNia(everyReadPath(viewer, nomination.getId())), "before accepting, to " + viewer.userKey());
		}
		assertEquals(List.of("Nia Okafor"), champions.nominations.nominations(champions.lee, SITE).stream()
			.map(NominationView::getNomineeName).collect(Collectors.toList()), "leadership's own list");
		assertThrows(NotPermitted.class, () -> champions.nominations.nominations(champions.ana, SITE));
		assertThrows(NotPermitted.class, () -> champions.nominations.nominations(champions.staff, SITE));

		ListingView accepted = champions.nominations.accept(champions.nia, SITE, nomination.getId());
		for (SiteMember viewer : List.of(champions.staff, champions.ana, champions.jose)) {
			assertFalse(mentionsNia(everyReadPath(viewer, accepted.getId())), "a draft is not in the directory, to " + viewer.userKey());
		}
	}

	@Test
	void theNomineeIsNotifiedAndSeesTheInvitationInTheirOwnTab() {
		NominationView nomination = nominateNia();

		NotificationEvent event = champions.published.get(0);
		assertEquals(NotificationType.CHAMPION_NOMINATION, event.type());
		assertEquals("user-nia", event.recipientKey());
		assertEquals(nomination.getId(), event.itemId());
		List<NominationView> mine = champions.nominations.mine(champions.nia, SITE);
		assertEquals(1, mine.size());
		assertEquals(MESSAGE, mine.get(0).getMessage());
		assertEquals("Name of user-lee", mine.get(0).getNominatorName());
		assertEquals(List.of(), champions.nominations.mine(champions.staff, SITE), "nobody else's");
	}

	@Test
	void acceptingGivesADraftPrefilledFromTheProfileThatTheNomineeCompletesAndSubmitsWithoutTheChampionRole() {
		NominationView nomination = nominateNia();

		ListingView draft = champions.nominations.accept(champions.nia, SITE, nomination.getId());

		assertEquals("Nia Okafor", draft.getDisplayName());
		assertEquals("Care Coordinator", draft.getTitle());
		assertEquals(ChampionCategory.STAFF, draft.getCategory());
		assertEquals("nia.okafor@example.org", draft.getEmail());
		assertEquals(Audience.CHAMPIONS_AND_LEADERSHIP, draft.getConsent().getEmail());
		assertEquals(ListingStatus.DRAFT, draft.getWorkflow().getStatus());
		assertEquals(0, champions.repository.nominationRows(), "the nomination is gone");
		NotificationEvent answer = champions.published.get(1);
		assertEquals(NotificationType.CHAMPION_NOMINATION_ANSWER, answer.type());
		assertEquals("user-lee", answer.recipientKey());
		assertEquals("ACCEPTED", answer.detail());

		InvalidInput incomplete = assertThrows(InvalidInput.class, () -> champions.listings.submit(champions.nia, SITE));
		assertTrue(incomplete.getMessage() != null);
		champions.listings.save(champions.nia, SITE, draft("Nia Okafor"));
		ListingView submitted = champions.listings.submit(champions.nia, SITE);
		champions.approvals.approve(champions.lee, SITE, submitted.getId());
		assertEquals(List.of("Nia Okafor"), champions.directory.search(champions.staff, SITE,
			new DirectoryQuery("okafor", null, null, null, null, null, "en"), PageRequest.of(1, 5)).getItems().stream()
			.map(ListingView::getDisplayName).collect(Collectors.toList()));
	}

	@Test
	void decliningDeletesTheNominationAndTellsTheNominatorOnlyThatItWasDeclined() {
		NominationView nomination = nominateNia();

		champions.nominations.decline(champions.nia, SITE, nomination.getId());

		assertEquals(0, champions.repository.nominationRows());
		assertEquals(0, champions.repository.rows());
		assertEquals(List.of(), champions.nominations.nominations(champions.lee, SITE));
		NotificationEvent answer = champions.published.get(1);
		assertEquals("DECLINED", answer.detail());
		assertNull(answer.itemId(), "nothing left to point at");
		assertThrows(UnknownItem.class, () -> champions.nominations.accept(champions.nia, SITE, nomination.getId()));
		nominateNia();
	}

	@Test
	void onlyTheNomineeAnswers() {
		NominationView nomination = nominateNia();

		assertThrows(UnknownItem.class, () -> champions.nominations.accept(champions.ana, SITE, nomination.getId()));
		assertThrows(UnknownItem.class, () -> champions.nominations.decline(champions.lee, SITE, nomination.getId()));
		assertEquals(1, champions.repository.nominationRows());
	}

	@Test
	void someoneWithAListingOrANominationAlreadyIsAConflictAndANonMemberIsUnknown() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		nominateNia();

		assertThrows(Conflict.class, () -> champions.nominations.nominate(champions.lee, SITE,
			new NominationRequest("user-ana", ChampionCategory.PEER, null)));
		assertThrows(Conflict.class, this::nominateNia);
		assertThrows(UnknownItem.class, () -> champions.nominations.nominate(champions.lee, SITE,
			new NominationRequest("user-stranger", ChampionCategory.PEER, null)));
		assertThrows(NotPermitted.class, () -> champions.nominations.nominate(champions.ana, SITE,
			new NominationRequest("user-jose", ChampionCategory.PEER, null)));
		assertThrows(InvalidInput.class, () -> champions.nominations.nominate(champions.lee, SITE,
			new NominationRequest("user-jose", null, null)));
	}

	@Test
	void leadershipWithdrawsAnOpenNomination() {
		NominationView nomination = nominateNia();

		champions.nominations.withdraw(champions.lee, SITE, nomination.getId());

		assertEquals(List.of(), champions.nominations.mine(champions.nia, SITE));
		assertThrows(NotPermitted.class, () -> champions.nominations.withdraw(champions.staff, SITE, nomination.getId()));
	}

	@Test
	void aPersonWhoLeavesLosesTheirOpenNomination() {
		nominateNia();

		champions.directory.personLeft(SiteMember.COMPANY, "user-nia");

		assertEquals(0, champions.repository.nominationRows());
	}

	@Test
	void generatedMessagesAreKeptWithinTheLimitAndRefusedBeyondIt() {
		Random random = new Random(20261202L);
		String alphabet = "abcñé 漢\t\n😀-=+@";
		for (int i = 0; i < 120; i++) {
			ChampionServicesFixture fresh = new ChampionServicesFixture();
			int length = random.nextInt(ChampionLimits.NOMINATION_MESSAGE + 40);
			StringBuilder message = new StringBuilder("x");
			while (message.length() < length) {
				message.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0,
					alphabet.length())))));
			}
			NominationRequest request = new NominationRequest("user-nia", ChampionCategory.values()[random.nextInt(8)], message.toString());
			if (message.length() > ChampionLimits.NOMINATION_MESSAGE + 2) {
				assertThrows(InvalidInput.class, () -> fresh.nominations.nominate(fresh.lee, SITE, request), "length " + message.length());
				assertEquals(0, fresh.repository.nominationRows(), "nothing half-stored");
				assertTrue(fresh.published.isEmpty());
			}
			else {
				try {
					NominationView stored = fresh.nominations.nominate(fresh.lee, SITE, request);
					assertTrue(stored.getMessage().length() <= ChampionLimits.NOMINATION_MESSAGE);
					assertEquals(request.getCategory(), stored.getCategory());
				}
				catch (InvalidInput overAfterNormalizing) {
					assertEquals(0, fresh.repository.nominationRows());
				}
			}
		}
	}

}
