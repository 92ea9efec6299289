package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.champion.Audience;
import org.peervoice.core.champion.ChampionApprovals;
import org.peervoice.core.champion.ChampionCategory;
import org.peervoice.core.champion.ChampionDirectory;
import org.peervoice.core.champion.ChampionListings;
import org.peervoice.core.champion.ChampionSettings;
import org.peervoice.core.champion.ContactMethod;
import org.peervoice.core.champion.DirectoryQuery;
import org.peervoice.core.champion.ListingDraft;
import org.peervoice.core.champion.ListingStatus;
import org.peervoice.core.champion.ListingView;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
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

	abstract void dropDataSource(DataSource dataSource) throws Exception;

	@BeforeEach
	void openDatabase() throws Exception {
		dataSource = createDataSource();
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

	private static ListingDraft full(String name) {
		return new ListingDraft(name, "Especialista de apoyo entre pares", ChampionCategory.PEER, "Preguntas sobre el rol.\nY supervisión.")
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
