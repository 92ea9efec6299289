package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.RoleGroupRules;
import org.peervoice.core.kernel.Slice;
import org.peervoice.core.kernel.TooManyRequests;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.people.RoleGroupRule;
import org.peervoice.core.people.RoleGroupSettings;
import org.peervoice.core.people.RoleGroupSettingsService;
import org.peervoice.core.privacy.DisclosureRefused;
import org.peervoice.core.privacy.PrivacyWarningsFound;
import org.peervoice.core.recognition.CommentRequest;
import org.peervoice.core.recognition.CommentView;
import org.peervoice.core.recognition.Consent;
import org.peervoice.core.recognition.EquityCell;
import org.peervoice.core.recognition.EquityRow;
import org.peervoice.core.recognition.EquityView;
import org.peervoice.core.recognition.FeedQuery;
import org.peervoice.core.recognition.PreferenceView;
import org.peervoice.core.recognition.ReasonRequest;
import org.peervoice.core.recognition.RecipientView;
import org.peervoice.core.recognition.RecognitionBoard;
import org.peervoice.core.recognition.RecognitionDraft;
import org.peervoice.core.recognition.RecognitionModeration;
import org.peervoice.core.recognition.RecognitionSettings;
import org.peervoice.core.recognition.RecognitionView;
import org.peervoice.core.recognition.ReportView;
import org.peervoice.core.recognition.Visibility;

/** The recognition board end to end on a real database: migration, mappings, queries and the visibility rules. Run per database. */
abstract class RecognitionBoardContract {

