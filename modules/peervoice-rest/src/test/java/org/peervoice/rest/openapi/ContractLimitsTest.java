package org.peervoice.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.persistence.Column;
import javax.persistence.Table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceEntities;

/**
 * openapi.yaml is the one contract for shapes and limits. Every length or count limit in it
 * ({@code maxLength}, {@code maxItems}) is listed below with the core constant that enforces it,
 * and wherever the number is repeated (a column of a Flyway migration, the JPA mapping of that
 * column, a limit in the web component) it must be the same number. A limit added to the
 * document without an entry here fails, and so does an entry the document no longer has.
 */
class ContractLimitsTest {

	private static final String TEXT = "org.peervoice.core.kernel.TextLimits";
	private static final String SETTINGS = "org.peervoice.core.suggestion.SuggestionSettings";
	private static final String CHAMPION = "org.peervoice.core.champion.ChampionLimits";
	private static final String CHAMPION_REQUEST = "/components/schemas/ChampionListingRequest/properties/";
	private static final String TOWN_HALL = "org.peervoice.core.townhall.TownHallLimits";
	private static final String TOWN_HALL_CONTENT = "org.peervoice.core.townhall.TownHallContent";
	private static final String RECOGNITION = "org.peervoice.core.recognition.RecognitionLimits";
	private static final String RECOGNITION_SCHEMAS = "/components/schemas/";

	private static final Path MIGRATIONS = Paths.get("../peervoice-persistence/src/main/resources/db/peervoice/migration");
	private static final Path UI = Paths.get("../peervoice-ui/src/main/resources/META-INF/resources");

