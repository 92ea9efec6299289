package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.core.champion.ChampionServicesFixture.draft;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.UnknownItem;

class ChampionExpertiseTest {

	private final ChampionServicesFixture champions = new ChampionServicesFixture();

	private ListingView publishWithTags(List<String> tags) {
		return champions.published(champions.ana, draft("Ana Ruiz").expertise(tags));
	}

	private List<String> whatStaffSee() {
		List<String> seen = new ArrayList<>(ReadModelStrings.of(
			champions.directory.search(champions.staff, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)),
			champions.directory.search(champions.staff, SITE, new DirectoryQuery("harm", null, null, null, null, null, "en"),
				PageRequest.of(1, 20)),
			champions.directory.worksheet(champions.staff, SITE, "en")));
		seen.add(champions.export.csv(champions.jose, SITE, "en"));
		return seen;
	}

	private static boolean mentions(List<String> seen, String word) {
		return seen.stream().anyMatch(text -> text.contains(word));
	}

	@Test
	void withoutAVocabularyEveryTagIsShownAsWritten() {
		ListingView published = publishWithTags(List.of("supervision", "harm reduction"));

		assertEquals(List.of("supervision", "harm reduction"), published.getExpertise());
		assertEquals(List.of(), published.getPendingExpertise());
	}

	@Test
	void aFreeTagWaitsHiddenUntilLeadershipAcceptsItIntoTheVocabulary() {
		champions.expertise.addTerm(champions.admin, SITE, "Supervisión");

		ListingView published = publishWithTags(List.of("supervision", "harm reduction"));

		assertEquals(List.of("Supervisión"), published.getExpertise(), "a vocabulary tag, spelled as the vocabulary spells it");
		assertEquals(List.of("harm reduction"), champions.listings.mine(champions.ana, SITE).getPendingExpertise(), "the owner sees it waiting");
		assertFalse(mentions(whatStaffSee(), "harm"));
		assertNull(champions.directory.listing(champions.staff, SITE, published.getId()).getPendingExpertise());
		assertEquals(0, champions.directory.search(champions.staff, SITE,
			new DirectoryQuery(null, null, null, null, "harm reduction", null, "en"), PageRequest.of(1, 5)).getItems().size(), "no facet match");
		ExpertiseVocabulary forLeadership = champions.expertise.vocabulary(champions.lee, SITE);
		assertEquals("harm reduction", forLeadership.getPending().get(0).getValue());
		assertNull(champions.expertise.vocabulary(champions.staff, SITE).getPending(), "staff see the vocabulary, not what waits");

		champions.expertise.addTerm(champions.lee, SITE, "Harm reduction");

		assertTrue(mentions(whatStaffSee(), "Harm reduction"));
		assertEquals(List.of("Supervisión", "Harm reduction"), champions.listings.mine(champions.ana, SITE).getExpertise());
		assertEquals(List.of(), champions.expertise.vocabulary(champions.lee, SITE).getPending());
	}

	@Test
	void aRejectedTagIsDroppedFromTheListings() {
		champions.expertise.addTerm(champions.lee, SITE, "supervision");
		publishWithTags(List.of("supervision", "karaoke"));

		champions.expertise.rejectPending(champions.lee, SITE, "KARAOKE");

		ListingView mine = champions.listings.mine(champions.ana, SITE);
		assertEquals(List.of("supervision"), mine.getExpertise());
		assertEquals(List.of(), mine.getPendingExpertise());
		assertThrows(UnknownItem.class, () -> champions.expertise.rejectPending(champions.lee, SITE, "karaoke"));
	}

	@Test
	void aTagOnceShownStaysShownWhenTheOwnerEditsAndTheVocabularyChanges() {
		publishWithTags(List.of("onboarding"));
		champions.expertise.addTerm(champions.lee, SITE, "supervision");

		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz").expertise(List.of("onboarding", "supervision")));
		ListingView approved = champions.approvals.approve(champions.lee, SITE, champions.listings.mine(champions.ana, SITE).getId());

		assertEquals(List.of("onboarding", "supervision"), approved.getExpertise());
		champions.expertise.removeTerm(champions.lee, SITE, "Supervision");
		assertEquals(List.of("onboarding", "supervision"), champions.listings.mine(champions.ana, SITE).getExpertise());
	}

	@Test
	void theVocabularyHasLimitsAndOnlyLeadershipOrAdministratorsChangeIt() {
		assertThrows(InvalidInput.class, () -> champions.expertise.addTerm(champions.lee, SITE, "x".repeat(ChampionLimits.EXPERTISE_TAG + 1)));
		assertThrows(InvalidInput.class, () -> champions.expertise.addTerm(champions.lee, SITE, "two\nlines"));
		assertThrows(InvalidInput.class, () -> champions.expertise.addTerm(champions.lee, SITE, "  "));
		champions.expertise.addTerm(champions.lee, SITE, "Niño");
		assertThrows(Conflict.class, () -> champions.expertise.addTerm(champions.admin, SITE, "nino"), "folds alike");
		assertThrows(NotPermitted.class, () -> champions.expertise.addTerm(champions.ana, SITE, "peer roles"));
		assertThrows(NotPermitted.class, () -> champions.expertise.addTerm(champions.staff, SITE, "peer roles"));
		assertThrows(NotPermitted.class, () -> champions.expertise.rejectPending(champions.ana, SITE, "peer roles"));
		assertThrows(UnknownItem.class, () -> champions.expertise.removeTerm(champions.lee, SITE, "absent"));
		for (int i = 1; i < ChampionLimits.MAX_VOCABULARY_TERMS; i++) {
			champions.expertise.addTerm(champions.lee, SITE, "tag " + i);
		}
		assertThrows(InvalidInput.class, () -> champions.expertise.addTerm(champions.lee, SITE, "one too many"));
	}

	/**
	 * Generated tag lists against a generated vocabulary: every tag the owner chose is either shown or waiting (none
	 * lost, none twice), a shown tag is in the vocabulary, and the count limit holds for both together.
	 */
	@Test
	void generatedTagListsAreSplitIntoShownAndWaitingWithoutLosingOne() {
		Random random = new Random(11L);
		List<String> words = List.of("supervisión", "Supervision", "niño", "Nino", "harm reduction", "onboarding", "crisis", "CRISIS",
			"peer roles", "trauma", "grief", "housing", "employment", "benefits", "family", "youth", "LGBTQ+", "veterans");
		for (int run = 0; run < 150; run++) {
			ChampionServicesFixture fixture = new ChampionServicesFixture();
			Set<String> vocabulary = new HashSet<>();
			for (String word : words) {
				if (random.nextInt(3) == 0 && vocabulary.add(SearchFolding.fold(word))) {
					fixture.expertise.addTerm(fixture.lee, SITE, word);
				}
			}
			List<String> tags = new ArrayList<>();
			int count = random.nextInt(ChampionLimits.MAX_EXPERTISE_TAGS + 4);
			for (int i = 0; i < count; i++) {
				tags.add(words.get(random.nextInt(words.size())));
			}
			Set<String> chosen = tags.stream().map(SearchFolding::fold).collect(Collectors.toSet());
			if (chosen.size() > ChampionLimits.MAX_EXPERTISE_TAGS) {
				assertThrows(InvalidInput.class, () -> fixture.listings.save(fixture.ana, SITE, draft("Ana Ruiz").expertise(tags)));
				continue;
			}
			ListingView saved = fixture.listings.save(fixture.ana, SITE, draft("Ana Ruiz").expertise(tags));
			List<String> all = new ArrayList<>(saved.getExpertise());
			all.addAll(saved.getPendingExpertise());
			assertEquals(chosen, all.stream().map(SearchFolding::fold).collect(Collectors.toSet()));
			assertEquals(chosen.size(), all.size(), "none twice");
			if (vocabulary.isEmpty()) {
				assertEquals(List.of(), saved.getPendingExpertise());
			}
			else {
				assertTrue(saved.getExpertise().stream().allMatch(tag -> vocabulary.contains(SearchFolding.fold(tag))));
				assertTrue(saved.getPendingExpertise().stream().noneMatch(tag -> vocabulary.contains(SearchFolding.fold(tag))));
			}
		}
	}

}
