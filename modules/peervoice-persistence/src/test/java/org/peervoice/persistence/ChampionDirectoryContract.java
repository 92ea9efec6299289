package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.champion.Audience;
import org.peervoice.core.champion.ChampionApprovals;
import org.peervoice.core.champion.ChampionCategory;
import org.peervoice.core.champion.DirectoryPages;
import org.peervoice.core.champion.ChampionDirectory;
import org.peervoice.core.champion.ChampionListings;
import org.peervoice.core.champion.ChampionSettings;
import org.peervoice.core.champion.ContactMethod;
import org.peervoice.core.champion.DirectoryPage;
import org.peervoice.core.champion.DirectoryQuery;
import org.peervoice.core.champion.FacetCount;
import org.peervoice.core.champion.ListingDraft;
import org.peervoice.core.champion.ListingStatus;
import org.peervoice.core.champion.ListingView;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnknownItem;

/** The champion directory end to end on a real database: migration, JPA mappings and queries, services. Run per database. */
abstract class ChampionDirectoryContract {

	private static final long SITE = SiteMember.SITE;
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);

	private final SiteMember ana = SiteMember.named("user-ana-20010", "Ana Ruiz", PeerVoiceRole.PEER_CHAMPION, SiteMember.SITE);
	private final SiteMember jose = SiteMember.named("user-jose-20011", "José Núñez", PeerVoiceRole.PEER_CHAMPION, SiteMember.SITE);
	private final SiteMember alex = SiteMember.named("user-alex-20001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SiteMember.SITE);
	private final SiteMember lee = SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SiteMember.SITE, SiteMember.OTHER_SITE);
	private final SiteMember admin = SiteMember.named("user-admin-20004", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SiteMember.SITE, SiteMember.OTHER_SITE);

	private DataSource dataSource;
	private PeerVoiceDatabase database;
	private MovableClock clock;
	private ChampionListings listings;
	private ChampionApprovals approvals;
	private ChampionDirectory directory;
	private PeerVoiceServices services;

	abstract DataSource createDataSource() throws Exception;

	/** The database of one test: by default {@link #createDataSource() an empty one}, which the test then migrates. */
	DataSource createTestDataSource() throws Exception {
		return createDataSource();
	}

	abstract void dropDataSource(DataSource dataSource) throws Exception;

	@BeforeEach
	void openDatabase() throws Exception {
		dataSource = createTestDataSource();
		beforeMigration(dataSource);
		database = PeerVoiceDatabase.open(dataSource);
		clock = new MovableClock(Instant.parse("2026-11-23T14:37:21.123Z"));
		services = new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock, PeopleDirectory.NONE);
		listings = services.championListings();
		approvals = services.championApprovals();
		directory = services.championDirectory();
	}

	@AfterEach
	void closeDatabase() throws Exception {
		database.close();
		dropDataSource(dataSource);
	}

	/** Runs on the empty database before the application migrates it; nothing by default. */
	void beforeMigration(DataSource empty) throws Exception {
	}

	private static ListingDraft full(String name) {
		return full(name, ChampionCategory.PEER);
	}

	private static ListingDraft full(String name, ChampionCategory category) {
		return new ListingDraft(name, "Especialista de apoyo entre pares", category, "Preguntas sobre el rol.\nY supervisión.")
			.email("ana.ruiz@example.org", Audience.EVERYONE)
			.phone("+34 912 34 56 78", "205", Audience.CHAMPIONS_AND_LEADERSHIP)
			.location("Edificio B, sala 2", Audience.NOBODY)
			.officeHours("Martes 14–16 h", Audience.EVERYONE)
			.preferredContact(ContactMethod.EMAIL)
			.pronouns("ella")
			.livedExperience(true)
			.programs(List.of("Consultas externas", "Línea de crisis"))
			.languages(List.of("Español", "English"))
			.expertise(List.of("supervisión", "incorporación"));
	}

	private ListingView publish(SiteMember owner, ListingDraft draft) {
		listings.save(owner, SITE, draft);
		return approvals.approve(lee, SITE, listings.submit(owner, SITE).getId());
	}

	private List<String> names(DirectoryQuery query) {
		return directory.search(alex, SITE, query, PageRequest.of(1, 20)).getItems().stream().map(ListingView::getDisplayName)
			.collect(Collectors.toList());
	}

	@Test
	void everyFieldSurvivesTheRoundTripAndEachAudienceIsKept() {
		publish(ana, full("Ana Ruiz"));

		ListingView mine = listings.mine(ana, SITE);
		assertEquals("Preguntas sobre el rol.\nY supervisión.", mine.getRole());
		assertEquals("+34912345678", mine.getPhone());
		assertEquals("205", mine.getPhoneExtension());
		assertEquals(List.of("Consultas externas", "Línea de crisis"), mine.getPrograms());
		assertEquals(List.of("supervisión", "incorporación"), mine.getExpertise());
		assertEquals("ella", mine.getPronouns());
		assertTrue(mine.isLivedExperience());
		assertEquals(Audience.NOBODY, mine.getConsent().getLocation());
		assertEquals(clock.instant(), mine.getWorkflow().getLastConfirmedAt());

		ListingView seenByStaff = directory.listing(alex, SITE, mine.getId());
		assertNull(seenByStaff.getPhone());
		assertNull(seenByStaff.getLocation());
		assertEquals("Martes 14–16 h", seenByStaff.getOfficeHours());
		assertEquals("+34912345678", directory.listing(jose, SITE, mine.getId()).getPhone());
	}

	@Test
	void searchFindsAccentedNamesWithoutTheAccents() {
		publish(ana, full("Ana Ruiz"));
		publish(jose, full("José Núñez").programs(List.of("Hospital de día")));

		assertEquals(List.of("José Núñez"), names(new DirectoryQuery("jose nunez", null, null, null, null, null, "es")));
		assertEquals(List.of("Ana Ruiz", "José Núñez"), names(new DirectoryQuery("SUPERVISION", null, null, null, null, null, "es")));
		assertEquals(List.of("Ana Ruiz"), names(new DirectoryQuery(null, null, "Línea de crisis", null, null, null, "es")));
	}

	@Test
	void aRevisionWaitsBesideThePublishedListingUntilApproved() {
		String id = publish(ana, full("Ana Ruiz")).getId();
		listings.save(ana, SITE, full("Ana Ruiz").officeHours("Jueves", Audience.EVERYONE));

		assertEquals("Martes 14–16 h", directory.listing(alex, SITE, id).getOfficeHours());
		approvals.approve(lee, SITE, id);
		assertEquals("Jueves", directory.listing(alex, SITE, id).getOfficeHours());
		assertEquals(1, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING"));
	}

	@Test
	void aListingNotConfirmedInTimeLeavesTheDirectoryUntilConfirmed() {
		publish(ana, full("Ana Ruiz"));
		clock.advance(Duration.ofDays(210));
		assertEquals(List.of(), names(DirectoryQuery.everything()));
		assertEquals(1, approvals.queue(lee, SITE, ChampionApprovals.Queue.STALE).size());

		listings.confirm(ana, SITE);

		assertEquals(List.of("Ana Ruiz"), names(DirectoryQuery.everything()));
	}

	@Test
	void aLeaverLeavesAtOnceAndDeletingOnesListingDeletesTheRows() {
		publish(ana, full("Ana Ruiz"));
		publish(jose, full("José Núñez"));

		directory.personLeft(SiteMember.COMPANY, "user-jose-20011");
		assertEquals(List.of("Ana Ruiz"), names(DirectoryQuery.everything()));
		assertEquals(ListingStatus.LEFT, listings.mine(jose, SITE).getWorkflow().getStatus());

		listings.delete(ana, SITE);
		assertThrows(UnknownItem.class, () -> listings.mine(ana, SITE));
		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE owner_key = 'user-ana-20010'"));
	}

	@Test
	void siteSettingsAreStoredOncePerSite() {
		services.championSettings().updateSettings(admin, SITE, new ChampionSettings(false, 90, 10, "ES"));
		services.championSettings().updateSettings(admin, SITE, new ChampionSettings(false, 60, 10, "ES"));

		assertEquals(60, services.championSettings().settings(alex, SITE).getReconfirmDays());
		assertEquals(1, count("SELECT COUNT(*) FROM PV_CHAMPION_SETTINGS"));
		listings.save(ana, SITE, full("Ana Ruiz").phone("912 34 56 78", "", Audience.EVERYONE));
		assertEquals(ListingStatus.PUBLISHED, listings.submit(ana, SITE).getWorkflow().getStatus(), "no approval required");
	}

	// search in the database (V6)

	private final List<SiteMember> champions = IntStream.range(0, 9)
		.mapToObj(i -> SiteMember.named("user-champ-" + i, "Champion " + i, PeerVoiceRole.PEER_CHAMPION, SiteMember.SITE))
		.collect(Collectors.toList());

	private static final List<String> NAMES = List.of("Ñoño Pérez", "Nora Vidal", "Óscar Díaz", "oscar Lima", "Zoë Park",
		"Álvaro Gil", "Olga 50%_off", "nico Ruiz", "Ana Ñandú");

	private void publishTheNames() {
		for (int i = 0; i < NAMES.size(); i++) {
			String name = NAMES.get(i);
			publish(champions.get(i), full(name, i % 2 == 0 ? ChampionCategory.PEER : ChampionCategory.FINANCE)
				.programs(i % 3 == 0 ? List.of("Línea de crisis") : List.of("Hospital de día", "Línea de crisis"))
				.languages(i < 4 ? List.of("Español") : List.of("English")));
		}
	}

	private static List<String> collated(String locale) {
		Collator collator = Collator.getInstance(Locale.forLanguageTag(locale));
		collator.setStrength(Collator.TERTIARY);
		return NAMES.stream().sorted(collator).collect(Collectors.toList());
	}

	@Test
	void theDatabaseOrdersNamesAsEachLanguageCollatesThemAndPagesThroughThem() {
		publishTheNames();

		assertEquals(collated("es"), names(new DirectoryQuery(null, null, null, null, null, null, "es")));
		assertEquals(collated("en"), names(new DirectoryQuery(null, null, null, null, null, null, "en")));
		assertEquals(collated("es").subList(4, 8), directory.search(alex, SITE, new DirectoryQuery(null, null, null, null, null, null, "es"),
			PageRequest.of(2, 4)).getItems().stream().map(ListingView::getDisplayName).collect(Collectors.toList()));
	}

	@Test
	void theDatabaseCountsEachFacetWithTheOtherFiltersAndFilesÑUnderItsOwnLetterInSpanish() {
		publishTheNames();
		DirectoryQuery spanish = new DirectoryQuery(null, ChampionCategory.PEER, null, "Español", null, null, "es");

		DirectoryPage page = directory.search(alex, SITE, spanish, PageRequest.of(1, 20));

		assertEquals(List.of("Ñoño Pérez", "Óscar Díaz"), page.getItems().stream().map(ListingView::getDisplayName)
			.collect(Collectors.toList()));
		assertEquals("FINANCE=2 PEER=2", counts(page.getCategories()), "categories: every filter but the category's own");
		assertEquals("English=3 Español=2", counts(page.getLanguages()));
		assertEquals("Hospital de día=1 Línea de crisis=2", counts(page.getPrograms()));
		assertEquals("Ñ=1 O=1", counts(page.getLetters()));
		DirectoryPage allInEnglish = directory.search(alex, SITE, new DirectoryQuery(null, null, null, null, null, "N", "en"),
			PageRequest.of(1, 20));
		assertEquals(List.of("nico Ruiz", "Ñoño Pérez", "Nora Vidal"), allInEnglish.getItems().stream().map(ListingView::getDisplayName)
			.collect(Collectors.toList()));
		assertEquals("A=2 N=3 O=3 Z=1", counts(allInEnglish.getLetters()));
	}

	@Test
	void everyCombinationOfFacetFiltersFindsTheListingsHavingThemAllAndCountsEachFacetWithTheOthers() {
		List<List<List<String>>> facetsOf = new ArrayList<>();
		for (int i = 0; i < NAMES.size(); i++) {
			List<String> programs = i % 3 == 0 ? List.of("Línea de crisis") : i % 3 == 1 ? List.of("Hospital de día")
				: List.of("Hospital de día", "Línea de crisis");
			List<String> languages = i % 4 == 0 ? List.of("Español") : i % 4 == 1 ? List.of("English") : List.of("Español", "English");
			List<String> expertise = i % 2 == 0 ? List.of("supervisión") : List.of("supervisión", "incorporación");
			facetsOf.add(List.of(programs, languages, expertise));
			publish(champions.get(i), full(NAMES.get(i)).programs(programs).languages(languages).expertise(expertise));
		}
		List<String> none = Collections.singletonList(null);
		List<List<String>> choices = List.of(concat(none, List.of("Línea de crisis", "Hospital de día")),
			concat(none, List.of("Español", "English")), concat(none, List.of("supervisión", "incorporación")));
		int checked = 0;
		for (String program : choices.get(0)) {
			for (String language : choices.get(1)) {
				for (String expertise : choices.get(2)) {
					List<String> wanted = Arrays.asList(program, language, expertise);
					DirectoryPage page = directory.search(alex, SITE, new DirectoryQuery(null, null, program, language, expertise, null, "en"),
						PageRequest.of(1, 20));
					String filters = "program " + program + ", language " + language + ", expertise " + expertise;
					assertEquals(collated("en").stream().filter(name -> having(facetsOf.get(NAMES.indexOf(name)), wanted, -1))
						.collect(Collectors.toList()), page.getItems().stream().map(ListingView::getDisplayName).collect(Collectors.toList()), filters);
					List<List<FacetCount>> counted = List.of(page.getPrograms(), page.getLanguages(), page.getExpertise());
					for (int facet = 0; facet < 3; facet++) {
						Map<String, Long> expected = new TreeMap<>();
						for (List<List<String>> listing : facetsOf) {
							if (having(listing, wanted, facet)) {
								listing.get(facet).forEach(value -> expected.merge(value, 1L, Long::sum));
							}
						}
						assertEquals(expected, counted.get(facet).stream().collect(Collectors.toMap(FacetCount::getValue, FacetCount::getCount,
							Long::sum, TreeMap::new)), filters + ": facet " + facet + " counted with every other filter");
					}
					checked++;
				}
			}
		}
		assertEquals(27, checked);
	}

	@Test
	void aPageIsTheSameWhetherTheDatabaseStartsFromTheWordsOrFromTheNames() {
		publishTheNames();
		Scope scope = new Scope(SiteMember.COMPANY, SITE);
		Instant confirmedAfter = clock.instant().minus(Duration.ofDays(3650));
		List<String> texts = Arrays.asList(null, "oscar", "ruiz", "supervision", "especialista apoyo", "pe", "ñ", "50%_", "zz");
		List<ChampionCategory> categories = Arrays.asList(null, ChampionCategory.PEER, ChampionCategory.FINANCE);
		List<String> letters = Arrays.asList(null, "O", "N");
		int compared = 0;
		for (String text : texts) {
			for (ChampionCategory category : categories) {
				for (String letter : letters) {
					for (String locale : List.of("en", "es")) {
						for (int offset : new int[] {0, 2}) {
							DirectoryQuery query = new DirectoryQuery(text, category, null, null, null, letter, locale);
							List<String> fromTheWords = DirectoryPages.names(database.unitOfWork(), scope, confirmedAfter, query, 1, offset, 3);
							List<String> fromTheNames = DirectoryPages.names(database.unitOfWork(), scope, confirmedAfter, query,
								DirectoryPages.fewMatches() + 1, offset, 3);
							assertEquals(fromTheWords, fromTheNames, text + " " + category + " " + letter + " " + locale + " from " + offset);
							compared += fromTheWords.isEmpty() ? 0 : 1;
						}
					}
				}
			}
		}
		assertTrue(compared > 50, "most queries find someone: " + compared);
	}

	/** Whether a listing's facets hold every wanted value (null: no filter), leaving out the filter of facet {@code leftOut}. */
	private static boolean having(List<List<String>> facets, List<String> wanted, int leftOut) {
		for (int facet = 0; facet < wanted.size(); facet++) {
			if (facet != leftOut && wanted.get(facet) != null && !facets.get(facet).contains(wanted.get(facet))) {
				return false;
			}
		}
		return true;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> both = new ArrayList<>(first);
		both.addAll(second);
		return both;
	}

	@Test
	void searchWordsAreFoldedAndTheirWildcardsMatchOnlyThemselves() {
		publishTheNames();

		assertEquals(List.of("Ñoño Pérez"), names(new DirectoryQuery("NONO perez", null, null, null, null, null, "en")));
		assertEquals(List.of("Óscar Díaz", "oscar Lima"), names(new DirectoryQuery("óscar", null, null, null, null, null, "en")));
		assertEquals(List.of("Olga 50%_off"), names(new DirectoryQuery("50%_", null, null, null, null, null, "en")));
		assertEquals(List.of(), names(new DirectoryQuery("5_%", null, null, null, null, null, "en")));
		assertEquals(List.of(), names(new DirectoryQuery("ana zoe", null, null, null, null, null, "en")), "every word must occur");
	}

	@Test
	void aListingsFacetRowsFollowItsEditsAndGoWithIt() {
		String id = publish(ana, full("Ana Ruiz")).getId();
		assertEquals(6, count("SELECT COUNT(*) FROM PV_CHAMPION_FACET"));

		listings.save(ana, SITE, full("Ana Ruiz").programs(List.of("Consultas externas", "Hospital de día")).expertise(List.of()));
		assertEquals(List.of(), names(new DirectoryQuery(null, null, "Línea de crisis", null, null, null, "es")), "removals apply at once");
		assertEquals(List.of(), names(new DirectoryQuery(null, null, "Hospital de día", null, null, null, "es")), "an addition waits");
		approvals.approve(lee, SITE, id);
		assertEquals(List.of("Ana Ruiz"), names(new DirectoryQuery(null, null, "Hospital de día", null, null, null, "es")));
		assertEquals(List.of(), names(new DirectoryQuery(null, null, "Línea de crisis", null, null, null, "es")));
		assertEquals(4, count("SELECT COUNT(*) FROM PV_CHAMPION_FACET"));

		listings.delete(ana, SITE);
		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_FACET"));
	}

	@Test
	void withdrawnConsentReachesTheSearchRowsTheFacetsAndTheirCountsAtOnce() {
		String id = publish(ana, full("Ana Ruiz")).getId();
		DirectoryQuery everything = new DirectoryQuery(null, null, null, null, null, null, "es");
		assertEquals("Consultas externas=1 Línea de crisis=1", counts(directory.search(alex, SITE, everything, PageRequest.of(1, 20))
			.getPrograms()), "counted (and cached) before the edit");
		assertEquals(List.of("Ana Ruiz"), names(new DirectoryQuery("crisis", null, null, null, null, null, "es")));

		ListingView saved = listings.save(ana, SITE, full("Ana Ruiz").programs(List.of("Consultas externas")).expertise(List.of("supervisión"))
			.email("ana.ruiz@example.org", Audience.NOBODY).phone("", "", Audience.CHAMPIONS_AND_LEADERSHIP).pronouns("")
			.livedExperience(false).preferredContact(null));

		assertNull(saved.getPendingRevision(), "nothing waits for leadership");
		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE stage = 'REVISION'"));
		DirectoryPage page = directory.search(alex, SITE, everything, PageRequest.of(1, 20));
		assertEquals("Consultas externas=1", counts(page.getPrograms()), "the facet counts, cached or not, follow at once");
		assertEquals("supervisión=1", counts(page.getExpertise()));
		assertEquals(List.of(), names(new DirectoryQuery("crisis", null, null, null, null, null, "es")), "the search text follows");
		assertEquals(List.of(), names(new DirectoryQuery("incorporacion", null, null, null, null, null, "es")));
		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_FACET WHERE facet_value IN ('Línea de crisis', 'incorporación')"));
		ListingView seenByStaff = directory.listing(alex, SITE, id);
		assertNull(seenByStaff.getEmail());
		assertNull(seenByStaff.getPronouns());
		assertFalse(seenByStaff.isLivedExperience());
		assertNull(directory.listing(jose, SITE, id).getPhone(), "the cleared phone is gone from the row");
		assertEquals(1, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE phone = '' AND pronouns = '' AND email_audience = 'NOBODY'"));
	}

	@Test
	void aDeletedAccountLeavesNoRowsWhereADeactivatedOneIsKept() {
		String id = publish(ana, full("Ana Ruiz")).getId();
		listings.save(ana, SITE, full("Ana Ruiz").officeHours("Jueves", Audience.EVERYONE));
		publish(jose, full("José Núñez"));
		services.departures().personLeft(SiteMember.COMPANY, "user-ana-20010");
		assertEquals(1, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE owner_key = 'user-ana-20010'"), "deactivated: kept");

		services.departures().personDeleted(SiteMember.COMPANY, "user-ana-20010");

		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE owner_key = 'user-ana-20010'"));
		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_FACET WHERE listing_id = '" + id + "'"));
		assertEquals(6, count("SELECT COUNT(*) FROM PV_CHAMPION_FACET"), "José's facet rows stay");
		assertEquals(List.of("José Núñez"), names(DirectoryQuery.everything()));
	}

	private static String counts(List<FacetCount> facet) {
		return facet.stream().map(count -> count.getValue() + "=" + count.getCount()).collect(Collectors.joining(" "));
	}

	private long count(String sql) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
			ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException failed) {
			throw new AssertionError(failed);
		}
	}

}