	/** Where each limit of the document is enforced and repeated, by schema property or parameter. */
	private static final Map<String, Limit> LIMITS = table(
		limit("Category.key", TEXT + "#CATEGORY_KEY").column("PV_SUGGESTION", "category"),
		limit("Category.label", TEXT + "#CATEGORY_LABEL"),
		limit("SuggestionSettings.categories", SETTINGS + "#MAX_CATEGORIES"),
		limit("parameter category", TEXT + "#CATEGORY_KEY"),
		limit("parameter q", TEXT + "#SEARCH_TEXT").ui("SEARCH_MAX"),
		limit("SuggestionRequest.title", TEXT + "#SUGGESTION_TITLE").column("PV_SUGGESTION", "title").ui("TITLE_MAX"),
		limit("SuggestionRequest.body", TEXT + "#SUGGESTION_BODY").column("PV_SUGGESTION", "body").ui("BODY_MAX"),
		limit("RedactionRequest.title", TEXT + "#SUGGESTION_TITLE").column("PV_SUGGESTION", "title").ui("TITLE_MAX"),
		limit("RedactionRequest.body", TEXT + "#SUGGESTION_BODY").column("PV_SUGGESTION", "body").ui("BODY_MAX"),
		limit("ResponseRequest.message", TEXT + "#MESSAGE").column("PV_SUGGESTION_RESPONSE", "message").ui("MESSAGE_MAX"),
		limit("MessageRequest.message", TEXT + "#MESSAGE").column("PV_SUGGESTION_MESSAGE", "message").ui("MESSAGE_MAX"),
		limit("ReceiptMessageRequest.message", TEXT + "#MESSAGE").column("PV_SUGGESTION_MESSAGE", "message")
			.ui("MESSAGE_MAX"),
		limit("MarkReadRequest.ids", "org.peervoice.core.notification.NotificationInbox#MAX_MARKED"),
		// champion directory
		limit("ChampionListingRequest.displayName", CHAMPION + "#DISPLAY_NAME").column("PV_CHAMPION_LISTING", "display_name").ui("CHAMPION_NAME_MAX"),
		limit("ChampionListingRequest.title", CHAMPION + "#TITLE").column("PV_CHAMPION_LISTING", "title").ui("CHAMPION_TITLE_MAX"),
		limit("ChampionListingRequest.role", CHAMPION + "#ROLE").column("PV_CHAMPION_LISTING", "role_text").ui("CHAMPION_ROLE_MAX"),
		limit("ChampionListingRequest.email", CHAMPION + "#EMAIL").column("PV_CHAMPION_LISTING", "email").ui("CHAMPION_EMAIL_MAX"),
		limit("ChampionListingRequest.phone", CHAMPION + "#PHONE").ui("CHAMPION_PHONE_MAX"),
		limit("ChampionListingRequest.phoneExtension", CHAMPION + "#PHONE_EXTENSION").column("PV_CHAMPION_LISTING", "phone_extension")
			.ui("CHAMPION_EXTENSION_MAX"),
		limit("ChampionListingRequest.location", CHAMPION + "#LOCATION").column("PV_CHAMPION_LISTING", "location").ui("CHAMPION_LOCATION_MAX"),
		limit("ChampionListingRequest.officeHours", CHAMPION + "#OFFICE_HOURS").column("PV_CHAMPION_LISTING", "office_hours").ui("CHAMPION_HOURS_MAX"),
		limit("ChampionListingRequest.pronouns", CHAMPION + "#PRONOUNS").column("PV_CHAMPION_LISTING", "pronouns").ui("CHAMPION_PRONOUNS_MAX"),
		limit("ChampionListingRequest.programs", CHAMPION + "#MAX_PROGRAMS"),
		limit(CHAMPION_REQUEST + "programs/items", CHAMPION + "#PROGRAM"),
		limit("ChampionListingRequest.languages", CHAMPION + "#MAX_LANGUAGES"),
		limit(CHAMPION_REQUEST + "languages/items", CHAMPION + "#LANGUAGE"),
		limit("ChampionListingRequest.expertise", CHAMPION + "#MAX_EXPERTISE_TAGS"),
		limit(CHAMPION_REQUEST + "expertise/items", CHAMPION + "#EXPERTISE_TAG"),
		limit("ChampionReviewMessage.message", CHAMPION + "#REVIEW_MESSAGE").column("PV_CHAMPION_LISTING", "review_message")
			.ui("CHAMPION_REVIEW_MESSAGE_MAX"),
		limit("parameter program", CHAMPION + "#FACET_VALUE"),
		limit("parameter language", CHAMPION + "#FACET_VALUE"),
		limit("parameter expertise", CHAMPION + "#FACET_VALUE"),
		limit("parameter letter", CHAMPION + "#LETTER"),
		// champion workflow
		limit("ChampionNominationRequest.message", CHAMPION + "#NOMINATION_MESSAGE").column("PV_CHAMPION_NOMINATION", "message")
			.ui("CHAMPION_NOMINATION_MESSAGE_MAX"),
		limit("ChampionExpertiseTermRequest.term", CHAMPION + "#EXPERTISE_TAG").column("PV_CHAMPION_EXPERTISE_TERM", "term")
			.ui("CHAMPION_TAG_MAX"),
		// people directory
		limit("PersonSummaryList.items", "org.peervoice.core.people.PeopleLimits#SEARCH_LIMIT_MAX"),
		limit("RoleGroupSettings.rules", "org.peervoice.core.people.RoleGroupLimits#MAX_RULES").ui("ROLE_GROUP_RULES_MAX"),
		limit("RoleGroupRule.name", "org.peervoice.core.people.RoleGroupLimits#NAME").ui("ROLE_GROUP_NAME_MAX"),
		// town hall
		limit("TownHallRequest.title", TOWN_HALL + "#TITLE").ui("TOWN_HALL_TITLE_MAX"),
		limit("TownHallRequest.description", TOWN_HALL + "#DESCRIPTION").ui("TOWN_HALL_DESCRIPTION_MAX"),
		limit("TownHallRequest.timeZone", TOWN_HALL + "#TIME_ZONE"),
		limit("TownHallRequest.place", TOWN_HALL + "#PLACE").ui("TOWN_HALL_PLACE_MAX"),
		limit("TownHallRequest.meetingUrl", TOWN_HALL + "#MEETING_URL").ui("TOWN_HALL_MEETING_URL_MAX"),
		limit("TownHallRequest.topics", TOWN_HALL + "#MAX_TOPICS"),
		limit("/components/schemas/TownHallRequest/properties/topics/items", TEXT + "#CATEGORY_KEY"),
		limit("TownHallQuestionRequest.text", TOWN_HALL + "#QUESTION").ui("TOWN_HALL_QUESTION_MAX"),
		limit("TownHallQuestionRequest.topic", TEXT + "#CATEGORY_KEY"),
		limit("TownHallQuestionEdit.text", TOWN_HALL + "#QUESTION").ui("TOWN_HALL_QUESTION_MAX"),
		limit("TownHallReceiptEdit.text", TOWN_HALL + "#QUESTION").ui("TOWN_HALL_QUESTION_MAX"),
		limit("TownHallBulkApproval.ids", TOWN_HALL + "#MAX_BULK_APPROVAL"),
		limit("TownHallModeration.text", TOWN_HALL + "#DISMISSAL_TEXT").ui("TOWN_HALL_DISMISS_TEXT_MAX"),
		limit("TownHallModeration.answer", TOWN_HALL + "#ANSWER").ui("TOWN_HALL_ANSWER_MAX"),
		limit("TownHallPollRequest.question", TOWN_HALL + "#POLL_QUESTION").ui("TOWN_HALL_POLL_QUESTION_MAX"),
		limit("TownHallPollRequest.options", TOWN_HALL + "#MAX_POLL_OPTIONS"),
		limit("/components/schemas/TownHallPollRequest/properties/options/items", TOWN_HALL + "#POLL_OPTION").ui("TOWN_HALL_POLL_OPTION_MAX"),
		limit("TownHallPollAnswer.choices", TOWN_HALL + "#MAX_POLL_OPTIONS"),
		limit("TownHallFeedbackRequest.comment", TOWN_HALL + "#FEEDBACK_COMMENT").ui("TOWN_HALL_FEEDBACK_COMMENT_MAX"),
		// recognition board
		limit("RecognitionRequest.recipients", RECOGNITION + "#MAX_RECIPIENTS"),
		limit(RECOGNITION_SCHEMAS + "RecognitionRequest/properties/recipients/items", RECOGNITION + "#USER_KEY"),
		limit("RecognitionRequest.message", RECOGNITION + "#MESSAGE").column("PV_RECOGNITION", "message"),
		limit("RecognitionRequest.values", RECOGNITION + "#MAX_SITE_VALUES"),
		limit(RECOGNITION_SCHEMAS + "RecognitionRequest/properties/values/items", RECOGNITION + "#VALUE"),
		limit("RecognitionCommentRequest.text", RECOGNITION + "#COMMENT").column("PV_RECOGNITION_COMMENT", "text"),
		limit("RecognitionReason.reason", RECOGNITION + "#REASON").column("PV_RECOGNITION", "moderation_reason")
			.column("PV_RECOGNITION_COMMENT", "moderation_reason").column("PV_RECOGNITION_REPORT", "reason"),
		limit("RecognitionSettings.values", RECOGNITION + "#MAX_SITE_VALUES"),
		limit(RECOGNITION_SCHEMAS + "RecognitionSettings/properties/values/items", RECOGNITION + "#VALUE"),
		limit("parameter value", RECOGNITION + "#VALUE"),
		limit("parameter person", RECOGNITION + "#USER_KEY"));

