package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.champion.DirectoryPage;
import org.peervoice.core.champion.DirectoryQuery;
import org.peervoice.core.champion.ListingView;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;

/** Listings stored before V6 are found, ordered and counted like new ones once the application has migrated the database. */
class HsqldbChampionSearchMigrationTest {

	private static final Instant NOW = Instant.parse("2026-11-23T14:37:21.123Z");

	@Test
	void listingsWrittenBeforeVersion6AreIndexedForSearchByTheMigration() throws Exception {
		HsqldbSuggestionBoxTest databases = new HsqldbSuggestionBoxTest();
		DataSource dataSource = databases.createDataSource();
		Flyway.configure().dataSource(dataSource).locations(PeerVoiceDatabase.MIGRATIONS).table(PeerVoiceDatabase.HISTORY_TABLE)
			.javaMigrations(new V2_1__Unlink_votes_from_their_voters())
			.target("5").load().migrate();
		insertVersion5Listing(dataSource, "a1", "user-a", "José Núñez", "Línea de crisis\nHospital de día");
		insertVersion5Listing(dataSource, "a2", "user-b", "Ñandú Ruiz", "Hospital de día");
		insertVersion5Listing(dataSource, "a3", "user-c", "Nadia Ortiz", "");

		PeerVoiceDatabase database = PeerVoiceDatabase.open(dataSource);
		try {
			PeerVoiceServices services = new PeerVoiceServices(database.unitOfWork(), () -> "a-test-server-secret-of-32-bytes!"
				.getBytes(StandardCharsets.US_ASCII), new MovableClock(NOW), PeopleDirectory.NONE);
			SiteMember reader = SiteMember.named("user-r", "Reader", PeerVoiceRole.SITE_MEMBER, SiteMember.SITE);
			DirectoryPage found = services.championDirectory().search(reader, SiteMember.SITE,
				new DirectoryQuery("jose", null, null, null, null, null, "en"), PageRequest.of(1, 20));
			DirectoryPage spanish = services.championDirectory().search(reader, SiteMember.SITE,
				new DirectoryQuery(null, null, "Hospital de día", null, null, null, "es"), PageRequest.of(1, 20));

			assertEquals(List.of("José Núñez"), found.getItems().stream().map(ListingView::getDisplayName).collect(Collectors.toList()));
			assertEquals(List.of("José Núñez", "Ñandú Ruiz"), spanish.getItems().stream().map(ListingView::getDisplayName)
				.collect(Collectors.toList()));
			assertEquals(List.of("J", "Ñ"), spanish.getLetters().stream().map(letter -> letter.getValue()).collect(Collectors.toList()));
		}
		finally {
			database.close();
			databases.dropDataSource(dataSource);
		}
	}

	private static void insertVersion5Listing(DataSource dataSource, String id, String owner, String name, String programs) throws Exception {
		try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("INSERT INTO"
			+ " PV_CHAMPION_LISTING (id, company_id, site_id, owner_key, stage, status, display_name, title, category, role_text, email,"
			+ " email_audience, phone, phone_extension, phone_audience, location, location_audience, office_hours, office_hours_audience,"
			+ " pronouns, lived_experience, programs, languages, expertise, created_at, updated_at, published_at, last_confirmed_at,"
			+ " version) VALUES (?, ?, ?, ?, 'CURRENT', 'PUBLISHED', ?, 'Peer', 'PEER', 'Questions', '', 'NOBODY', '', '', 'NOBODY', '',"
			+ " 'NOBODY', '', 'NOBODY', '', FALSE, ?, 'Español', '', ?, ?, ?, ?, 1)")) {
			Timestamp now = Timestamp.from(NOW.minusSeconds(60));
			insert.setString(1, id);
			insert.setLong(2, SiteMember.COMPANY);
			insert.setLong(3, SiteMember.SITE);
			insert.setString(4, owner);
			insert.setString(5, name);
			insert.setString(6, programs);
			insert.setTimestamp(7, now);
			insert.setTimestamp(8, now);
			insert.setTimestamp(9, now);
			insert.setTimestamp(10, now);
			insert.executeUpdate();
		}
	}

}
