package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peervoice.core.champion.ChampionServicesFixture.draft;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;

class ChampionDirectoryTest {

	private final ChampionServicesFixture champions = new ChampionServicesFixture();

	@BeforeEach
	void publishSome() {
		champions.published(champions.jose, draft("José Núñez").languages(List.of("Español")).expertise(List.of("crisis")));
		champions.published(champions.ana, draft("Ana Ruiz").programs(List.of("Outpatient")).languages(List.of("English")));
		champions.published(SiteMember.withRole("user-n", PeerVoiceRole.PEER_CHAMPION),
			new ListingDraft("Ñandú Ortiz", "Finance Lead", ChampionCategory.FINANCE, "Budgets for peer programs."));
		champions.published(SiteMember.withRole("user-z", PeerVoiceRole.PEER_CHAMPION),
			new ListingDraft("Zoe Émile", "Clinical Director", ChampionCategory.CLINICAL_MEDICAL, "Clinical questions."));
	}

	private DirectoryPage search(DirectoryQuery query) {
		return champions.directory.search(champions.staff, SITE, query, PageRequest.of(1, 20));
	}

	private static List<String> names(DirectoryPage page) {
		return page.getItems().stream().map(ListingView::getDisplayName).collect(Collectors.toList());
	}

	private static Map<String, Long> counts(List<FacetCount> facet) {
		return facet.stream().collect(Collectors.toMap(FacetCount::getValue, FacetCount::getCount));
	}

	@Test
	void searchIgnoresCaseAndAccentsBothWays() {
		assertEquals(List.of("José Núñez"), names(search(new DirectoryQuery("jose nunez", null, null, null, null, null, "en"))));
		assertEquals(List.of("José Núñez"), names(search(new DirectoryQuery("JOSÉ", null, null, null, null, null, "es"))));
		assertEquals(List.of("Zoe Émile"), names(search(new DirectoryQuery("emile clinical", null, null, null, null, null, "en"))));
		assertEquals(List.of("José Núñez"), names(search(new DirectoryQuery("espanol", null, null, null, null, null, "en"))),
			"languages are searched");
		assertEquals(List.of(), names(search(new DirectoryQuery("jose budgets", null, null, null, null, null, "en"))), "every word must occur");
	}

	@Test
	void facetsCountWhatTheOtherFiltersLeave() {
		DirectoryPage peers = search(new DirectoryQuery(null, ChampionCategory.PEER, null, null, null, null, "en"));

		assertEquals(List.of("Ana Ruiz", "José Núñez"), names(peers));
		assertEquals(Map.of("PEER", 2L, "FINANCE", 1L, "CLINICAL_MEDICAL", 1L), counts(peers.getCategories()),
			"the category facet ignores its own filter");
		assertEquals(Map.of("Outpatient", 2L, "Crisis Line", 1L), counts(peers.getPrograms()));
		assertEquals(Map.of("crisis", 1L, "supervision", 1L, "onboarding", 1L), counts(peers.getExpertise()));
		assertEquals(List.of("José Núñez"), names(search(new DirectoryQuery(null, null, null, "Español", "crisis", null, "en"))));
	}

	@Test
	void namesAreInLocaleOrderAndFiledByTheirFirstLetter() {
		assertEquals(List.of("Ana Ruiz", "José Núñez", "Ñandú Ortiz", "Zoe Émile"), names(search(DirectoryQuery.everything())));
		assertEquals(Map.of("A", 1L, "J", 1L, "N", 1L, "Z", 1L),
			counts(search(new DirectoryQuery(null, null, null, null, null, null, "en")).getLetters()));
		DirectoryPage spanish = search(new DirectoryQuery(null, null, null, null, null, "Ñ", "es"));
		assertEquals(List.of("Ñandú Ortiz"), names(spanish));
		assertEquals(Map.of("A", 1L, "J", 1L, "Ñ", 1L, "Z", 1L), counts(spanish.getLetters()));
	}

	@Test
	void resultsComeInPages() {
		DirectoryPage second = champions.directory.search(champions.staff, SITE, DirectoryQuery.everything(), PageRequest.of(2, 3));

		assertEquals(List.of("Zoe Émile"), names(second));
		assertEquals(4, second.getTotalCount());
		assertEquals(List.of(), names(champions.directory.search(champions.staff, SITE, DirectoryQuery.everything(), PageRequest.of(9, 3))));
	}

	@Test
	void theWorksheetGroupsEveryListingByTheEightCategoriesInOrder() {
		List<CategoryGroup> worksheet = champions.directory.worksheet(champions.staff, SITE, "en");

		assertEquals(List.of(ChampionCategory.values()), worksheet.stream().map(CategoryGroup::getCategory).collect(Collectors.toList()));
		assertEquals(List.of("Ana Ruiz", "José Núñez"), worksheet.get(ChampionCategory.PEER.ordinal()).getListings().stream()
			.map(ListingView::getDisplayName).collect(Collectors.toList()));
		assertEquals(1, worksheet.get(ChampionCategory.FINANCE.ordinal()).getListings().size());
		assertEquals(List.of(), worksheet.get(ChampionCategory.HUMAN_RESOURCES.ordinal()).getListings());
	}

	/** The owner's picture from the portal's directory, on the directory's pages and single listings; only portal paths. */
	@Test
	void listingsShowTheOwnersPictureFromThePortalOnlyAsAPathOnThePortal() {
		Map<String, String> pictures = Map.of("user-ana", "/image/user_portrait?img_id=31&img_id_token=x&t=1",
			"user-jose", "https://elsewhere.example/ana.png", "user-n", "//elsewhere.example/n.png", "user-z", "javascript:alert(1)");
		org.peervoice.core.kernel.PeopleDirectory people = new org.peervoice.core.kernel.PeopleDirectory() {
			@Override
			public java.util.Optional<Profile> profile(long companyId, String userKey) {
				return java.util.Optional.empty();
			}

			@Override
			public java.util.Optional<String> portraitPath(long companyId, String userKey) {
				return java.util.Optional.ofNullable(pictures.get(userKey));
			}
		};
		ChampionDirectory withPictures = new ChampionDirectory(champions.unitOfWork, champions.repository, people, champions.clock);
		Map<String, String> shown = new java.util.TreeMap<>();
		for (ListingView listing : withPictures.search(champions.staff, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems()) {
			shown.put(listing.getDisplayName(), String.valueOf(listing.getPortraitUrl()));
			assertEquals(listing.getPortraitUrl(), withPictures.listing(champions.staff, SITE, listing.getId()).getPortraitUrl());
		}
		assertEquals(Map.of("Ana Ruiz", "/image/user_portrait?img_id=31&img_id_token=x&t=1", "José Núñez", "null", "Ñandú Ortiz", "null",
			"Zoe Émile", "null"), shown);
		assertEquals(List.of("null"), search(DirectoryQuery.everything()).getItems().stream().map(ListingView::getPortraitUrl)
			.map(String::valueOf).distinct().collect(Collectors.toList()), "without the port: initials only");
	}

}