	/**
	 * Numbers the web component repeats that are no limit of the document (a setting's range, a privacy floor), each
	 * with the core constant it repeats.
	 */
	private static final Map<String, String> UI_NUMBERS = Map.of(
		"TOWN_HALL_POLL_OPTIONS_MIN", TOWN_HALL + "#MIN_POLL_OPTIONS",
		"TOWN_HALL_POLL_OPTIONS_MAX", TOWN_HALL + "#MAX_POLL_OPTIONS",
		"TOWN_HALL_FEEDBACK_DAYS_MAX", TOWN_HALL_CONTENT + "#MAX_FEEDBACK_DAYS",
		"TOWN_HALL_LIVE_MIXING_SECONDS_MIN", TOWN_HALL_CONTENT + "#MIN_LIVE_MIXING_SECONDS",
		"TOWN_HALL_LIVE_MIXING_SECONDS_MAX", TOWN_HALL_CONTENT + "#MAX_LIVE_MIXING_SECONDS",
		"TOWN_HALL_SMALL_GROUP", TOWN_HALL + "#SMALL_GROUP",
		"TOWN_HALL_LIVE_MIN_BATCH_QUESTIONS", TOWN_HALL + "#LIVE_MIN_BATCH_QUESTIONS",
		"TOWN_HALL_LIVE_POLL_MILLISECONDS", TOWN_HALL + "#LIVE_POLL_MILLIS");

