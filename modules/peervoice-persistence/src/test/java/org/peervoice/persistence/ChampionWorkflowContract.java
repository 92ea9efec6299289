package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.champion.Audience;
import org.peervoice.core.champion.ChampionCategory;
import org.peervoice.core.champion.ChampionSettings;
import org.peervoice.core.champion.DirectoryQuery;
import org.peervoice.core.champion.ListingDraft;
import org.peervoice.core.champion.ListingStatus;
import org.peervoice.core.champion.ListingView;
import org.peervoice.core.champion.NominationRequest;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;

/**
 * The champion workflow on a real database: V7's columns and tables, nominations with consent, the expertise
 * vocabulary's unique folded tag, and the freshness reminders sent once even by two nodes at the same moment. Run per
 * database.
 */
abstract class ChampionWorkflowContract {

	private static final long SITE = SiteMember.SITE;
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);
	private static final Map<String, String> MEMBERS = Map.of("user-nia-20020", "Nia Okafor", "user-ana-20010", "Ana Ruiz",
		"user-kai-20030", "Kai Mendes");
	// a member whose profile has no e-mail address
	private static final String WITHOUT_EMAIL = "user-kai-20030";

	private final SiteMember ana = SiteMember.named("user-ana-20010", "Ana Ruiz", PeerVoiceRole.PEER_CHAMPION, SITE);
	private final SiteMember nia = SiteMember.named("user-nia-20020", "Nia Okafor", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember alex = SiteMember.named("user-alex-20001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember lee = SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE);
	private final SiteMember kai = SiteMember.named(WITHOUT_EMAIL, "Kai Mendes", PeerVoiceRole.PEER_CHAMPION, SITE);
	private final SiteMember admin = SiteMember.named("user-admin-20004", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SITE);

	private final PeopleDirectory people = new PeopleDirectory() {
		@Override
		public Optional<Profile> profile(long companyId, String userKey) {
			return Optional.ofNullable(MEMBERS.get(userKey)).map(name -> new Profile(name,
				WITHOUT_EMAIL.equals(userKey) ? "" : "nia.okafor@example.org", "Care Coordinator"));
		}

		@Override
		public Optional<PersonSummary> member(long companyId, long siteId, String userKey) {
			return Optional.ofNullable(MEMBERS.get(userKey)).filter(name -> siteId == SITE).map(name -> new PersonSummary(userKey, name, ""));
		}
	};

	private DataSource dataSource;
	private final List<PeerVoiceDatabase> databases = new ArrayList<>();
	private MovableClock clock;
	private PeerVoiceServices services;

	abstract DataSource createDataSource() throws Exception;

	abstract void dropDataSource(DataSource dataSource) throws Exception;

	@BeforeEach
	void openDatabase() throws Exception {
		dataSource = createDataSource();
		clock = new MovableClock(Instant.parse("2026-11-23T14:37:21.123Z"));
		services = node();
	}

	/** Services on a database connection pool of their own, as another node of a cluster has. */
	private PeerVoiceServices node() {
		PeerVoiceDatabase database = PeerVoiceDatabase.open(dataSource);
		databases.add(database);
		return new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock, site -> List.of(), null, people);
	}

	@AfterEach
	void closeDatabase() throws Exception {
		databases.forEach(PeerVoiceDatabase::close);
		dropDataSource(dataSource);
	}

	private static ListingDraft draft(String name, List<String> expertise) {
		return new ListingDraft(name, "Especialista de apoyo entre pares", ChampionCategory.PEER, "Preguntas sobre el rol.")
			.email("ana.ruiz@example.org", Audience.EVERYONE).expertise(expertise);
	}

	private void publish(SiteMember owner, ListingDraft draft) {
		services.championListings().save(owner, SITE, draft);
		services.championApprovals().approve(lee, SITE, services.championListings().submit(owner, SITE).getId());
	}

	@Test
	void aNominationIsStoredForLeadershipAndTheNomineeOnlyAndBecomesADraftWhenAccepted() {
		String id = services.championNominations().nominate(lee, SITE, new NominationRequest("user-nia-20020", ChampionCategory.STAFF,
			"¿Te animas? 😀")).getId();

		assertEquals("¿Te animas? 😀", services.championNominations().mine(nia, SITE).get(0).getMessage());
		assertEquals(0, services.championDirectory().search(alex, SITE, new DirectoryQuery("okafor", null, null, null, null, null, "en"),
			PageRequest.of(1, 10)).getTotalCount());
		assertThrows(Conflict.class, () -> services.championNominations().nominate(lee, SITE,
			new NominationRequest("user-nia-20020", ChampionCategory.PEER, null)));
		assertEquals(1, count("SELECT COUNT(*) FROM PV_NOTIFICATION_OUTBOX WHERE type = 'CHAMPION_NOMINATION'"));

		ListingView draft = services.championNominations().accept(nia, SITE, id);

		assertEquals(ListingStatus.DRAFT, draft.getWorkflow().getStatus());
		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_NOMINATION"));
		assertEquals(1, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE nominated = TRUE"));
		services.championListings().save(nia, SITE, draft("Nia Okafor", List.of()));
		assertEquals(ListingStatus.SUBMITTED, services.championListings().submit(nia, SITE).getWorkflow().getStatus());
	}

	@Test
	void aDeclinedNominationLeavesNothingButTheAnswer() {
		String id = services.championNominations().nominate(lee, SITE, new NominationRequest("user-nia-20020", ChampionCategory.STAFF,
			"A message")).getId();

		services.championNominations().decline(nia, SITE, id);

		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_NOMINATION"));
		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING"));
		assertEquals(1, count("SELECT COUNT(*) FROM PV_NOTIFICATION_OUTBOX WHERE type = 'CHAMPION_NOMINATION_ANSWER' AND detail = 'DECLINED'"
			+ " AND item_id IS NULL"));
	}

	@Test
	void freeTagsWaitInTheirOwnColumnUntilTheVocabularyAcceptsThem() {
		services.championExpertise().addTerm(lee, SITE, "Supervisión");
		assertThrows(Conflict.class, () -> services.championExpertise().addTerm(lee, SITE, "SUPERVISION"));

		publish(ana, draft("Ana Ruiz", List.of("supervision", "reducción de daños")));

		ListingView mine = services.championListings().mine(ana, SITE);
		assertEquals(List.of("Supervisión"), mine.getExpertise());
		assertEquals(List.of("reducción de daños"), mine.getPendingExpertise());
		assertEquals(List.of(), services.championDirectory().search(alex, SITE, DirectoryQuery.everything(), PageRequest.of(1, 5))
			.getExpertise().stream().filter(facet -> facet.getValue().startsWith("reduc")).collect(Collectors.toList()));

		services.championExpertise().addTerm(lee, SITE, "Reducción de daños");

		assertEquals(List.of("Supervisión", "Reducción de daños"), services.championListings().mine(ana, SITE).getExpertise());
		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE pending_expertise <> ''"));
	}

	@Test
	void twoNodesRemindingAtTheSameMomentSendEachReminderOnce() throws Exception {
		publish(ana, draft("Ana Ruiz", List.of()));
		clock.advance(Duration.ofDays(170));
		PeerVoiceServices other = node();
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<Integer>> runs = new ArrayList<>();
				for (PeerVoiceServices node : List.of(services, other)) {
					runs.add(nodes.submit(() -> {
						together.await();
						return node.championReminders().run();
					}));
				}
				int sent = 0;
				for (Future<Integer> run : runs) {
					sent += run.get();
				}
				assertEquals(round == 0 ? 1 : 0, sent, "round " + round);
			}
		}
		finally {
			nodes.shutdownNow();
		}
		assertEquals(1, count("SELECT COUNT(*) FROM PV_NOTIFICATION_OUTBOX WHERE type = 'CHAMPION_CONFIRM_DUE'"));

		clock.advance(Duration.ofDays(40));
		assertEquals(1, services.championReminders().run() + other.championReminders().run());
		assertEquals(1, count("SELECT COUNT(*) FROM PV_NOTIFICATION_OUTBOX WHERE type = 'CHAMPION_LISTING_STALE'"));
		assertTrue(count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE due_reminded_for IS NOT NULL AND stale_reminded_for IS NOT NULL") == 1);
	}

	// the site setting "profile fields editable" (V19)

	@Test
	void whenTheSiteKeepsTheProfilesFieldsEveryListingWrittenTakesTheProfilesNameEmailAndTitle() {
		ListingDraft another = draft("Someone Else", List.of()).email("someone.else@example.org", Audience.EVERYONE);
		publish(ana, draft("Ana R.", List.of()));
		assertEquals(1, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE owner_key = 'user-ana-20010' AND display_name = 'Ana R.'"
			+ " AND title = 'Especialista de apoyo entre pares' AND email = 'ana.ruiz@example.org'"), "editable by default: the request's");

		services.championSettings().updateSettings(admin, SITE, new ChampionSettings(true, 180, 30, "US", false));
		assertFalse(services.championSettings().settings(alex, SITE).isProfileFieldsEditable());
		assertEquals(1, count("SELECT COUNT(*) FROM PV_CHAMPION_SETTINGS WHERE profile_fields_editable = FALSE"));

		// an edit of the published listing: the pending revision has the profile's values, not the request's
		services.championListings().save(ana, SITE, another);
		assertEquals(1, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE owner_key = 'user-ana-20010' AND stage = 'REVISION'"
			+ " AND display_name = 'Ana Ruiz' AND title = 'Care Coordinator' AND email = 'nia.okafor@example.org'"));
		assertEquals(0, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE display_name = 'Someone Else'"
			+ " OR email = 'someone.else@example.org' OR title = 'Especialista de apoyo entre pares' AND stage = 'REVISION'"));

		// a new draft of someone whose profile has no e-mail: the listing's stays empty, and it can still be submitted
		services.championListings().save(kai, SITE, another);
		assertEquals(1, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE owner_key = 'user-kai-20030' AND display_name = 'Kai Mendes'"
			+ " AND title = 'Care Coordinator' AND email = ''"));
		assertEquals(ListingStatus.SUBMITTED, services.championListings().submit(kai, SITE).getWorkflow().getStatus());

		// editable again: the request's values
		services.championSettings().updateSettings(admin, SITE, new ChampionSettings(true, 180, 30, "US", true));
		services.championListings().save(ana, SITE, another);
		assertEquals(1, count("SELECT COUNT(*) FROM PV_CHAMPION_LISTING WHERE owner_key = 'user-ana-20010' AND stage = 'REVISION'"
			+ " AND display_name = 'Someone Else' AND email = 'someone.else@example.org'"));
	}

	@Test
	void settingsStoredBeforeVersion19KeepTheProfilesFieldsEditable() throws Exception {
		DataSource older = createDataSource();
		try {
			PeerVoiceDatabase.migrations(older, getClass().getClassLoader()).target("18").load().migrate();
			try (Connection connection = older.getConnection(); Statement statement = connection.createStatement()) {
				statement.executeUpdate("INSERT INTO PV_CHAMPION_SETTINGS (id, company_id, site_id, approval_required, reconfirm_days,"
					+ " grace_days, phone_region, version) VALUES ('settings-v18', " + SiteMember.COMPANY + ", " + SITE
					+ ", FALSE, 90, 10, 'ES', 1)");
			}
			PeerVoiceDatabase database = PeerVoiceDatabase.open(older);
			try {
				PeerVoiceServices migrated = new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock, site -> List.of(),
					null, people);
				ChampionSettings settings = migrated.championSettings().settings(alex, SITE);

				assertEquals(List.of(false, 90, "ES", true), List.of(settings.isApprovalRequired(), settings.getReconfirmDays(),
					settings.getPhoneRegion(), settings.isProfileFieldsEditable()));
				assertEquals("Ana R.", migrated.championListings().save(ana, SITE, draft("Ana R.", List.of())).getDisplayName());
			}
			finally {
				database.close();
			}
		}
		finally {
			dropDataSource(older);
		}
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
