package org.peervoice.it.suggestion;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;
import static org.peervoice.it.suggestion.SuggestionBoxApiIT.suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Permission;
import org.peervoice.it.ApiClient;
import org.peervoice.it.ApiResponse;
import org.peervoice.it.PortalTestCase;
import org.peervoice.it.arquillian.RunningDevPortal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Who may do what, derived rather than written out: each operation of openapi.yaml names who may
 * call it ({@code x-peervoice-permission}), each role's permissions are the core's defaults
 * ({@link PeerVoiceRole}), and from the two follows what every caller must get: guest, staff,
 * champion, leadership, site administrator and a member of another site. This class only says how
 * to exercise each operation ({@link #SCENARIOS}); an operation of the document without a scenario
 * fails. Each cell gets fresh items, so one cell's outcome cannot change another's, and every
 * successful answer is searched for what its caller must not see.
 */
@RunAsClient
class AuthorizationMatrixIT extends PortalTestCase {

	/** The callers of the matrix: a demo user for each role, a guest, and a member of Northside only. */
	enum Caller {
		GUEST(null, null),
		STAFF("alex", PeerVoiceRole.SITE_MEMBER),
		CHAMPION("casey", PeerVoiceRole.PEER_CHAMPION),
		LEADERSHIP("lee", PeerVoiceRole.PEER_VOICE_LEADERSHIP),
		SITE_ADMIN("admin", PeerVoiceRole.SITE_ADMINISTRATOR),
		OTHER_SITE(RunningDevPortal.NORTHSIDE_MEMBER, PeerVoiceRole.SITE_MEMBER);

		final String screenName;
		final Set<Permission> permissions;

		Caller(String screenName, PeerVoiceRole role) {
			this.screenName = screenName;
			this.permissions = role == null ? EnumSet.noneOf(Permission.class) : role.permissions();
		}
	}

	private static final String PERMISSION_EXTENSION = "x-peervoice-permission";
	private static final List<String> OPERATION_KEYS = List.of("get", "put", "post", "delete", "patch");
	/** Property names that would carry who wrote or voted: never in any answer. */
	private static final Set<String> NEVER_RETURNED = Set.of("authorKey", "userKey", "responderKey", "reviewerKey", "actorKey", "voterHash",
		"receiptHash", "receiptLocator", "author_key", "receipt_hash", "voter_hash");
	/** The demo users' keys: an answer that carries one names someone by key. */
	private static final Set<String> USER_KEYS = Set.of("u-1001", "u-1002", "u-1003", "u-1004", "it-northside-member");

	/** How to exercise each operation; who may call it comes from the document. */
	private static final List<Scenario> SCENARIOS = Arrays.asList(
		scenario("getSites", Item.NONE, null).notInASite(),
		scenario("getMe", Item.NONE, null).query("siteId=" + RIVERSIDE),
		scenario("getOpenApi", Item.NONE, null).notInASite(),
		scenario("getOpenApiJson", Item.NONE, null).notInASite(),
		scenario("getSuggestionSettings", Item.NONE, null),
		scenario("putSuggestionSettings", Item.NONE, Item.SETTINGS),
		scenario("getSiteSuggestionsPage", Item.NONE, null),
		scenario("getSiteSuggestionsPage", Item.NONE, null).query("view=done"),
		scenario("getSiteSuggestionsPage", Item.NONE, null).query("view=mine"),
		scenario("getSiteSuggestionsPage", Item.NONE, null).query("view=queue").requires("REVIEW"),
		scenario("postSiteSuggestion", Item.NONE, Item.NEW_SUGGESTION),
		scenario("getSuggestion", Item.PUBLISHED, null),
		scenario("getSuggestion", Item.UNPUBLISHED_BY_ALEX, null).requires("REVIEW or writer").hiddenWhenRefused(),
		scenario("postSuggestionVote", Item.PUBLISHED_BY_ANOTHER, "{}"),
		scenario("deleteSuggestionVote", Item.PUBLISHED_WITH_CALLERS_VOTE, null),
		scenario("postSuggestionResponse", Item.UNPUBLISHED_BY_ALEX, Item.RESPONSE),
		scenario("postSuggestionPublish", Item.UNPUBLISHED_BY_ALEX, "{}"),
		scenario("postSuggestionRedaction", Item.SHARED_ANONYMOUS, Item.REDACTION),
		scenario("getSuggestionMessages", Item.PUBLISHED_BY_ALEX, null),
		scenario("postSuggestionMessage", Item.PUBLISHED_BY_ALEX, Item.MESSAGE),
		scenario("postSuggestionWithdrawal", Item.PUBLISHED_BY_ALEX, "{}"),
		scenario("postReceiptLookup", Item.SHARED_ANONYMOUS, Item.RECEIPT),
		scenario("postReceiptMessage", Item.SHARED_ANONYMOUS, Item.RECEIPT_MESSAGE),
		scenario("postReceiptWithdrawal", Item.ANONYMOUS, Item.RECEIPT),
		scenario("getNotificationsPage", Item.NONE, null).notInASite(),
		scenario("getNotificationUnreadCount", Item.NONE, null).notInASite(),
		scenario("postNotificationsRead", Item.NONE, "{\"ids\": []}").notInASite(),
		scenario("getNotificationPreferences", Item.NONE, null).notInASite(),
		scenario("putNotificationPreferences", Item.NONE, "{\"preferences\": []}").notInASite(),
		// champion directory
		scenario("getChampionDirectoryPage", Item.PUBLISHED_LISTING, null).query("q=casey&locale=es"),
		scenario("getChampionWorksheet", Item.PUBLISHED_LISTING, null),
		scenario("getChampionExportCsv", Item.PUBLISHED_LISTING, null),
		scenario("getChampionReviewQueue", Item.SUBMITTED_LISTING, null),
		scenario("getChampionReviewQueue", Item.NONE, null).query("queue=stale"),
		scenario("getMyChampionListing", Item.OWN_DRAFT, null),
		scenario("putMyChampionListing", Item.NONE, Item.LISTING),
		scenario("deleteMyChampionListing", Item.OWN_DRAFT, null),
		scenario("getMyChampionPrefill", Item.NONE, null),
		scenario("postMyChampionSubmission", Item.OWN_DRAFT, "{}"),
		scenario("postMyChampionConfirmation", Item.OWN_PUBLISHED, "{}"),
		scenario("getChampionListing", Item.PUBLISHED_LISTING, null),
		scenario("postChampionApproval", Item.SUBMITTED_LISTING, "{}"),
		scenario("postChampionChangeRequest", Item.SUBMITTED_LISTING, "{\"message\":\"Please add your office hours.\"}"),
		scenario("postChampionDecline", Item.SUBMITTED_LISTING, "{\"message\":\"\"}"),
		scenario("getChampionSettings", Item.NONE, null),
		scenario("putChampionSettings", Item.NONE, Item.CHAMPION_SETTINGS),
		// people directory
		scenario("getPeople", Item.NONE, null).query("q=a&limit=20").namesMembersByKey(),
		scenario("postPersonLeft", Item.MATRIX_LEAVER, "{}"),
		// recognition board
		scenario("getRecognitionBoard", Item.NONE, null).query("period=MONTH&value=hope"),
		scenario("postRecognition", Item.NONE, Item.NEW_RECOGNITION),
		scenario("getMyRecognitions", Item.NONE, null),
		scenario("getRecognitionReports", Item.NONE, null),
		scenario("getRecognition", Item.BOARD_RECOGNITION, null),
		scenario("approveRecognition", Item.RECOGNITION_OF_CALLER, "{}"),
		scenario("hideRecognition", Item.RECOGNITION_OF_CALLER, "{}"),
		scenario("putRecognitionCommentsOff", Item.RECOGNITION_OF_CALLER, "{\"off\":true}"),
		scenario("putRecognitionCelebration", Item.BOARD_RECOGNITION, null),
		scenario("deleteRecognitionCelebration", Item.BOARD_RECOGNITION, null),
		scenario("postRecognitionComment", Item.BOARD_RECOGNITION, "{\"text\":\"Well deserved!\"}"),
		scenario("reportRecognition", Item.BOARD_RECOGNITION, "{\"reason\":\"Please look\"}"),
		scenario("reportRecognitionComment", Item.BOARD_RECOGNITION_WITH_COMMENT, "{\"reason\":\"Please look\"}"),
		scenario("moderateRecognition", Item.BOARD_RECOGNITION, "{\"reason\":\"Off topic\"}"),
		scenario("moderateRecognitionComment", Item.BOARD_RECOGNITION_WITH_COMMENT, "{\"reason\":\"Off topic\"}"),
		scenario("getRecognitionPreference", Item.NONE, null),
		scenario("putRecognitionPreference", Item.NONE, "{\"askFirst\":false}"),
		scenario("getRecognitionSettings", Item.NONE, null),
		scenario("putRecognitionSettings", Item.NONE, Item.RECOGNITION_SETTINGS),
		scenario("getRecognitionEquity", Item.NONE, null),
		scenario("getRecognitionEquityCsv", Item.NONE, null));

	private final Map<String, Operation> operations = operations();

	@Test
	void everyOperationOfTheContractHasAScenario() {
		TreeSet<String> missing = new TreeSet<>(operations.keySet());
		TreeSet<String> unknown = new TreeSet<>();
		for (Scenario scenario : SCENARIOS) {
			missing.remove(scenario.operationId);
			if (!operations.containsKey(scenario.operationId)) {
				unknown.add(scenario.operationId);
			}
		}
		assertTrue(missing.isEmpty(), "operations of openapi.yaml with no scenario in AuthorizationMatrixIT.SCENARIOS: " + missing);
		assertTrue(unknown.isEmpty(), "scenarios for operations openapi.yaml does not have: " + unknown);
	}

	@Test
	void everyOperationAnswersEachCallerAsItsPermissionSays() {
		List<String> mismatches = new ArrayList<>();
		for (Scenario scenario : SCENARIOS) {
			Operation operation = operations.get(scenario.operationId);
			if (operation == null) {
				continue;
			}
			String requirement = scenario.requirement != null ? scenario.requirement : operation.requirement;
			for (Caller caller : Caller.values()) {
				Map<String, String> item = scenario.item.prepare(this, caller);
				String path = fill(operation.path, item) + (scenario.query == null ? "" : "?" + scenario.query);
				String body = scenario.body == null ? null : fill(scenario.body, item);
				ApiResponse response = client(caller).send(operation.method, path, body, body == null ? null : "application/json");
				int expected = expectedStatus(scenario, operation, requirement, caller);
				String cell = String.format(Locale.ROOT, "%-24s %-6s %-40s as %-10s", scenario.operationId, operation.method, path, caller);
				if (response.status() != expected) {
					mismatches.add(cell + " (" + requirement + ") expected " + expected + ", got " + response.describe());
				}
				else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
					mismatches.add(cell + " not problem details: " + response.describe());
				}
				else if (!operation.describesTheApi && response.status() < 300 && response.contentType().startsWith("application/json")) {
					for (String leak : leaks(response.json(), caller)) {
						if (scenario.namesMembersByKey && (leak.equals("carries userKey") || leak.startsWith("carries the user key"))) {
							continue;
						}
						mismatches.add(cell + " " + leak + ": " + response.describe());
					}
				}
			}
		}
		assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " cells differ from what the contract says:\n" + String.join("\n", mismatches));
	}

	@Test
	void eachDemoUserHoldsItsRolesPermissionsAndSites() {
		Map<Caller, List<Long>> sites = new LinkedHashMap<>();
		sites.put(Caller.STAFF, List.of(RIVERSIDE));
		sites.put(Caller.CHAMPION, List.of(RIVERSIDE));
		sites.put(Caller.LEADERSHIP, List.of(RIVERSIDE, NORTHSIDE));
		sites.put(Caller.SITE_ADMIN, List.of(RIVERSIDE, NORTHSIDE));
		sites.put(Caller.OTHER_SITE, List.of(NORTHSIDE));
		List<String> mismatches = new ArrayList<>();
		sites.forEach((caller, expectedSites) -> {
			long site = expectedSites.get(0);
			JsonNode me = as(caller.screenName).get("/me?siteId=" + site).expect(200);
			TreeSet<String> held = new TreeSet<>();
			me.path("permissions").forEach(permission -> held.add(permission.asText()));
			TreeSet<String> expected = new TreeSet<>();
			caller.permissions.forEach(permission -> expected.add(permission.name()));
			if (!expected.equals(held) || !me.path("signedIn").asBoolean()) {
				mismatches.add(caller + " holds " + held + " in " + site + ", its role gives " + expected);
			}
			List<Long> siteIds = new ArrayList<>();
			as(caller.screenName).get("/sites").expect(200).path("items").forEach(visible -> siteIds.add(visible.path("id").asLong()));
			siteIds.sort(null);
			if (!expectedSites.equals(siteIds)) {
				mismatches.add(caller + " sees sites " + siteIds + ", expected " + expectedSites);
			}
		});
		JsonNode guest = guest().get("/me?siteId=" + RIVERSIDE).expect(200);
		if (guest.path("signedIn").asBoolean() || guest.path("permissions").size() > 0) {
			mismatches.add("a guest is signed in or holds permissions: " + guest);
		}
		assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches));
	}

	/** The status a caller must get, from who may call the operation and who the caller is. */
	private static int expectedStatus(Scenario scenario, Operation operation, String requirement, Caller caller) {
		List<String> alternatives = List.of(requirement.split(" or "));
		if (scenario.inASite && caller == Caller.OTHER_SITE) {
			return 404;
		}
		if (alternatives.contains("anyone")) {
			return operation.success;
		}
		if (caller == Caller.GUEST) {
			return 401;
		}
		boolean permitted = alternatives.contains("signed-in")
			|| (alternatives.contains("writer") && caller == scenario.item.writer())
			|| caller.permissions.stream().anyMatch(permission -> alternatives.contains(permission.name()));
		if (permitted) {
			return operation.success;
		}
		return scenario.hiddenWhenRefused ? 404 : 403;
	}

	/** What an answer must not carry for this caller. */
	private static List<String> leaks(JsonNode answer, Caller caller) {
		List<String> leaks = new ArrayList<>();
		collectLeaks(answer, caller, leaks);
		return leaks;
	}

	private static void collectLeaks(JsonNode node, Caller caller, List<String> leaks) {
		if (node.isArray()) {
			node.forEach(element -> collectLeaks(element, caller, leaks));
			return;
		}
		if (node.isTextual() && USER_KEYS.contains(node.asText())) {
			leaks.add("carries the user key " + node.asText());
		}
		if (!node.isObject()) {
			return;
		}
		Iterator<String> names = node.fieldNames();
		while (names.hasNext()) {
			String name = names.next();
			if (NEVER_RETURNED.contains(name)) {
				leaks.add("carries " + name);
			}
		}
		if (node.has("receipt") && node.has("allowedTransitions")) {
			leaks.add("shows a receipt again");
		}
		if (node.has("allowedTransitions")) {
			if (!caller.permissions.contains(Permission.REVIEW) && node.hasNonNull("review")) {
				leaks.add("shows the review block to a caller without REVIEW");
			}
			if (!caller.permissions.contains(Permission.RESPOND) && node.path("allowedTransitions").size() > 0) {
				leaks.add("offers transitions to a caller without RESPOND");
			}
			if (node.path("anonymous").asBoolean() && node.hasNonNull("author")) {
				leaks.add("names the writer of an anonymous item");
			}
			if (node.path("anonymous").asBoolean() && node.path("mine").asBoolean()) {
				leaks.add("tells a caller that an anonymous item is theirs");
			}
		}
		node.forEach(child -> collectLeaks(child, caller, leaks));
	}

	private ApiClient client(Caller caller) {
		return caller == Caller.GUEST ? guest() : as(caller.screenName);
	}

	private static String fill(String template, Map<String, String> item) {
		String filled = template.replace("{siteId}", String.valueOf(RIVERSIDE));
		for (Map.Entry<String, String> entry : item.entrySet()) {
			filled = filled.replace("{" + entry.getKey() + "}", entry.getValue());
		}
		return filled;
	}

	private String submit(String writer, boolean anonymous, boolean publish) {
		JsonNode created = session(writer).post(suggestions(RIVERSIDE), json("title", unique("Matrix item"), "body", "Created for the authorization matrix.",
			"category", "other", "anonymous", anonymous, "confirmPrivacyWarnings", false)).expect(201);
		if (publish) {
			session("lee").post("/suggestions/" + created.path("id").asText() + "/publish", "{}").expect(200);
		}
		return anonymous ? created.path("id").asText() + " " + created.path("receipt").asText() : created.path("id").asText();
	}

	private int anonymousWriter;
	private Map<String, String> sharedAnonymous;

	private Map<String, String> anonymousItem() {
		String[] writers = { "casey", "lee", "admin" };
		String[] idAndReceipt = submit(writers[anonymousWriter++ % writers.length], true, false).split(" ");
		mixAnonymousWrites();
		Map<String, String> values = Item.ids(idAndReceipt[0]);
		values.put("receipt", idAndReceipt[1]);
		return values;
	}

	// champion directory
	private static final String MY_LISTING = "/sites/" + RIVERSIDE + "/champions/mine";

	/** Gives the caller a fresh listing of their own (a draft, or published by leadership); callers who may not keep one get none. */
	private void freshListing(Caller caller, boolean published) {
		if (!caller.permissions.contains(Permission.MANAGE_OWN_LISTING) || caller == Caller.OTHER_SITE) {
			return;
		}
		session(caller.screenName).delete(MY_LISTING);
		JsonNode listing = session(caller.screenName).put(MY_LISTING, Item.LISTING).expect(200);
		if (published) {
			session(caller.screenName).post(MY_LISTING + "/submit", "{}").expect(200);
			session("lee").post("/sites/" + RIVERSIDE + "/champions/" + listing.path("id").asText() + "/approve", "{}").expect(200);
		}
	}

	/** Casey's listing, fresh, submitted and (when asked) approved. */
	private Map<String, String> caseysListing(boolean published) {
		session("casey").delete(MY_LISTING);
		String id = session("casey").put(MY_LISTING, Item.LISTING).expect(200).path("id").asText();
		session("casey").post(MY_LISTING + "/submit", "{}").expect(200);
		if (published) {
			session("lee").post("/sites/" + RIVERSIDE + "/champions/" + id + "/approve", "{}").expect(200);
		}
		Map<String, String> values = new HashMap<>();
		values.put("listingId", id);
		return values;
	}

	// recognition board: givers who are none of the matrix's callers, taken in turn so that no one reaches the daily limit
	private static final List<String> GIVERS = List.of("maria", "jordan", "kim", "priya", "marcus", "elena", "noah", "grace", "beatriz",
		"ethan", "raj", "monique");
	/** Lucía Torres: recognized on the board by the givers, never one of them nor a caller. */
	private static final String BOARD_RECIPIENT = "u-1022";
	private int nextGiver;
	private boolean dailyLimitRaised;

	/** A fresh recognition on the board, given to {@code recipient}; with a comment by another giver when asked. */
	private Map<String, String> recognition(String recipient, boolean withComment) {
		if (!dailyLimitRaised) {
			session("admin").put("/sites/" + RIVERSIDE + "/recognition-settings", Item.RECOGNITION_SETTINGS).expect(200);
			dailyLimitRaised = true;
		}
		String giver = GIVERS.get(nextGiver++ % GIVERS.size());
		String id = session(giver).post("/sites/" + RIVERSIDE + "/recognitions", json("recipients", List.of(recipient), "message",
			unique("Thank you for the group"), "values", List.of("hope"), "visibility", "BOARD", "confirmed", false)).expect(201).path("id").asText();
		Map<String, String> values = new HashMap<>();
		values.put("recognitionId", id);
		if (withComment) {
			String commenter = GIVERS.get(nextGiver++ % GIVERS.size());
			JsonNode commented = session(commenter).post("/sites/" + RIVERSIDE + "/recognitions/" + id + "/comments",
				json("text", "Agreed!", "confirmed", false)).expect(201);
			values.put("commentId", commented.path("comments").get(0).path("id").asText());
		}
		return values;
	}

	/** The operations of openapi.yaml by operationId, with who may call them and their success status. */
	private static Map<String, Operation> operations() {
		JsonNode document;
		try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/org/peervoice/rest/openapi/openapi.yaml")) {
			document = new ObjectMapper(new YAMLFactory()).readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, Operation> operations = new LinkedHashMap<>();
		document.path("paths").fields().forEachRemaining(path -> {
			for (String key : OPERATION_KEYS) {
				JsonNode operation = path.getValue().get(key);
				if (operation == null) {
					continue;
				}
				int success = 0;
				Iterator<String> statuses = operation.path("responses").fieldNames();
				while (statuses.hasNext() && success == 0) {
					String status = statuses.next();
					success = status.startsWith("2") ? Integer.parseInt(status) : 0;
				}
				boolean meta = false;
				for (JsonNode tag : operation.path("tags")) {
					meta |= "meta".equals(tag.asText());
				}
				operations.put(operation.path("operationId").asText(), new Operation(key.toUpperCase(Locale.ROOT), path.getKey(),
					operation.path(PERMISSION_EXTENSION).asText("anyone"), success, meta));
			}
		});
		return operations;
	}

	/** What a cell needs before its request, as values for the placeholders in path and body. */
	private interface Item {

		Item NONE = (test, caller) -> new HashMap<>();
		Item PUBLISHED = (test, caller) -> ids(test.submit("lee", false, true));
		Item PUBLISHED_BY_ALEX = new WrittenByAlex(true);
		Item UNPUBLISHED_BY_ALEX = new WrittenByAlex(false);
		/** Published and not written by the caller, who may not vote for their own item. */
		Item PUBLISHED_BY_ANOTHER = (test, caller) -> ids(test.submit(caller == Caller.LEADERSHIP ? "alex" : "lee", false, true));
		Item PUBLISHED_WITH_CALLERS_VOTE = (test, caller) -> {
			Map<String, String> values = PUBLISHED_BY_ANOTHER.prepare(test, caller);
			if (caller != Caller.GUEST && caller != Caller.OTHER_SITE) {
				test.session(caller.screenName).post("/suggestions/" + values.get("id") + "/votes", "{}").expect(201);
			}
			return values;
		};
		/** A fresh anonymous item with its receipt, for cells that end it (withdraw). */
		Item ANONYMOUS = (test, caller) -> test.anonymousItem();
		/** One anonymous item shared by the cells that leave it open, to stay under the rate limit. */
		Item SHARED_ANONYMOUS = (test, caller) -> {
			if (test.sharedAnonymous == null) {
				test.sharedAnonymous = test.anonymousItem();
			}
			return new HashMap<>(test.sharedAnonymous);
		};

		// champion directory
		Item OWN_DRAFT = (test, caller) -> {
			test.freshListing(caller, false);
			return new HashMap<>();
		};
		Item OWN_PUBLISHED = (test, caller) -> {
			test.freshListing(caller, true);
			return new HashMap<>();
		};
		Item SUBMITTED_LISTING = (test, caller) -> test.caseysListing(false);
		Item PUBLISHED_LISTING = (test, caller) -> test.caseysListing(true);
		String LISTING = "{\"displayName\":\"Casey Morgan\",\"title\":\"Peer Support Specialist\",\"category\":\"PEER\","
			+ "\"role\":\"Questions about peer roles.\",\"email\":\"casey@example.org\",\"emailAudience\":\"CHAMPIONS_AND_LEADERSHIP\","
			+ "\"phone\":\"+1 202 555 0143\",\"phoneExtension\":\"12\",\"phoneAudience\":\"NOBODY\",\"languages\":[\"English\",\"Español\"]}";
		// people directory: the one demo person the matrix's administrator marks as left (RunningDevPortal.MATRIX_LEAVER)
		Item MATRIX_LEAVER = (test, caller) -> new HashMap<>(Map.of("userKey", RunningDevPortal.MATRIX_LEAVER));
		// recognition board
		/** The demo users' keys (DemoDirectory), which no answer carries. */
		Map<Caller, String> DEMO_KEYS = Map.of(Caller.STAFF, "u-1001", Caller.CHAMPION, "u-1002", Caller.LEADERSHIP, "u-1003",
			Caller.SITE_ADMIN, "u-1004");
		Item BOARD_RECOGNITION = (test, caller) -> test.recognition(BOARD_RECIPIENT, false);
		Item BOARD_RECOGNITION_WITH_COMMENT = (test, caller) -> test.recognition(BOARD_RECIPIENT, true);
		/** Given to the caller, who decides about it as its recipient; a caller outside the site gets one of Lucía's. */
		Item RECOGNITION_OF_CALLER = (test, caller) -> test.recognition(DEMO_KEYS.getOrDefault(caller, BOARD_RECIPIENT), false);
		String NEW_RECOGNITION = "{\"recipients\":[\"u-1022\"],\"message\":\"Thank you for covering the group.\",\"values\":[\"hope\"],"
			+ "\"visibility\":\"BOARD\"}";
		String RECOGNITION_SETTINGS = "{\"values\":[\"recovery-oriented\",\"person-centered\",\"voluntary\",\"relationship-focused\","
			+ "\"trauma-informed\",\"hope\",\"mutuality\",\"lived-experience\",\"self-determination\",\"dignity\",\"non-judgment\"],"
			+ "\"publicByDefault\":true,\"dailyLimit\":50}";
		String CHAMPION_SETTINGS = "{\"approvalRequired\":true,\"reconfirmDays\":180,\"graceDays\":30,\"phoneRegion\":\"US\"}";

		String SETTINGS = "{\"publication\":\"REVIEW_FIRST\",\"categories\":[{\"key\":\"workplace-culture\",\"label\":\"Workplace culture\"},"
			+ "{\"key\":\"peer-role-and-scope\",\"label\":\"Peer role and scope\"},{\"key\":\"supervision-and-training\",\"label\":\"Supervision and training\"},"
			+ "{\"key\":\"services-and-access\",\"label\":\"Services and access\"},{\"key\":\"policies-and-procedures\",\"label\":\"Policies and procedures\"},"
			+ "{\"key\":\"other\",\"label\":\"Other\"}]}";
		String NEW_SUGGESTION = "{\"title\":\"Matrix submission\",\"body\":\"From the authorization matrix.\",\"category\":\"other\",\"anonymous\":false,"
			+ "\"confirmPrivacyWarnings\":false}";
		String RESPONSE = "{\"status\":\"UNDER_REVIEW\",\"message\":\"Looking into it.\"}";
		String REDACTION = "{\"title\":\"Matrix item\",\"body\":\"[redacted]\"}";
		String MESSAGE = "{\"message\":\"A question about this.\"}";
		String RECEIPT = "{\"receipt\":\"{receipt}\"}";
		String RECEIPT_MESSAGE = "{\"receipt\":\"{receipt}\",\"message\":\"An answer.\"}";

		Map<String, String> prepare(AuthorizationMatrixIT test, Caller caller);

		/** The identified writer of the item, who may do what the document grants to "writer". */
		default Caller writer() {
			return null;
		}

		static Map<String, String> ids(String id) {
			Map<String, String> values = new HashMap<>();
			values.put("id", id);
			return values;
		}

	}

	private static final class WrittenByAlex implements Item {

		private final boolean published;

		WrittenByAlex(boolean published) {
			this.published = published;
		}

		@Override
		public Map<String, String> prepare(AuthorizationMatrixIT test, Caller caller) {
			return Item.ids(test.submit(Caller.STAFF.screenName, false, published));
		}

		@Override
		public Caller writer() {
			return Caller.STAFF;
		}

	}

	private static Scenario scenario(String operationId, Item item, String body) {
		return new Scenario(operationId, item, body);
	}

	private static final class Operation {

		final String method;
		final String path;
		final String requirement;
		final int success;
		/** The document itself (tag meta), whose schemas name every property: not searched for leaks. */
		final boolean describesTheApi;

		Operation(String method, String path, String requirement, int success, boolean describesTheApi) {
			this.method = method;
			this.path = path;
			this.requirement = requirement;
			this.success = success;
			this.describesTheApi = describesTheApi;
		}

	}

	private static final class Scenario {

		final String operationId;
		final Item item;
		final String body;
		String query;
		String requirement;
		boolean inASite = true;
		boolean hiddenWhenRefused;
		boolean namesMembersByKey;

		Scenario(String operationId, Item item, String body) {
			this.operationId = operationId;
			this.item = item;
			this.body = body;
		}

		Scenario query(String queryString) {
			this.query = queryString;
			return this;
		}

		/** Stricter than the operation's own requirement, for this use of it (the review queue, an unpublished item). */
		Scenario requires(String stricter) {
			this.requirement = stricter;
			return this;
		}

		/** Refused as unknown (404) rather than forbidden, so that the item's existence is not told. */
		Scenario hiddenWhenRefused() {
			this.hiddenWhenRefused = true;
			return this;
		}

		/** A people picker's answer: names members of the site by their keys, so that requests can name them in turn. */
		Scenario namesMembersByKey() {
			this.namesMembersByKey = true;
			return this;
		}

		/** Not about one site's data: a member of another site is answered like anyone else. */
		Scenario notInASite() {
			this.inASite = false;
			return this;
		}

	}

}