	private static final Pattern SCHEMA_PROPERTY = Pattern.compile("/components/schemas/(\\w+)/properties/(\\w+)");

	private final Map<String, Integer> documented = documentedLimits();

	@Test
	void everyLimitOfTheDocumentIsEnforcedByACoreConstant() {
		TreeSet<String> unlisted = new TreeSet<>(documented.keySet());
		unlisted.removeAll(LIMITS.keySet());
		TreeSet<String> stale = new TreeSet<>(LIMITS.keySet());
		stale.removeAll(documented.keySet());

		assertTrue(unlisted.isEmpty(), "limits in openapi.yaml with no entry in ContractLimitsTest.LIMITS: " + unlisted);
		assertTrue(stale.isEmpty(), "ContractLimitsTest.LIMITS lists limits openapi.yaml no longer has: " + stale);
		List<String> differences = new ArrayList<>();
		LIMITS.forEach((name, limit) -> {
			int constant = constant(limit.constant);
			if (constant != documented.get(name)) {
				differences.add(name + ": openapi.yaml says " + documented.get(name) + ", " + limit.constant + " is " + constant);
			}
		});
		assertTrue(differences.isEmpty(), String.join("\n", differences));
	}

	@Test
	void storedColumnsHoldExactlyTheDocumentedLength() {
		Map<String, Integer> migrated = migratedVarcharSizes();
		Map<String, Integer> mapped = mappedColumnLengths();
		List<String> differences = new ArrayList<>();
		LIMITS.forEach((name, limit) -> {
			for (String column : limit.columns) {
				int expected = documented.get(name);
				if (!Integer.valueOf(expected).equals(migrated.get(column))) {
					differences.add(name + " is " + expected + " long, the migrations make " + column + " VARCHAR(" + migrated.get(column) + ")");
				}
				if (!Integer.valueOf(expected).equals(mapped.get(column))) {
					differences.add(name + " is " + expected + " long, the JPA mapping of " + column + " says " + mapped.get(column));
				}
			}
		});
		assertTrue(differences.isEmpty(), String.join("\n", differences));
	}

	@Test
	void theWebComponentCountsToTheDocumentedLength() {
		Map<String, Integer> uiLimits = uiLimits();
		List<String> differences = new ArrayList<>();
		LIMITS.forEach((name, limit) -> {
			if (limit.ui != null && !Integer.valueOf(documented.get(name)).equals(uiLimits.get(limit.ui))) {
				differences.add(name + " is " + documented.get(name) + " long, the web component's " + limit.ui + " is " + uiLimits.get(limit.ui));
			}
		});
		assertTrue(differences.isEmpty(), String.join("\n", differences));
	}

	@Test
	void theWebComponentRepeatsTheCoresOtherNumbersExactly() {
		Map<String, Integer> uiLimits = uiLimits();
		List<String> differences = new ArrayList<>();
		UI_NUMBERS.forEach((ui, constant) -> {
			if (!Integer.valueOf(constant(constant)).equals(uiLimits.get(ui))) {
				differences.add("the web component's " + ui + " is " + uiLimits.get(ui) + ", " + constant + " is " + constant(constant));
			}
		});
		assertTrue(differences.isEmpty(), String.join("\n", differences));
	}

	// The site's categories are stored together in one column, "key=label" joined by line breaks.
	@Test
	void theSettingsColumnHoldsTheMostCategoriesAtTheirLongest() {
		int categories = constant(SETTINGS + "#MAX_CATEGORIES");
		int longest = categories * (constant(TEXT + "#CATEGORY_KEY") + 1 + constant(TEXT + "#CATEGORY_LABEL")) + categories - 1;

		assertTrue(migratedVarcharSizes().get("PV_SUGGESTION_SETTINGS.categories") >= longest);
		assertTrue(mappedColumnLengths().get("PV_SUGGESTION_SETTINGS.categories") >= longest);
	}