	private static final long SITE = SiteMember.SITE;
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);

	private final SiteMember gabi = SiteMember.named("user-gabi-30001", "Gabi Giver", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember rosa = SiteMember.named("user-rosa-30002", "Rosa Quiñones", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember hugo = SiteMember.named("user-hugo-30003", "Hugo Hiddenname", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember tess = SiteMember.named("user-tess-30004", "Tess Third", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember lee = SiteMember.named("user-lee-30005", "Lee Leader", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE);
	private final SiteMember admin = SiteMember.named("user-admin-30006", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SITE);
	private final List<SiteMember> everyone = List.of(gabi, rosa, hugo, tess, lee, admin);
	private final List<RoleGroupRules> rulesSeen = new java.util.concurrent.CopyOnWriteArrayList<>();

	private DataSource dataSource;
	private PeerVoiceDatabase database;
	private MovableClock clock;
	private RecognitionBoard board;
	private RecognitionModeration moderation;
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
		database = PeerVoiceDatabase.open(dataSource);
		clock = new MovableClock(Instant.parse("2026-11-23T14:37:21.123Z"));
		services = new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock, directory());
		board = services.recognitionBoard();
		moderation = services.recognitionModeration();
	}

	@AfterEach
	void closeDatabase() throws Exception {
		database.close();
		dropDataSource(dataSource);
	}

	private PeopleDirectory directory() {
		return new SitePeople(SITE, everyone, Map.of(RoleGroup.PEER_STAFF, 10, RoleGroup.CLINICAL_STAFF, 8, RoleGroup.OTHER_STAFF, 6,
			RoleGroup.LEADERSHIP, 3), key -> key.equals(rosa.userKey().orElseThrow()) ? RoleGroup.PEER_STAFF : RoleGroup.CLINICAL_STAFF, rulesSeen::add);
	}

	private static String key(SiteMember member) {
		return member.userKey().orElseThrow();
	}

	private RecognitionView give(SiteMember giver, Visibility visibility, String message, SiteMember... recipients) {
		return board.give(giver, SITE, draft(visibility, message, false, recipients));
	}

	private static RecognitionDraft draft(Visibility visibility, String message, boolean confirmed, SiteMember... recipients) {
		List<String> keys = new ArrayList<>();
		for (SiteMember recipient : recipients) {
			keys.add(key(recipient));
		}
		return new RecognitionDraft(keys, message, List.of("hope", "dignity"), visibility, confirmed);
	}

	private List<RecognitionView> feed(SiteMember viewer, FeedQuery query) {
		return board.board(viewer, SITE, query, PageRequest.of(1, 100)).items();
	}

	private static List<String> names(RecognitionView view) {
		return view.getRecipients().stream().map(RecipientView::getName).collect(Collectors.toList());
	}

	/** Everything a view shows, as one text to search for a name. */
	private static String text(RecognitionView view) {
		return view.getGiverName() + "|" + names(view) + "|" + view.getMessage() + "|"
			+ view.getComments().stream().map(c -> c.getAuthorName() + ":" + c.getText()).collect(Collectors.joining("|"));
	}

	/** Every read path a third person has: the board with each filter, one recognition, their own list. */
	private String everythingSeenBy(SiteMember viewer, List<String> ids) {
		StringBuilder seen = new StringBuilder();
		List<FeedQuery> queries = new ArrayList<>(List.of(FeedQuery.everything(), new FeedQuery("hope", null, null, FeedQuery.Period.WEEK)));
		for (SiteMember person : everyone) {
			for (FeedQuery.Role role : FeedQuery.Role.values()) {
				queries.add(new FeedQuery(null, key(person), role, null));
			}
		}
		for (FeedQuery query : queries) {
			feed(viewer, query).forEach(view -> seen.append(text(view)).append('\n'));
		}
		for (String id : ids) {
			try {
				seen.append(text(board.one(viewer, SITE, id))).append('\n');
			}
			catch (UnknownItem notForThisViewer) {
				seen.append("-\n");
			}
		}
		board.mine(viewer, SITE, PageRequest.of(1, 100)).items().forEach(view -> seen.append(text(view)).append('\n'));
		return seen.toString();
	}

	@Test
	void migrationCreatesTheTables() throws Exception {
		for (String table : List.of("PV_RECOGNITION", "PV_RECOGNITION_RECIPIENT", "PV_RECOGNITION_REACTION", "PV_RECOGNITION_COMMENT",
			"PV_RECOGNITION_PREFERENCE", "PV_RECOGNITION_REPORT", "PV_RECOGNITION_SETTINGS")) {
			assertEquals(0, countRows(table, "1 = 1"), table);
		}
	}

	@Test
	void recognitionsStoredBeforeThatNameARecipientWhoHidesThemLeaveTheBoardOnUpgrade() throws Exception {
		DataSource older = createDataSource();
		try {
			PeerVoiceDatabase.migrations(older, PeerVoiceDatabase.class.getClassLoader()).target("19").load().migrate();
			try (Connection connection = older.getConnection(); Statement statement = connection.createStatement()) {
				// id, message, the second recipient's name and consent (the first, Rosa Quiñones, lets each show)
				String[][] rows = {{"names-hidden", "Gracias, hugo y Rosa", "Hugo Hiddenname", "HIDDEN"},
					{"names-pending", "Thanks HIDDENNAME", "Hugo Hiddenname", "PENDING"}, {"names-shown", "Thanks Hugo", "Hugo Hiddenname", "SHOWN"},
					{"unnamed-hidden", "Thanks both of you", "Hugo Hiddenname", "HIDDEN"}, {"accents", "Merci José", "Jose Perez", "HIDDEN"}};
				for (String[] row : rows) {
					statement.executeUpdate("INSERT INTO PV_RECOGNITION (id, company_id, site_id, giver_key, giver_name, message, value_keys,"
						+ " visibility, confirmed_warnings, moderation_reason, created_at, version, on_board) VALUES ('" + row[0] + "', 1, 2, 'g', 'G', '"
						+ row[1] + "', 'hope', 'BOARD', FALSE, NULL, CURRENT_TIMESTAMP, 1, TRUE)");
					String[][] recipients = {{"0", "Rosa Quiñones", "SHOWN"}, {"1", row[2], row[3]}};
					for (String[] recipient : recipients) {
						statement.executeUpdate("INSERT INTO PV_RECOGNITION_RECIPIENT (id, recognition_id, company_id, site_id, recipient_key,"
							+ " recipient_name, role_group, consent, comments_off, created_at, version) VALUES ('" + row[0] + recipient[0] + "', '"
							+ row[0] + "', 1, 2, 'person-" + recipient[0] + "', '" + recipient[1] + "', 'PEER_STAFF', '" + recipient[2]
							+ "', FALSE, CURRENT_TIMESTAMP, 1)");
					}
				}
			}
			PeerVoiceDatabase.open(older).close();
			assertEquals(List.of("names-shown", "unnamed-hidden"), onBoard(older));
		}
		finally {
			dropDataSource(older);
		}
	}

	@Test
	void recognitionsKeptOnTheBoardByTheComparisonBeforeNamesWereReadAsDrawnLeaveItOnUpgrade() throws Exception {
		DataSource older = createDataSource();
		try {
			// before V23: the rows below are what the application stored while names were compared
			// without leaving out invisible characters or reading typographic apostrophes and full-width letters as plain ones
			PeerVoiceDatabase.migrations(older, PeerVoiceDatabase.class.getClassLoader()).target("21").load().migrate();
			try (Connection connection = older.getConnection();
				PreparedStatement recognition = connection.prepareStatement("INSERT INTO PV_RECOGNITION (id, company_id, site_id, giver_key,"
					+ " giver_name, message, value_keys, visibility, confirmed_warnings, moderation_reason, created_at, version, on_board)"
					+ " VALUES (?, 1, 2, 'g', 'G', ?, 'hope', 'BOARD', FALSE, NULL, CURRENT_TIMESTAMP, 1, TRUE)");
				PreparedStatement recipient = connection.prepareStatement("INSERT INTO PV_RECOGNITION_RECIPIENT (id, recognition_id, company_id,"
					+ " site_id, recipient_key, recipient_name, role_group, consent, comments_off, created_at, version)"
					+ " VALUES (?, ?, 1, 2, ?, ?, 'PEER_STAFF', ?, FALSE, CURRENT_TIMESTAMP, 1)")) {
				// id, message, the second recipient's name and consent (the first, Tess Third, lets each show)
				String[][] rows = {{"soft-hyphen", "Thanks Tess and Ro\u00ADsa", "Rosa Quiñones", "HIDDEN"},
					{"apostrophe", "Thank you O\u2019Brien!", "Pat O'Brien", "PENDING"}, {"full-width", "Gracias \uFF32\uFF4F\uFF53\uFF41", "Rosa Quiñones", "HIDDEN"},
					{"shown", "Thanks Ro\u00ADsa", "Rosa Quiñones", "SHOWN"}, {"unnamed", "Thanks both", "Rosa Quiñones", "HIDDEN"}};
				for (String[] row : rows) {
					recognition.setString(1, row[0]);
					recognition.setString(2, row[1]);
					recognition.executeUpdate();
					String[][] recipients = {{"0", "Tess Third", "SHOWN"}, {"1", row[2], row[3]}};
					for (String[] one : recipients) {
						recipient.setString(1, row[0] + one[0]);
						recipient.setString(2, row[0]);
						recipient.setString(3, "person-" + one[0]);
						recipient.setString(4, one[1]);
						recipient.setString(5, one[2]);
						recipient.executeUpdate();
					}
				}
			}
			PeerVoiceDatabase.open(older).close();
			assertEquals(List.of("shown", "unnamed"), onBoard(older));
		}
		finally {
			dropDataSource(older);
		}
	}

	/** The ids of the recognitions the database has on the board, in id order. */
	private static List<String> onBoard(DataSource database) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
			ResultSet shown = statement.executeQuery("SELECT id FROM PV_RECOGNITION WHERE on_board = TRUE ORDER BY id")) {
			List<String> ids = new ArrayList<>();
			while (shown.next()) {
				ids.add(shown.getString(1));
			}
			return ids;
		}
	}

	@Test
	void theOnBoardMigrationMarksWhatTheBoardShowedBefore() throws Exception {
		DataSource older = createDataSource();
		try {
			PeerVoiceDatabase.migrations(older, PeerVoiceDatabase.class.getClassLoader()).target("13").load().migrate();
			try (Connection connection = older.getConnection(); Statement statement = connection.createStatement()) {
				String[][] rows = {{"shown", "BOARD", "NULL", "SHOWN"}, {"hidden", "BOARD", "NULL", "HIDDEN"}, {"pending", "BOARD", "NULL", "PENDING"},
					{"private", "PRIVATE", "NULL", "SHOWN"}, {"moderated", "BOARD", "'Off topic'", "SHOWN"}};
				for (String[] row : rows) {
					statement.executeUpdate("INSERT INTO PV_RECOGNITION (id, company_id, site_id, giver_key, giver_name, message, value_keys,"
						+ " visibility, confirmed_warnings, moderation_reason, created_at, version) VALUES ('" + row[0] + "', 1, 2, 'g', 'G', 'm',"
						+ " 'hope', '" + row[1] + "', FALSE, " + row[2] + ", CURRENT_TIMESTAMP, 1)");
					List<String> consents = List.of(row[3], "HIDDEN");
					for (int i = 0; i < consents.size(); i++) {
						statement.executeUpdate("INSERT INTO PV_RECOGNITION_RECIPIENT (id, recognition_id, company_id, site_id, recipient_key,"
							+ " recipient_name, role_group, consent, comments_off, created_at, version) VALUES ('" + row[0] + i + "', '"
							+ row[0] + "', 1, 2, 'person-" + i + "', 'R', 'PEER_STAFF', '" + consents.get(i) + "', FALSE, CURRENT_TIMESTAMP, 1)");
					}
				}
			}
			PeerVoiceDatabase.open(older).close();
			try (Connection connection = older.getConnection(); Statement statement = connection.createStatement();
				ResultSet shown = statement.executeQuery("SELECT id FROM PV_RECOGNITION WHERE on_board = TRUE")) {
				List<String> ids = new ArrayList<>();
				while (shown.next()) {
					ids.add(shown.getString(1));
				}
				assertEquals(List.of("shown"), ids);
			}
		}
		finally {
			dropDataSource(older);
		}
	}

	@Test
	void everyCombinationOfVisibilityPreferenceAndDecisionShowsExactlyWhatTheRecipientAllowed() {
		services.recognitionSettings().updateSettings(admin, SITE, new RecognitionSettings(RecognitionSettings.DEFAULT_VALUES, true, 50));
		for (Visibility visibility : Visibility.values()) {
			for (boolean askFirst : new boolean[] {false, true}) {
				for (String decision : List.of("none", "approve", "hide", "approve-then-hide")) {
					board.choosePreference(rosa, SITE, PreferenceView.asking(askFirst));
					clock.advance(Duration.ofMinutes(2));
					String id = give(gabi, visibility, "Thank you for the group " + visibility + askFirst + decision, rosa).getId();
					if (decision.startsWith("approve")) {
						board.approve(rosa, SITE, id);
					}
					if (decision.endsWith("hide")) {
						board.hide(rosa, SITE, id);
					}
					boolean shown = visibility == Visibility.BOARD && !decision.endsWith("hide") && (!askFirst || decision.equals("approve"));
					String combination = visibility + " askFirst=" + askFirst + " " + decision;
					boolean onBoard = feed(tess, FeedQuery.everything()).stream().anyMatch(view -> view.getId().equals(id));
					assertEquals(shown, onBoard, combination);
					assertEquals(shown, feed(tess, new FeedQuery(null, key(rosa), FeedQuery.Role.RECEIVED, null)).stream()
						.anyMatch(view -> view.getId().equals(id)), combination);
					if (shown) {
						assertEquals(List.of("Rosa Quiñones"), names(board.one(tess, SITE, id)), combination);
					}
					else {
						assertThrows(UnknownItem.class, () -> board.one(tess, SITE, id), combination);
					}
					RecognitionView forRosa = board.one(rosa, SITE, id);
					assertTrue(forRosa.getRecipients().get(0).isMe(), combination);
					RecognitionView forGabi = board.one(gabi, SITE, id);
					assertEquals(List.of("Rosa Quiñones"), names(forGabi), "the giver always sees whom they recognized: " + combination);
					assertEquals(null, forGabi.getRecipients().get(0).getConsent(), "the giver is never told: " + combination);
				}
			}
		}
	}

	@Test
	void aHiddenOrUnapprovedRecipientIsNamedNowhereAThirdPersonLooks() {
		board.choosePreference(rosa, SITE, PreferenceView.asking(true));
		String id = give(gabi, Visibility.BOARD, "You two carried the team this week.", rosa, hugo).getId();
		board.celebrate(tess, SITE, id);
		board.comment(tess, SITE, id, new CommentRequest("Well deserved!", false));

		String beforeAnyDecision = everythingSeenBy(tess, List.of(id));
		assertTrue(beforeAnyDecision.contains("Hugo Hiddenname"), "shown by default");
		assertFalse(beforeAnyDecision.contains("Rosa"), "Rosa asked to be asked first");

		board.approve(rosa, SITE, id);
		board.hide(hugo, SITE, id);
		String seen = everythingSeenBy(tess, List.of(id));
		assertTrue(seen.contains("Rosa Quiñones"));
		assertFalse(seen.contains("Hugo"), seen);
		assertFalse(everythingSeenBy(lee, List.of(id)).contains("Hugo"), "moderators see what the board shows");
		assertTrue(feed(tess, new FeedQuery(null, key(hugo), FeedQuery.Role.RECEIVED, null)).isEmpty(), "nor found by his name");

		board.report(tess, SITE, id, null, ReasonRequest.of("check"));
		List<ReportView> reports = moderation.reports(lee, SITE);
		assertEquals(1, reports.size());
		assertFalse(text(reports.get(0).getRecognition()).contains("Hugo"));

		board.hide(rosa, SITE, id);
		assertTrue(feed(tess, FeedQuery.everything()).isEmpty(), "nobody left who lets it show");
		assertEquals(List.of("Rosa Quiñones", "Hugo Hiddenname").size(), names(board.one(gabi, SITE, id)).size(), "the giver is not told");
	}

	@Test
	void aCertificateIsTheRecipientsOwnAndNeverNamesAnotherRecipient() {
		board.choosePreference(rosa, SITE, PreferenceView.asking(true));
		String id = give(gabi, Visibility.BOARD, "You two carried the team this week.", rosa, hugo).getId();
		board.hide(hugo, SITE, id);
		board.approve(rosa, SITE, id);

		String rosas = certificateText(rosa, id, Locale.forLanguageTag("es"));
		assertTrue(rosas.contains("Certificado de reconocimiento"), rosas);
		assertTrue(rosas.contains("Rosa Quiñones"), rosas);
		assertTrue(rosas.contains("Gabi Giver"), rosas);
		assertTrue(rosas.contains("Esperanza") && rosas.contains("Dignidad"), "the values in the reader's language: " + rosas);
		assertTrue(rosas.contains("You two carried the team this week."), rosas);
		assertTrue(rosas.contains("2026"), rosas);
		assertFalse(rosas.contains("Hugo"), "a co-recipient who hid it is named on no certificate but his own: " + rosas);

		String hugos = certificateText(hugo, id, Locale.ENGLISH);
		assertTrue(hugos.contains("Hugo Hiddenname") && hugos.contains("Hope") && hugos.contains("Certificate of recognition"), hugos);
		assertFalse(hugos.contains("Rosa"), hugos);

		for (SiteMember other : List.of(gabi, tess, lee, admin)) {
			assertThrows(UnknownItem.class, () -> board.certificate(other, SITE, id, Locale.ENGLISH), "only a recipient: " + other);
		}
		assertThrows(UnknownItem.class, () -> board.certificate(rosa, SITE, "no-such-recognition", Locale.ENGLISH));
		moderation.hideRecognition(lee, SITE, id, ReasonRequest.of("Names a client"));
		assertThrows(Conflict.class, () -> board.certificate(rosa, SITE, id, Locale.ENGLISH));
	}

	private String certificateText(SiteMember reader, String id, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			board.certificate(reader, SITE, id, locale).writeTo(out);
			try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
				return new PDFTextStripper().getText(document);
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	@Test
	void disclosingTextNeedsConfirmationInEnglishAndSpanishAndThenEveryRecipientsApproval() {
		for (String disclosing : List.of("So proud of how far you have come in recovery.", "Admiro cómo llevas tu recuperación y tu depresión.",
			"Después de la recaída volviste más fuerte.")) {
			PrivacyWarningsFound found = assertThrows(PrivacyWarningsFound.class, () -> give(gabi, Visibility.BOARD, disclosing, rosa));
			assertEquals("health-disclosure", found.warnings().get(0).getCode(), disclosing);
		}
		RecognitionView given = board.give(gabi, SITE, draft(Visibility.BOARD, "So proud of you in recovery.", true, rosa, hugo));
		assertTrue(given.isAwaitingApproval());
		assertTrue(feed(tess, FeedQuery.everything()).isEmpty());
		assertEquals(Consent.PENDING, board.one(hugo, SITE, given.getId()).getRecipients().stream().filter(RecipientView::isMe).findFirst()
			.orElseThrow().getConsent());
		board.approve(hugo, SITE, given.getId());
		assertEquals(List.of("Hugo Hiddenname"), names(feed(tess, FeedQuery.everything()).get(0)));
		assertEquals(2, countRows("PV_NOTIFICATION_OUTBOX", "type = 'RECOGNITION_RECEIVED' AND detail = 'approval'"));
	}

	@Test
	void recipientsMustBeOtherMembersOfTheSite() {
		assertEquals("self", fieldCode(() -> give(gabi, Visibility.BOARD, "Thanks", gabi)));
		assertEquals("unknown-person", fieldCode(() -> board.give(gabi, SITE, new RecognitionDraft(List.of("user-nobody"), "Thanks",
			List.of("hope"), Visibility.BOARD, false))));
		assertEquals("duplicate", fieldCode(() -> give(gabi, Visibility.BOARD, "Thanks", rosa, rosa)));
		List<String> eleven = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			eleven.add("user-" + i);
		}
		assertEquals("too-many", fieldCode(() -> board.give(gabi, SITE, new RecognitionDraft(eleven, "Thanks", List.of("hope"), Visibility.BOARD,
			false))));
		assertEquals("unknown-value", fieldCode(() -> board.give(gabi, SITE, new RecognitionDraft(List.of(key(rosa)), "Thanks",
			List.of("speed"), Visibility.BOARD, false))));
		assertEquals("required", fieldCode(() -> board.give(gabi, SITE, new RecognitionDraft(List.of(key(rosa)), "Thanks",
			List.of(), Visibility.BOARD, false))));
		assertEquals(0, countRows("PV_RECOGNITION", "1 = 1"));
	}

	private static String fieldCode(Runnable attempt) {
		InvalidInput invalid = assertThrows(InvalidInput.class, attempt::run);
		return invalid.fieldCodes().values().iterator().next();
	}

	@Test
	void theSameRecognitionWithinAMinuteIsAConflictAndTheDailyLimitATooManyRequests() {
		services.recognitionSettings().updateSettings(admin, SITE, new RecognitionSettings(RecognitionSettings.DEFAULT_VALUES, true, 3));
		give(gabi, Visibility.BOARD, "Thank you", rosa, hugo);
		assertThrows(Conflict.class, () -> give(gabi, Visibility.BOARD, "Thank you", hugo, rosa));
		clock.advance(Duration.ofSeconds(61));
		give(gabi, Visibility.BOARD, "Thank you", rosa, hugo);
		give(gabi, Visibility.PRIVATE, "Thank you again", rosa);
		TooManyRequests limited = assertThrows(TooManyRequests.class, () -> give(gabi, Visibility.BOARD, "One more", tess));
		assertEquals(Duration.ofDays(1).minusSeconds(61).getSeconds() + 1, limited.retryAfterSeconds());
		give(rosa, Visibility.BOARD, "Others are not limited by Gabi", tess);
		clock.advance(Duration.ofDays(1).minusSeconds(60));
		give(gabi, Visibility.BOARD, "One more", tess);
	}

	@Test
	void concurrentGivesOfOnePersonKeepTheRepeatRuleAndTheDailyLimit() throws Exception {
		services.recognitionSettings().updateSettings(admin, SITE, new RecognitionSettings(RecognitionSettings.DEFAULT_VALUES, true, 4));
		// a first give of a person at the same time as another: one is stored, the other a conflict
		List<String> firsts = race(4, i -> give(gabi, Visibility.BOARD, "Thank you for the first time", rosa));
		assertEquals(1, firsts.stream().filter("given"::equals).count(), firsts.toString());
		assertEquals(3, firsts.stream().filter("Conflict"::equals).count(), firsts.toString());

		List<String> repeats = race(6, i -> give(gabi, Visibility.BOARD, "Thank you for covering my shift", rosa, hugo));
		assertEquals(1, repeats.stream().filter("given"::equals).count(), repeats.toString());
		assertEquals(5, repeats.stream().filter("Conflict"::equals).count(), repeats.toString());

		List<String> many = race(8, i -> give(gabi, Visibility.BOARD, "Thank you, number " + i, tess));
		assertEquals(2, many.stream().filter("given"::equals).count(), many.toString());
		assertEquals(6, many.stream().filter("TooManyRequests"::equals).count(), many.toString());
		assertEquals(4, countRows("PV_RECOGNITION", "giver_key = '" + key(gabi) + "'"));
		assertEquals(1, countRows("PV_RECOGNITION_GIVER", "giver_key = '" + key(gabi) + "'"));
	}

	/** Runs the attempts at the same moment on as many threads: "given", or the simple name of what each threw. */
	private static List<String> race(int attempts, java.util.function.IntConsumer attempt) throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				int index = i;
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						attempt.accept(index);
						return "given";
					}
					catch (RuntimeException refused) {
						return refused.getClass().getSimpleName();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (java.util.concurrent.Future<String> outcome : outcomes) {
				results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			// interrupts a thread still waiting after a timeout (on HSQLDB, for a row lock), so the test fails instead of hanging
			pool.shutdownNow();
		}
	}

	@Test
	void aMessageThatNamesARecipientIsWarnedAboutAndOnceConfirmedWaitsForEachRecipient() {
		for (String naming : List.of("Thank you, Rosa Quiñones, for the training", "gracias, rosa quiñones, por el taller")) {
			PrivacyWarningsFound found = assertThrows(PrivacyWarningsFound.class, () -> give(gabi, Visibility.BOARD, naming, rosa, hugo));
			assertEquals(List.of("recipient-name"), found.warnings().stream().map(w -> w.getCode()).collect(Collectors.toList()), naming);
			assertEquals("message", found.warnings().get(0).getField());
		}
		assertEquals(0, countRows("PV_RECOGNITION", "1 = 1"));
		// a name inside another word, or someone who is not a recipient, is not warned about
		give(gabi, Visibility.BOARD, "Thanks for covering for Tess Third and the Rosa Quiñonesville team", rosa);
		RecognitionView confirmed = board.give(gabi, SITE, draft(Visibility.BOARD, "Thank you, Hugo Hiddenname!", true, hugo, rosa));
		assertTrue(confirmed.isAwaitingApproval());
		board.approve(rosa, SITE, confirmed.getId());
		assertThrows(UnknownItem.class, () -> board.one(tess, SITE, confirmed.getId()), "Hugo, named in it, has not approved it");
		board.hide(hugo, SITE, confirmed.getId());
		assertThrows(UnknownItem.class, () -> board.one(tess, SITE, confirmed.getId()), "Hugo, named in it, hid it");
		assertFalse(feed(tess, FeedQuery.everything()).stream().anyMatch(view -> view.getId().equals(confirmed.getId())));
		assertEquals("Thank you, Hugo Hiddenname!", board.one(hugo, SITE, confirmed.getId()).getMessage(), "Hugo, whom it names, reads it");
		assertTrue(board.one(rosa, SITE, confirmed.getId()).isMessageWithheld(), "Rosa, also recognized, does not read Hugo's name");
	}

	@Test
	void aMessageNamingARecipientWhoHidesItOrHasNotApprovedItLeavesTheBoardWithCaseAndAccentsAside() {
		services.recognitionSettings().updateSettings(admin, SITE, new RecognitionSettings(RecognitionSettings.DEFAULT_VALUES, true, 50));
		// the names in every form a giver writes them: a first name, a last name, in other case, without accents
		List<String> namingHugo = List.of("Thanks Hugo and Rosa for the training", "gracias, HUGO, por todo", "Hiddenname and Rosa: great job",
			"Rosa y hugo, ¡gracias!", "Thank you Rosa (and Húgo)");
		for (String message : namingHugo) {
			clock.advance(Duration.ofMinutes(2));
			String id = give(gabi, Visibility.BOARD, message, rosa, hugo).getId();
			assertTrue(onBoard(id), "both let it show: " + message);
			board.report(tess, SITE, id, null, ReasonRequest.of("check"));
			board.hide(hugo, SITE, id);
			assertFalse(onBoard(id), "Hugo hid a message naming him: " + message);
			assertTrue(moderation.reports(lee, SITE).stream().noneMatch(report -> report.getRecognition().getId().equals(id)),
				"nor in the moderators' queue: " + message);
			assertThrows(UnknownItem.class, () -> board.one(tess, SITE, id), message);
			assertTrue(feed(tess, new FeedQuery(null, key(rosa), FeedQuery.Role.RECEIVED, null)).stream().noneMatch(view -> view.getId().equals(id)),
				"nor on the page received by Rosa: " + message);
			board.approve(hugo, SITE, id);
			assertTrue(onBoard(id), "shown again: " + message);
			assertTrue(moderation.reports(lee, SITE).stream().anyMatch(report -> report.getRecognition().getId().equals(id)), message);
		}
		// a name inside another word, or no name of his at all: Hugo's hiding leaves the others' recognition on the board
		for (String message : List.of("Thanks Rosa for the training", "Thanks Rosa for the Hugoesque effort")) {
			clock.advance(Duration.ofMinutes(2));
			String id = give(gabi, Visibility.BOARD, message, rosa, hugo).getId();
			board.hide(hugo, SITE, id);
			assertTrue(onBoard(id), message);
			assertEquals(List.of("Rosa Quiñones"), names(board.one(tess, SITE, id)), message);
		}
		// not approved yet: Rosa asks first, the message names her, so it waits for her even though Hugo lets it show
		board.choosePreference(rosa, SITE, PreferenceView.asking(true));
		clock.advance(Duration.ofMinutes(2));
		String waiting = give(gabi, Visibility.BOARD, "Gracias, Quinones y Hugo", rosa, hugo).getId();
		assertFalse(onBoard(waiting), "Rosa, named, has not approved it");
		board.approve(rosa, SITE, waiting);
		assertTrue(onBoard(waiting));
	}

	private boolean onBoard(String id) {
		return feed(tess, FeedQuery.everything()).stream().anyMatch(view -> view.getId().equals(id));
	}

	@Test
	void aCommentThatMayDiscloseHealthIsRefusedEvenConfirmedInEnglishAndSpanish() {
		String id = give(gabi, Visibility.BOARD, "Great facilitation", rosa).getId();
		for (String disclosing : List.of("Congrats on 2 years in recovery!", "Felicidades por tus dos años en recuperación.")) {
			for (boolean confirmed : List.of(false, true)) {
				DisclosureRefused refused = assertThrows(DisclosureRefused.class, () -> board.comment(tess, SITE, id, new CommentRequest(disclosing,
					confirmed)), disclosing);
				assertEquals(Map.of("text", "health-disclosure"), refused.fieldCodes(), disclosing);
			}
		}
		assertEquals(0, countRows("PV_RECOGNITION_COMMENT", "1 = 1"));
		// the screen's other warnings keep their confirm step
		assertThrows(PrivacyWarningsFound.class, () -> board.comment(tess, SITE, id, new CommentRequest("Call her at 555-123-4567", false)));
		board.comment(tess, SITE, id, new CommentRequest("Call her at 555-123-4567", true));
		assertEquals(1, countRows("PV_RECOGNITION_COMMENT", "1 = 1"));
	}

	@Test
	void aBoardRecognitionForLivedExperienceWaitsForEachRecipientsApproval() {
		RecognitionView given = board.give(gabi, SITE, new RecognitionDraft(List.of(key(rosa), key(hugo)), "Thank you for mentoring the new team",
			List.of("hope", "lived-experience"), Visibility.BOARD, false));
		assertTrue(given.isAwaitingApproval());
		assertTrue(feed(tess, FeedQuery.everything()).isEmpty());
		assertThrows(UnknownItem.class, () -> board.one(tess, SITE, given.getId()));
		for (SiteMember recipient : List.of(rosa, hugo)) {
			assertEquals(Consent.PENDING, board.one(recipient, SITE, given.getId()).getRecipients().stream().filter(RecipientView::isMe)
				.findFirst().orElseThrow().getConsent());
		}
		assertEquals(2, countRows("PV_NOTIFICATION_OUTBOX", "type = 'RECOGNITION_RECEIVED' AND detail = 'approval'"));
		board.approve(rosa, SITE, given.getId());
		assertEquals(List.of("Rosa Quiñones"), names(feed(tess, FeedQuery.everything()).get(0)));
		assertFalse(everythingSeenBy(tess, List.of(given.getId())).contains("Hugo Hiddenname"));

		// private to the recipients, it tells nobody else anything: no approval to wait for
		RecognitionView privately = board.give(gabi, SITE, new RecognitionDraft(List.of(key(hugo)), "Thank you for sharing",
			List.of("lived-experience"), Visibility.PRIVATE, false));
		assertFalse(privately.isAwaitingApproval());
		assertEquals(Consent.SHOWN, board.one(hugo, SITE, privately.getId()).getRecipients().get(0).getConsent());
	}

	@Test
	void celebrationsAreOnePerPersonAndCommentsFollowTheRecipients() {
		String id = give(gabi, Visibility.BOARD, "Great facilitation", rosa).getId();
		board.celebrate(tess, SITE, id);
		board.celebrate(tess, SITE, id);
		RecognitionView celebrated = board.celebrate(hugo, SITE, id);
		assertEquals(2, celebrated.getCelebrations());
		assertTrue(celebrated.isCelebratedByMe());
		assertEquals(1, board.uncelebrate(tess, SITE, id).getCelebrations());

		board.comment(tess, SITE, id, new CommentRequest("Agreed!", false));
		assertThrows(PrivacyWarningsFound.class, () -> board.comment(tess, SITE, id, new CommentRequest("Call her at 555-123-4567", false)));
		board.turnComments(rosa, SITE, id, true);
		assertTrue(board.one(tess, SITE, id).getComments().isEmpty());
		assertThrows(Conflict.class, () -> board.comment(hugo, SITE, id, new CommentRequest("Me too", false)));
		assertThrows(NotPermitted.class, () -> board.turnComments(tess, SITE, id, false), "only a recipient decides");
		board.turnComments(rosa, SITE, id, false);
		assertEquals(List.of("Agreed!"), board.one(hugo, SITE, id).getComments().stream().map(CommentView::getText).collect(Collectors.toList()));
	}

	@Test
	void moderationHidesWithAReasonAuditsAndTellsGiverAndRecipients() {
		String id = give(gabi, Visibility.BOARD, "Great facilitation", rosa, hugo).getId();
		String commentId = board.comment(tess, SITE, id, new CommentRequest("Nice", false)).getComments().get(0).getId();
		assertThrows(NotPermitted.class, () -> moderation.hideRecognition(tess, SITE, id, ReasonRequest.of("no")));
		moderation.hideComment(lee, SITE, id, commentId, ReasonRequest.of("Off topic"));
		assertTrue(board.one(tess, SITE, id).getComments().isEmpty());
		moderation.hideRecognition(lee, SITE, id, ReasonRequest.of("Names a client"));
		assertTrue(feed(tess, FeedQuery.everything()).isEmpty());
		assertEquals("Names a client", board.one(rosa, SITE, id).getModerationReason());
		assertThrows(UnknownItem.class, () -> board.one(tess, SITE, id));
		assertEquals(2, countRows("PV_AUDIT_EVENT", "action LIKE 'recognition-%'"));
		assertEquals(3, countRows("PV_NOTIFICATION_OUTBOX", "type = 'RECOGNITION_MODERATED' AND detail = 'recognition'"));
		assertEquals(4, countRows("PV_NOTIFICATION_OUTBOX", "type = 'RECOGNITION_MODERATED' AND detail = 'comment'"));
	}

	@Test
	void theBoardFiltersByValuePersonAndPeriodNewestFirst() {
		String first = give(gabi, Visibility.BOARD, "First", rosa).getId();
		clock.advance(Duration.ofDays(10));
		String second = board.give(hugo, SITE, new RecognitionDraft(List.of(key(tess)), "Second", List.of("mutuality"), Visibility.BOARD,
			false)).getId();
		assertEquals(List.of(second, first), ids(FeedQuery.everything()));
		assertEquals(List.of(second), ids(new FeedQuery("mutuality", null, null, null)));
		assertEquals(List.of(first), ids(new FeedQuery("hope", null, null, null)));
		assertEquals(List.of(second), ids(new FeedQuery(null, null, null, FeedQuery.Period.WEEK)));
		assertEquals(List.of(first), ids(new FeedQuery(null, key(gabi), FeedQuery.Role.GIVEN, null)));
		assertEquals(List.of(), ids(new FeedQuery(null, key(gabi), FeedQuery.Role.RECEIVED, null)));
		assertEquals(List.of(second), ids(new FeedQuery(null, key(tess), FeedQuery.Role.RECEIVED, null)));
		assertEquals(List.of(), ids(new FeedQuery("hop", null, null, null)), "a value is matched whole");
	}

	@Test
	void receivedByAPersonShowsOnlyWhatTheyLetShowNewestFirstWithAMoreMarkerAtTheExactPageBoundary() {
		services.recognitionSettings().updateSettings(admin, SITE, new RecognitionSettings(RecognitionSettings.DEFAULT_VALUES, true, 50));
		FeedQuery toRosa = new FeedQuery(null, key(rosa), FeedQuery.Role.RECEIVED, null);
		FeedQuery toHugo = new FeedQuery(null, key(hugo), FeedQuery.Role.RECEIVED, null);
		List<String> shownToRosa = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			clock.advance(Duration.ofMinutes(2));
			shownToRosa.add(0, give(gabi, Visibility.BOARD, "Thanks for the group " + i, rosa, hugo).getId());
		}
		// two given in the same instant: the board's tie-break (the id, highest first) orders them the same way
		clock.advance(Duration.ofMinutes(2));
		shownToRosa.add(0, give(tess, Visibility.BOARD, "Same instant, one", rosa).getId());
		shownToRosa.add(0, give(lee, Visibility.BOARD, "Same instant, two", rosa).getId());
		shownToRosa.subList(0, 2).sort(java.util.Comparator.reverseOrder());
		String hiddenByHugo = shownToRosa.get(2);
		board.hide(hugo, SITE, hiddenByHugo);
		clock.advance(Duration.ofMinutes(2));
		give(gabi, Visibility.PRIVATE, "Private thanks", rosa);
		String moderated = give(gabi, Visibility.BOARD, "Moderated thanks", rosa).getId();
		moderation.hideRecognition(lee, SITE, moderated, ReasonRequest.of("Names a client"));
		board.choosePreference(rosa, SITE, PreferenceView.asking(true));
		give(gabi, Visibility.BOARD, "Pending thanks", rosa, hugo);

		List<String> onBoard = ids(FeedQuery.everything());
		assertEquals(shownToRosa, onBoard.subList(1, onBoard.size()), "the pending one shows (Hugo lets it), newest");
		assertEquals(shownToRosa, ids(toRosa), "received by Rosa: what she let show, in the board's order");
		List<String> hugos = ids(toHugo);
		assertEquals(4, hugos.size(), "the pending one and three of the four, not the one he hid: " + hugos);
		assertFalse(hugos.contains(hiddenByHugo));
		assertEquals(List.of("Rosa Quiñones"), names(board.one(tess, SITE, hiddenByHugo)), "a hidden recipient is never named");
		assertEquals(List.of("Rosa Quiñones"), feed(tess, toRosa).stream().filter(view -> view.getId().equals(hiddenByHugo))
			.map(RecognitionBoardContract::names).findFirst().orElseThrow(), "nor on the page received by a co-recipient");
		assertEquals(shownToRosa, ids(new FeedQuery(null, key(rosa), FeedQuery.Role.RECEIVED, FeedQuery.Period.WEEK)));
		assertEquals(List.of(), ids(new FeedQuery("mutuality", key(rosa), FeedQuery.Role.RECEIVED, null)));
		assertEquals(shownToRosa, ids(new FeedQuery("hope", key(rosa), FeedQuery.Role.RECEIVED, FeedQuery.Period.WEEK)));
		clock.advance(Duration.ofDays(8));
		assertEquals(List.of(), ids(new FeedQuery(null, key(rosa), FeedQuery.Role.RECEIVED, FeedQuery.Period.WEEK)), "the period counts");

		// six shown to Rosa: pages of three end exactly at the boundary, pages of four and five do not
		Slice<RecognitionView> first = board.board(tess, SITE, toRosa, PageRequest.of(1, 3));
		Slice<RecognitionView> second = board.board(tess, SITE, toRosa, PageRequest.of(2, 3));
		Slice<RecognitionView> past = board.board(tess, SITE, toRosa, PageRequest.of(3, 3));
		assertEquals(shownToRosa.subList(0, 3), first.items().stream().map(RecognitionView::getId).collect(Collectors.toList()));
		assertTrue(first.hasMore());
		assertEquals(shownToRosa.subList(3, 6), second.items().stream().map(RecognitionView::getId).collect(Collectors.toList()));
		assertFalse(second.hasMore(), "the last full page has no more");
		assertTrue(past.items().isEmpty());
		assertFalse(past.hasMore());
		assertTrue(board.board(tess, SITE, toRosa, PageRequest.of(1, 5)).hasMore());
		assertFalse(board.board(tess, SITE, toRosa, PageRequest.of(1, 6)).hasMore());
		assertFalse(board.board(tess, SITE, toRosa, PageRequest.of(2, 5)).hasMore());
		assertEquals(1, board.board(tess, SITE, toRosa, PageRequest.of(2, 5)).items().size());
		Slice<RecognitionView> wholeBoard = board.board(tess, SITE, FeedQuery.everything(), PageRequest.of(1, 7));
		assertEquals(7, wholeBoard.items().size());
		assertFalse(wholeBoard.hasMore(), "seven on the board, a page of seven");
		assertTrue(board.board(tess, SITE, FeedQuery.everything(), PageRequest.of(1, 6)).hasMore());
	}

	private List<String> ids(FeedQuery query) {
		return feed(tess, query).stream().map(RecognitionView::getId).collect(Collectors.toList());
	}

	@Test
	void myRecognitionsHoldPrivateAndPendingOnes() {
		board.choosePreference(rosa, SITE, PreferenceView.asking(true));
		give(gabi, Visibility.PRIVATE, "Private thanks", rosa);
		give(gabi, Visibility.BOARD, "Public thanks", rosa);
		assertEquals(2, board.mine(rosa, SITE, PageRequest.of(1, 20)).totalCount());
		assertEquals(2, board.mine(gabi, SITE, PageRequest.of(1, 20)).totalCount());
		assertEquals(0, board.mine(tess, SITE, PageRequest.of(1, 20)).totalCount());
		assertTrue(board.preference(rosa, SITE).isAskFirst());
		assertFalse(board.preference(hugo, SITE).isChosen());
	}

	@Test
	void equityHidesCellsOfFewerThanFivePeopleAndTheOneThatWouldGiveThemBack() {
		services.recognitionSettings().updateSettings(admin, SITE, new RecognitionSettings(List.of("hope", "dignity", "-2 teamwork"), true, 50));
		clock.advance(Duration.between(clock.instant(), Instant.parse("2026-10-05T09:00:00Z")));
		Map<String, Integer> recipients = Map.of("PEER_STAFF", 6, "CLINICAL_STAFF", 5, "OTHER_STAFF", 5, "LEADERSHIP", 2);
		int given = 0;
		for (Map.Entry<String, Integer> group : recipients.entrySet()) {
			for (int i = 0; i < group.getValue(); i++) {
				clock.advance(Duration.ofMinutes(1));
				board.give(given++ % 2 == 0 ? gabi : tess, SITE, new RecognitionDraft(List.of("staff-" + group.getKey() + "-" + i), "Thanks " + given,
					List.of("hope", "dignity"), Visibility.PRIVATE, false));
			}
		}
		clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-23T14:37:21.123Z")));

		EquityView equity = services.recognitionInsights().equity(lee, SITE);
		assertEquals(12, equity.getMonths().size());
		assertEquals("2026-10", equity.getMonths().get(11));
		Map<String, EquityCell> october = equity.getGroups().stream().collect(Collectors.toMap(EquityRow::getName, row -> row.getCells().get(11)));
		assertEquals(6L, october.get("PEER_STAFF").getReceived());
		assertEquals(0.6, october.get("PEER_STAFF").getPerHead(), 1e-9);
		assertTrue(october.get("LEADERSHIP").isFewerThanFive(), "two people");
		assertEquals(1, october.values().stream().filter(cell -> !cell.isFewerThanFive() && cell.getReceived() == 5).count(),
			"one of the two groups of 5 is hidden with it, so the total of the values does not give the leadership cell back");
		assertEquals(2, october.values().stream().filter(EquityCell::isFewerThanFive).count());
		assertTrue(equity.getGroups().stream().filter(row -> row.getName().equals("LEADERSHIP")).findFirst().orElseThrow().getHeadcount() == null);
		assertTrue(equity.getGroups().get(0).getCells().get(0).isFewerThanFive(), "a month without recognitions counts nobody");
		List<EquityCell> values = equity.getValues().stream().map(row -> row.getCells().get(11)).collect(Collectors.toList());
		assertEquals(List.of(18L), values.stream().filter(cell -> !cell.isFewerThanFive()).map(EquityCell::getReceived)
			.collect(Collectors.toList()), "the unused value is hidden, and so is one of the others");

		String csv = services.recognitionInsights().csv(lee, SITE);
		assertTrue(csv.contains("value,'-2 teamwork,2026-10,<5"), csv);
		assertTrue(csv.contains("role-group,LEADERSHIP,2026-10,<5,<5,<5"), csv);
		assertThrows(NotPermitted.class, () -> services.recognitionInsights().equity(tess, SITE));
	}

	@Test
	void aSitesRoleGroupRulesAreStoredValidatedAndAppliedToRecipientsAndHeadcounts() {
		RoleGroupSettingsService roleGroups = services.roleGroupSettings();
		assertTrue(roleGroups.settings(lee, SITE).toRules().isDefault(), "the defaults until the site stores its own");
		RoleGroupSettings mapping = new RoleGroupSettings(List.of(
			new RoleGroupRule(RoleGroupRules.Source.JOB_TITLE, " Recovery Coach ", RoleGroup.PEER_STAFF),
			new RoleGroupRule(RoleGroupRules.Source.USER_GROUP, "Clínicos", RoleGroup.CLINICAL_STAFF)));

		RoleGroupSettings stored = roleGroups.updateSettings(admin, SITE, mapping);

		assertEquals("Recovery Coach", stored.getRules().get(0).getName(), "trimmed");
		RoleGroupSettings read = roleGroups.settings(lee, SITE);
		assertEquals(List.of("JOB_TITLE\tPEER_STAFF\tRecovery Coach", "USER_GROUP\tCLINICAL_STAFF\tClínicos"), read.getRules().stream()
			.map(rule -> rule.getSource() + "\t" + rule.getGroup() + "\t" + rule.getName()).collect(Collectors.toList()));
		assertEquals(1, countRows("PV_ROLE_GROUP_SETTINGS", "site_id = " + SITE));
		assertThrows(NotPermitted.class, () -> roleGroups.updateSettings(lee, SITE, mapping), "CONFIGURE changes them");
		assertThrows(NotPermitted.class, () -> roleGroups.settings(tess, SITE), "VIEW_INSIGHTS reads them");
		assertThrows(InvalidInput.class, () -> roleGroups.updateSettings(admin, SITE, new RoleGroupSettings(List.of(
			new RoleGroupRule(RoleGroupRules.Source.ROLE, "Nurse", RoleGroup.CLINICAL_STAFF),
			new RoleGroupRule(RoleGroupRules.Source.ROLE, "NÚRSE", RoleGroup.PEER_STAFF)))), "the same name twice");
		assertThrows(InvalidInput.class, () -> roleGroups.updateSettings(admin, SITE, new RoleGroupSettings(List.of(
			new RoleGroupRule(RoleGroupRules.Source.ROLE, "Two\nlines", RoleGroup.CLINICAL_STAFF)))));
		assertEquals(stored.getRules().size(), roleGroups.settings(lee, SITE).getRules().size(), "a refused change leaves the rules");

		rulesSeen.clear();
		board.give(gabi, SITE, new RecognitionDraft(List.of(rosa.userKey().orElseThrow()), "Thank you for the group", List.of("hope"),
			Visibility.PRIVATE, false));
		services.recognitionInsights().equity(lee, SITE);
		assertEquals(2, rulesSeen.size(), "the recipient's group and the headcounts");
		for (RoleGroupRules rules : rulesSeen) {
			assertEquals(RoleGroup.PEER_STAFF, rules.groupOf(List.of(), List.of(), "recovery coach"));
			assertEquals(RoleGroup.CLINICAL_STAFF, rules.groupOf(List.of(), List.of("clinicos"), ""));
		}
	}

	private long countRows(String table, String where) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
			ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}


}
