package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.recognition.EquityCell;
import org.peervoice.core.recognition.EquityRow;
import org.peervoice.core.recognition.EquityView;
import org.peervoice.core.recognition.FeedQuery;
import org.peervoice.core.recognition.RecipientView;
import org.peervoice.core.recognition.RecognitionBoard;
import org.peervoice.core.recognition.RecognitionDraft;
import org.peervoice.core.recognition.RecognitionSettings;
import org.peervoice.core.recognition.RecognitionView;
import org.peervoice.core.recognition.Visibility;

/**
 * Attacks on the recognition board's read paths as the strongest reader the privacy contract names: a hidden recipient's
 * name reaching a third person, and a hidden equity cell ("fewer than 5") given back by two looks at the equity view
 * around a change of the site's values.
 */
class HsqldbRecognitionAttackTest {

	private static final long SITE = SiteMember.SITE;
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);
	private static final List<RoleGroup> GROUPS = List.of(RoleGroup.values());

	private final HsqldbSuggestionBoxTest databases = new HsqldbSuggestionBoxTest();
	private final SiteMember gabi = SiteMember.named("user-gabi-40001", "Gabi Giver", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember sean = SiteMember.named("user-sean-40002", "Sean O'Brien", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember rosa = SiteMember.named("user-rosa-40003", "Rosa Quiñones", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember tess = SiteMember.named("user-tess-40004", "Tess Third", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember hugo = SiteMember.named("user-hugo-40005", "Hugo Onlooker", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember lee = SiteMember.named("user-lee-40006", "Lee Leader", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE);
	private final SiteMember admin = SiteMember.named("user-admin-40007", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SITE);
	private final List<SiteMember> everyone = List.of(gabi, sean, rosa, tess, hugo, lee, admin);

	private DataSource dataSource;
	private PeerVoiceDatabase database;
	private MovableClock clock;
	private PeerVoiceServices services;
	private RecognitionBoard board;

	@BeforeEach
	void open() throws Exception {
		dataSource = databases.createDataSource();
		database = PeerVoiceDatabase.open(dataSource);
		clock = new MovableClock(Instant.parse("2026-11-23T14:37:21.123Z"));
		services = new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock, directory());
		board = services.recognitionBoard();
	}

	@AfterEach
	void close() throws Exception {
		database.close();
		databases.dropDataSource(dataSource);
	}

	private PeopleDirectory directory() {
		return new SitePeople(SITE, everyone, Map.of(RoleGroup.PEER_STAFF, 10, RoleGroup.CLINICAL_STAFF, 8, RoleGroup.OTHER_STAFF, 6,
			RoleGroup.LEADERSHIP, 7), key -> RoleGroup.CLINICAL_STAFF, rules -> { });
	}

	// ---- equity: a hidden cell given back by the difference of two looks around a change of the site's values ----

	/**
	 * October: 20 people recognized, 5 in each role group (every group cell shown, so their sum, 20, is known), one
	 * recognition each with one value: hope 10, dignity 6, mutuality 4 (hidden: fewer than 5 people; dignity hidden with
	 * it, rule 3). Then the site's values change.
	 */
	private void octoberWithOneValueEach() {
		services.recognitionSettings().updateSettings(admin, SITE, new RecognitionSettings(List.of("hope", "dignity", "mutuality"), true, 50));
		clock.advance(Duration.between(clock.instant(), Instant.parse("2026-10-05T09:00:00Z")));
		for (int i = 0; i < 20; i++) {
			clock.advance(Duration.ofMinutes(1));
			String value = i < 10 ? "hope" : i < 16 ? "dignity" : "mutuality";
			board.give(i % 2 == 0 ? gabi : tess, SITE, new RecognitionDraft(List.of("staff-" + GROUPS.get(i % 4) + "-" + i / 4), "Thanks " + i,
				List.of(value), Visibility.PRIVATE, false));
		}
		clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-23T14:37:21.123Z")));
	}

	private static Map<String, EquityCell> october(List<EquityRow> rows) {
		return rows.stream().collect(Collectors.toMap(EquityRow::getName, row -> row.getCells().get(11)));
	}

	/**
	 * What a reader of this view (and of the site's values, which are no secret to leadership) can tell: the groups' sum
	 * is every recognition received in October (each recognition here has one value, so the values add up to it too); a
	 * value the site added after October was used by nobody then. Whatever is left after the shown values must fall on at
	 * least two hidden cells that may hold someone, or the one it falls on is given back.
	 */
	private static void assertNoHiddenValueCellIsGivenBack(EquityView view, List<String> addedAfterOctober, String look) {
		Map<String, EquityCell> groups = october(view.getGroups());
		assertTrue(groups.values().stream().noneMatch(EquityCell::isFewerThanFive), "the attack needs every group shown: " + look);
		long total = groups.values().stream().mapToLong(EquityCell::getReceived).sum();
		Map<String, EquityCell> values = october(view.getValues());
		long shown = values.values().stream().filter(cell -> !cell.isFewerThanFive()).mapToLong(EquityCell::getReceived).sum();
		List<String> unknown = values.entrySet().stream().filter(cell -> cell.getValue().isFewerThanFive())
			.map(Map.Entry::getKey).filter(name -> !addedAfterOctober.contains(name)).collect(Collectors.toList());
		assertTrue(total == shown || unknown.size() >= 2, look + ": the " + (total - shown) + " recognitions the shown values leave fall on "
			+ unknown + " alone, which is then given back (values " + values.entrySet().stream()
				.map(e -> e.getKey() + "=" + (e.getValue().isFewerThanFive() ? "<5" : e.getValue().getReceived())).collect(Collectors.toList()) + ")");
	}

	@Test
	void aValueAddedAfterwardsDoesNotGiveBackAHiddenCell() {
		octoberWithOneValueEach();
		assertNoHiddenValueCellIsGivenBack(services.recognitionInsights().equity(lee, SITE), List.of(), "before");

		// the administrator adds a value: nobody can have used it in October, so its hidden cell is a known zero
		services.recognitionSettings().updateSettings(admin, SITE, new RecognitionSettings(List.of("hope", "dignity", "mutuality", "teamwork"),
			true, 50));
		assertNoHiddenValueCellIsGivenBack(services.recognitionInsights().equity(lee, SITE), List.of("teamwork"), "a value added");
		assertTrue(services.recognitionInsights().csv(lee, SITE).contains("value,mutuality,2026-10,<5"));
	}

	@Test
	void aValueTakenOffTheSitesListDoesNotGiveBackItsHiddenCell() {
		octoberWithOneValueEach();
		// the administrator takes mutuality off the list: without its row, the groups' sum less hope and dignity is its count
		services.recognitionSettings().updateSettings(admin, SITE, new RecognitionSettings(List.of("hope", "dignity"), true, 50));
		EquityView view = services.recognitionInsights().equity(lee, SITE);
		assertNoHiddenValueCellIsGivenBack(view, List.of(), "a value taken off");
		assertTrue(october(view.getValues()).containsKey("mutuality"), "a value used in the 12 months keeps its row: " + october(view.getValues())
			.keySet());
	}

	// ---- a hidden recipient's name in a message that RecipientMentions does not read as naming them ----

	private String everythingHugoSees(String id) {
		StringBuilder seen = new StringBuilder();
		List<FeedQuery> queries = new ArrayList<>(List.of(FeedQuery.everything()));
		for (SiteMember person : everyone) {
			for (FeedQuery.Role role : FeedQuery.Role.values()) {
				queries.add(new FeedQuery(null, person.userKey().orElseThrow(), role, null));
			}
		}
		for (FeedQuery query : queries) {
			board.board(hugo, SITE, query, PageRequest.of(1, 100)).items().forEach(view -> seen.append(text(view)).append('\n'));
		}
		try {
			seen.append(text(board.one(hugo, SITE, id)));
		}
		catch (UnknownItem notShown) {
			seen.append('-');
		}
		return seen.toString();
	}

	private static String text(RecognitionView view) {
		return view.getGiverName() + "|" + view.getRecipients().stream().map(RecipientView::getName).collect(Collectors.toList()) + "|"
			+ view.getMessage();
	}

	/** Folded as a reader reads it: no invisible characters, one apostrophe, no accents, lower case. */
	private static String asRead(String text) {
		return java.text.Normalizer.normalize(text.replaceAll("[\\p{Cf}]", "").replace('\u2019', '\''), java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	@Test
	void aHiddenRecipientNamedWithATypographicApostropheOrInvisibleCharactersIsNamed() {
		Map<String, SiteMember> messages = Map.of(
			// a phone's keyboard types ’ for ', the portal's name has '
			"Gracias a Tess y al Dr. O\u2019Brien por el taller.", sean,
			// a soft hyphen, a zero-width space, a word joiner: the reader sees "Rosa" and "Quiñones"
			"Thanks Tess and Ro\u00ADsa for the workshop.", rosa,
			"Thanks Tess and Quiño\u200Bnes for the workshop.", rosa,
			"Thanks Tess and R\u2060osa for the workshop.", rosa,
			// full-width letters, as some input methods type them
			"Thanks Tess and \uFF32\uFF4F\uFF53\uFF41 for the workshop.", rosa);
		for (Map.Entry<String, SiteMember> message : messages.entrySet()) {
			SiteMember hidden = message.getValue();
			clock.advance(Duration.ofMinutes(2));
			RecognitionView given = board.give(gabi, SITE, new RecognitionDraft(List.of(tess.userKey().orElseThrow(), hidden.userKey().orElseThrow()),
				message.getKey(), List.of("hope"), Visibility.BOARD, true));
			board.approve(tess, SITE, given.getId());
			board.hide(hidden, SITE, given.getId());
			String seen = asRead(everythingHugoSees(given.getId()));
			String[] words = asRead(hidden.actorIn(SITE).displayName()).split(" ");
			for (String word : words) {
				assertFalse(seen.contains(word), "a third person reads " + word + " (hidden recipient) in: " + seen);
			}
		}
	}

	// ---- the board's filters: a filter is a different page from no filter, whatever its text ----

	/**
	 * A value filter spelled "null" (any member can send {@code ?value=null}) finds nothing, and the unfiltered board
	 * read next, by anyone, is still the whole board. Holds on main (every page read); written for a per-node page cache
	 * keyed with {@code Objects.toString(value)}, under which the two would be one key and one member's request would
	 * empty the board for everyone on the node until its next write.
	 */
	@Test
	void aFilterSpelledNullIsNotTheUnfilteredBoard() {
		RecognitionView given = board.give(gabi, SITE, new RecognitionDraft(List.of(tess.userKey().orElseThrow()), "Thanks for the cover shift.",
			List.of("hope"), Visibility.BOARD, false));
		assertTrue(board.board(hugo, SITE, FeedQuery.everything(), PageRequest.of(1, 20)).items().stream()
			.anyMatch(view -> view.getId().equals(given.getId())));
		for (FeedQuery poison : List.of(new FeedQuery("null", null, null, null), new FeedQuery(null, "null", FeedQuery.Role.RECEIVED, null),
			new FeedQuery(null, "null", FeedQuery.Role.GIVEN, null))) {
			assertTrue(board.board(hugo, SITE, poison, PageRequest.of(1, 20)).items().isEmpty(), "nothing has the value or person \"null\"");
			assertFalse(board.board(lee, SITE, FeedQuery.everything(), PageRequest.of(1, 20)).items().isEmpty(),
				"the whole board after a filter spelled \"null\"");
			assertTrue(board.board(hugo, SITE, poison, PageRequest.of(1, 20)).items().isEmpty(), "and the filter after the whole board");
		}
	}

	// ---- a co-recipient's certificate and view ----

	/**
	 * The guide (docs/recognition-board.md, "Your certificate") says a co-recipient who hid the recognition is on no
	 * certificate but theirs, and co-recipients see each other's names only where they let it show. The certificate
	 * prints the message as written, and the co-recipient's view shows it, so a message that names the hidden one names
	 * them there.
	 */
	@Test
	void aCoRecipientsCertificateAndViewLeaveOutAMessageThatNamesARecipientWhoHidIt() throws IOException {
		RecognitionView given = board.give(gabi, SITE, new RecognitionDraft(List.of(tess.userKey().orElseThrow(), rosa.userKey().orElseThrow()),
			"Thanks Tess and Rosa for running the workshop.", List.of("hope"), Visibility.BOARD, false));
		board.hide(rosa, SITE, given.getId());
		for (Locale locale : List.of(Locale.ENGLISH, new Locale("es"))) {
			String printed = certificate(tess, given.getId(), locale);
			assertTrue(printed.contains("Tess"), printed);
			assertFalse(printed.contains("Rosa"), "Tess's certificate names Rosa, who hid it: " + printed);
			assertFalse(printed.contains("workshop"), "nor prints the message: " + printed);
			assertTrue(printed.contains(locale.getLanguage().equals("es") ? "El mensaje no se imprime" : "The message is not printed"), printed);
		}
		RecognitionView tessSees = board.one(tess, SITE, given.getId());
		assertFalse(text(tessSees).contains("Rosa"), "Tess's view names Rosa, who hid it");
		assertTrue(tessSees.isMessageWithheld());
		// the giver wrote it, and Rosa is who it names: both read it as written
		for (SiteMember reader : List.of(gabi, rosa)) {
			RecognitionView seen = board.one(reader, SITE, given.getId());
			assertEquals("Thanks Tess and Rosa for running the workshop.", seen.getMessage());
			assertFalse(seen.isMessageWithheld());
		}
		assertTrue(certificate(rosa, given.getId(), Locale.ENGLISH).contains("workshop"), "Rosa's own certificate keeps it");
		// once Rosa lets it show, Tess reads and prints it
		board.approve(rosa, SITE, given.getId());
		assertEquals("Thanks Tess and Rosa for running the workshop.", board.one(tess, SITE, given.getId()).getMessage());
		assertTrue(certificate(tess, given.getId(), Locale.ENGLISH).contains("workshop"));
	}

	private String certificate(SiteMember reader, String id, Locale locale) throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		board.certificate(reader, SITE, id, locale).writeTo(pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