	// champion directory: programs, languages and expertise are stored as lines in one column each
	@Test
	void theChampionListColumnsHoldTheMostItemsAtTheirLongest() {
		Map<String, Integer> migrated = migratedVarcharSizes();
		Map<String, Integer> mapped = mappedColumnLengths();
		Map<String, Integer> longest = Map.of(
			"PV_CHAMPION_LISTING.programs", lines(CHAMPION + "#PROGRAM", CHAMPION + "#MAX_PROGRAMS"),
			"PV_CHAMPION_LISTING.languages", lines(CHAMPION + "#LANGUAGE", CHAMPION + "#MAX_LANGUAGES"),
			"PV_CHAMPION_LISTING.expertise", lines(CHAMPION + "#EXPERTISE_TAG", CHAMPION + "#MAX_EXPERTISE_TAGS"));

		longest.forEach((column, length) -> {
			assertEquals(length, migrated.get(column), column);
			assertEquals(length, mapped.get(column), column);
		});
	}

	private static int lines(String itemLength, String maxItems) {
		return constant(maxItems) * (constant(itemLength) + 1) - 1;
	}

	@Test
	void theMigrationParserReadsTheColumnsItChecks() {
		Map<String, Integer> migrated = migratedVarcharSizes();

		assertEquals(36, migrated.get("PV_SUGGESTION.id"));
		assertFalse(migrated.containsKey("PV_SUGGESTION.company_id"), "BIGINT is no VARCHAR");
	}

	private static Map<String, Integer> documentedLimits() {
		Map<String, Integer> limits = new TreeMap<>();
		collectLimits(parse(), "", null, limits);
		assertFalse(limits.isEmpty());
		return limits;
	}

	private static void collectLimits(JsonNode node, String pointer, String parameter, Map<String, Integer> limits) {
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collectLimits(node.get(i), pointer + "/" + i, null, limits);
			}
			return;
		}
		if (!node.isObject()) {
			return;
		}
		for (String keyword : List.of("maxLength", "maxItems")) {
			if (node.has(keyword)) {
				String name = parameter != null ? "parameter " + parameter : schemaProperty(pointer);
				Integer earlier = limits.put(name, node.get(keyword).asInt());
				assertTrue(earlier == null || earlier == node.get(keyword).asInt(), name + " has two different limits");
			}
		}
		String parameterName = node.has("in") && node.has("name") ? node.get("name").asText() : null;
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			boolean parameterSchema = parameterName != null && field.getKey().equals("schema");
			collectLimits(field.getValue(), pointer + "/" + field.getKey(), parameterSchema ? parameterName : null, limits);
		}
	}

	private static String schemaProperty(String pointer) {
		Matcher matcher = SCHEMA_PROPERTY.matcher(pointer);
		return matcher.matches() ? matcher.group(1) + "." + matcher.group(2) : pointer;
	}

	private static int constant(String reference) {
		String[] classAndField = reference.split("#");
		try {
			Field field = Class.forName(classAndField[0]).getDeclaredField(classAndField[1]);
			field.setAccessible(true);
			return field.getInt(null);
		}
		catch (ReflectiveOperationException e) {
			throw new AssertionError("no int constant " + reference + " (ContractLimitsTest.LIMITS)", e);
		}
	}

	/** {@code TABLE.column} → n for every {@code VARCHAR(n)} column, later migrations overriding earlier ones. */
	static Map<String, Integer> migratedVarcharSizes() {
		Pattern createTable = Pattern.compile("CREATE\\s+TABLE\\s+(\\w+)\\s*\\((.*?)\\);", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
		Pattern columnDefinition = Pattern.compile("^\\s*(\\w+)\\s+VARCHAR\\s*\\(\\s*(\\d+)\\s*\\)", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
		Pattern alterColumn = Pattern.compile("ALTER\\s+TABLE\\s+(\\w+)\\s+(?:ALTER|MODIFY)\\s+(?:COLUMN\\s+)?(\\w+)\\s+(?:SET\\s+DATA\\s+TYPE\\s+|TYPE\\s+)?VARCHAR\\s*\\(\\s*(\\d+)\\s*\\)",
			Pattern.CASE_INSENSITIVE);
		Pattern addColumn = Pattern.compile("ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+(?:COLUMN\\s+)?(\\w+)\\s+VARCHAR\\s*\\(\\s*(\\d+)\\s*\\)", Pattern.CASE_INSENSITIVE);
		Map<String, Integer> sizes = new LinkedHashMap<>();
		for (Path migration : migrations()) {
			String sql = read(migration).replaceAll("--[^\\n]*", "");
			Matcher table = createTable.matcher(sql);
			while (table.find()) {
				Matcher column = columnDefinition.matcher(table.group(2));
				while (column.find()) {
					sizes.put(key(table.group(1), column.group(1)), Integer.parseInt(column.group(2)));
				}
			}
			for (Pattern alter : List.of(alterColumn, addColumn)) {
				Matcher change = alter.matcher(sql);
				while (change.find()) {
					sizes.put(key(change.group(1), change.group(2)), Integer.parseInt(change.group(3)));
				}
			}
		}
		return sizes;
	}

	private static List<Path> migrations() {
		assertTrue(Files.isDirectory(MIGRATIONS), "no migrations at " + MIGRATIONS.toAbsolutePath());
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			// V1__, V2__ ... V10__ in version order
			return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
				.sorted((a, b) -> Integer.compare(version(a), version(b)))
				.collect(Collectors.toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int version(Path migration) {
		String name = migration.getFileName().toString();
		return Integer.parseInt(name.substring(1, name.indexOf("__")));
	}

	/** {@code TABLE.column} → the {@code length} of its {@code @Column} in the core's entities. */
	private static Map<String, Integer> mappedColumnLengths() {
		Map<String, Integer> lengths = new LinkedHashMap<>();
		for (Class<?> type : PeerVoiceEntities.classes()) {
			Table table = type.getAnnotation(Table.class);
			if (table == null) {
				continue;
			}
			for (Field field : type.getDeclaredFields()) {
				Column column = field.getAnnotation(Column.class);
				if (column != null) {
					lengths.put(key(table.name(), column.name()), column.length());
				}
			}
		}
		return lengths;
	}

	/** Upper-case constants of the web component's scripts: {@code const TITLE_MAX = 150;} or {@code TITLE_MAX: 150}. */
	private static Map<String, Integer> uiLimits() {
		Pattern constant = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\s*[=:]\\s*(\\d+)\\b");
		Map<String, Integer> limits = new LinkedHashMap<>();
		assertTrue(Files.isDirectory(UI), "no web component at " + UI.toAbsolutePath());
		try (Stream<Path> files = Files.walk(UI)) {
			for (Path script : files.filter(file -> file.toString().endsWith(".js") && !file.toString().contains("vendor")).collect(Collectors.toList())) {
				Matcher matcher = constant.matcher(read(script));
				while (matcher.find()) {
					Integer earlier = limits.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
					assertTrue(earlier == null || earlier == Integer.parseInt(matcher.group(2)), matcher.group(1) + " has two values in the web component");
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return limits;
	}

	private static String key(String table, String column) {
		return table.toUpperCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static JsonNode parse() {
		try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.YAML_RESOURCE)) {
			assertNotNull(in);
			return new ObjectMapper(new YAMLFactory()).readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, Limit> table(Limit... limits) {
		Map<String, Limit> table = new LinkedHashMap<>();
		for (Limit limit : limits) {
			assertTrue(table.put(limit.name, limit) == null, "listed twice: " + limit.name);
		}
		return table;
	}

	private static Limit limit(String name, String constant) {
		return new Limit(name, constant);
	}

	private static final class Limit {

		final String name;
		final String constant;
		final List<String> columns = new ArrayList<>();
		String ui;

		Limit(String name, String constant) {
			this.name = name;
			this.constant = constant;
		}

		Limit column(String table, String column) {
			columns.add(key(table, column));
			return this;
		}

		Limit ui(String uiConstant) {
			this.ui = uiConstant;
			return this;
		}

	}

}
