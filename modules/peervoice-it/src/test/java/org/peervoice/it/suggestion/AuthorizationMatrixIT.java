package org.peervoice.it.suggestion;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;
import static org.peervoice.it.suggestion.SuggestionBoxApiIT.suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Permission;
import org.peervoice.it.ApiClient;
import org.peervoice.it.ApiResponse;
import org.peervoice.it.PortalTestCase;
import org.peervoice.it.arquillian.RunningDevPortal;
import org.peervoice.rest.problem.ProblemTexts;

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

	/** A member of Riverside whom the champion workflow's cells nominate. */
	private static final String MARIA = "u-1006";

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
		scenario("getMyChampionListing", Item.OWN_LISTING_ANY_ROLE, null),
		scenario("putMyChampionListing", Item.NO_OWN_LISTING, Item.LISTING),
		scenario("deleteMyChampionListing", Item.OWN_LISTING_ANY_ROLE, null),
		scenario("getMyChampionPrefill", Item.NONE, null),
		scenario("postMyChampionSubmission", Item.OWN_DRAFT, "{}"),
		scenario("postMyChampionConfirmation", Item.OWN_PUBLISHED, "{}"),
		scenario("getChampionListing", Item.PUBLISHED_LISTING, null),
		scenario("postChampionApproval", Item.SUBMITTED_LISTING, "{}"),
		scenario("postChampionChangeRequest", Item.SUBMITTED_LISTING, "{\"message\":\"Please add your office hours.\"}"),
		scenario("postChampionDecline", Item.SUBMITTED_LISTING, "{\"message\":\"\"}"),
		scenario("getChampionSettings", Item.NONE, null),
		scenario("putChampionSettings", Item.NONE, Item.CHAMPION_SETTINGS),
		// champion workflow
		scenario("getChampionNominations", Item.NONE, null),
		scenario("postChampionNomination", Item.MARIA_NOT_NOMINATED, "{\"nomineeKey\":\"" + MARIA + "\",\"category\":\"STAFF\","
			+ "\"message\":\"From the authorization matrix.\"}"),
		scenario("getMyChampionNominations", Item.NONE, null),
		scenario("postChampionNominationWithdrawal", Item.MARIA_NOMINATED, "{}"),
		scenario("postChampionNominationAcceptance", Item.CALLER_NOMINATED, "{}"),
		scenario("postChampionNominationDecline", Item.CALLER_NOMINATED, "{}"),
		scenario("getChampionExpertise", Item.NONE, null),
		scenario("postChampionExpertiseTerm", Item.NEW_TERM, Item.TERM),
		scenario("postChampionExpertiseTermRemoval", Item.TERM_IN_VOCABULARY, Item.TERM),
		scenario("postChampionExpertisePendingRejection", Item.WAITING_TAG, Item.TERM),
		// people directory
		scenario("getPeople", Item.NONE, null).query("q=a&limit=20").namesMembersByKey(),
		scenario("postPersonLeft", Item.MATRIX_LEAVER, "{}"),
		// town hall
		scenario("getSiteTownHallsPage", Item.NONE, null),
		scenario("getSiteTownHallsPage", Item.NONE, null).query("when=drafts").requires("MANAGE_TOWN_HALLS"),
		scenario("postSiteTownHall", Item.NONE, Item.TOWN_HALL),
		scenario("getTownHall", Item.SCHEDULED_TOWN_HALL, null),
		scenario("getTownHall", Item.DRAFT_TOWN_HALL, null).requires("MANAGE_TOWN_HALLS").hiddenWhenRefused(),
		scenario("putTownHall", Item.FRESH_SCHEDULED_TOWN_HALL, Item.TOWN_HALL_EDIT),
		scenario("postTownHallState", Item.DRAFT_TOWN_HALL, "{\"state\":\"SCHEDULED\"}").hiddenWhenRefused(),
		scenario("getTownHallLive", Item.SCHEDULED_TOWN_HALL, null),
		scenario("getTownHallQuestionsPage", Item.SCHEDULED_TOWN_HALL, null),
		scenario("getTownHallQuestionsPage", Item.SCHEDULED_TOWN_HALL, null).query("state=PENDING").requires("MODERATE"),
		scenario("postTownHallQuestion", Item.SCHEDULED_TOWN_HALL, "{\"text\":\"A matrix question?\"}"),
		scenario("getMyTownHallQuestions", Item.SCHEDULED_TOWN_HALL, null),
		scenario("postTownHallQuestionsApproval", Item.PENDING_QUESTION, "{\"ids\":[\"{questionId}\"]}"),
		scenario("getTownHallPolls", Item.SCHEDULED_TOWN_HALL, null),
		scenario("postTownHallPoll", Item.SCHEDULED_TOWN_HALL, "{\"question\":\"Matrix poll?\",\"options\":[\"Yes\",\"No\"]}"),
		scenario("getTownHallFeedback", Item.ENDED_TOWN_HALL, null),
		scenario("postTownHallFeedback", Item.ENDED_TOWN_HALL, "{\"rating\":3,\"answered\":\"DID_NOT_ASK\"}"),
		scenario("getTownHallFollowUp", Item.SCHEDULED_TOWN_HALL, null),
		scenario("getTownHallExportCsv", Item.SCHEDULED_TOWN_HALL, null),
		scenario("getTownHallExportJson", Item.SCHEDULED_TOWN_HALL, null),
		scenario("getTownHallQuestion", Item.OPEN_QUESTION_BY_ALEX, null),
		scenario("putTownHallQuestion", Item.OPEN_QUESTION_BY_ALEX, "{\"text\":\"An edited matrix question?\"}"),
		scenario("postTownHallQuestionWithdrawal", Item.OPEN_QUESTION_BY_ALEX, "{}"),
		scenario("postTownHallQuestionVote", Item.OPEN_QUESTION_BY_ANOTHER, "{}"),
		scenario("deleteTownHallQuestionVote", Item.OPEN_QUESTION_WITH_CALLERS_VOTE, null),
		scenario("postTownHallQuestionModeration", Item.PENDING_QUESTION, "{\"action\":\"approve\"}"),
		scenario("postTownHallPollState", Item.DRAFT_POLL, "{\"state\":\"OPEN\"}").hiddenWhenRefused(),
		scenario("putTownHallPollResponse", Item.OPEN_POLL, "{\"choices\":[0]}"),
		scenario("postTownHallReceiptLookup", Item.SHARED_ANONYMOUS_QUESTION, Item.RECEIPT),
		scenario("postTownHallReceiptEdit", Item.SHARED_ANONYMOUS_QUESTION, "{\"receipt\":\"{receipt}\",\"text\":\"Edited with the receipt?\"}"),
		scenario("postTownHallReceiptWithdrawal", Item.ANONYMOUS_QUESTION, Item.RECEIPT),
		// recognition board
		scenario("getRecognitionBoard", Item.NONE, null).query("period=MONTH&value=hope"),
		scenario("postRecognition", Item.NONE, Item.NEW_RECOGNITION),
		scenario("getMyRecognitions", Item.NONE, null),
		scenario("getRecognitionReports", Item.NONE, null),
		scenario("getRecognition", Item.BOARD_RECOGNITION, null),
		scenario("approveRecognition", Item.RECOGNITION_OF_CALLER, "{}"),
		scenario("getRecognitionCertificate", Item.RECOGNITION_OF_CALLER, null).query("locale=es"),
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
		scenario("getRecognitionEquityCsv", Item.NONE, null),
		// role groups of the aggregate views (the out-of-the-box rule, so that nothing else changes)
		scenario("getRoleGroupRules", Item.NONE, null),
		scenario("putRoleGroupRules", Item.NONE, "{\"rules\":[{\"source\":\"ROLE\",\"name\":\"Peer Voice Leadership\",\"group\":\"LEADERSHIP\"}]}"),
		// champion directory copies
		scenario("getChampionWorksheetPdf", Item.PUBLISHED_LISTING, null).query("locale=es"),
		scenario("getChampionExportVcards", Item.PUBLISHED_LISTING, null),
		scenario("getChampionVcard", Item.PUBLISHED_LISTING, null),
		scenario("postChampionListSending", Item.NO_RECENT_LIST_SENDING, "{}"));

	private final Map<String, Operation> operations = operations();
	private final Map<String, Boolean> titlesChecked = new HashMap<>();
	private long languageCheckNanos;

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

	/**
	 * Each cell is asked in English or, on a random half of the cells (seeded and printed; {@code
	 * -Dpeervoice.matrix.seed=N} replays a run), with {@code Accept-Language: es}: a refusal's title must then be one of
	 * ProblemTexts_es's texts, and in English one of ProblemTexts's (the same requests, no more of them).
	 */
	@Test
	void everyOperationAnswersEachCallerAsItsPermissionSays() {
		long seed = Long.getLong("peervoice.matrix.seed", System.nanoTime());
		System.out.println("Authorization matrix: seed " + seed + ", Accept-Language: es on a random half of the cells (replay with -Dpeervoice.matrix.seed="
			+ seed + ")");
		Random languages = new Random(seed);
		int spanishCells = 0;
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
				String language = languages.nextBoolean() ? "es" : "en";
				spanishCells += "es".equals(language) ? 1 : 0;
				ApiClient client = "es".equals(language) ? client(caller).withHeader("Accept-Language", "es") : client(caller);
				ApiResponse response = client.send(operation.method, path, body, body == null ? null : "application/json");
				int expected = expectedStatus(scenario, operation, requirement, caller);
				String cell = String.format(Locale.ROOT, "%-24s %-6s %-40s as %-10s in %s", scenario.operationId, operation.method, path, caller,
					language);
				if (response.status() != expected) {
					mismatches.add(cell + " (" + requirement + ") expected " + expected + ", got " + response.describe());
				}
				else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
					mismatches.add(cell + " not problem details: " + response.describe());
				}
				else if (response.status() >= 400 && !titleIn(response.json().path("title").asText(""), language)) {
					mismatches.add(cell + " a title not of ProblemTexts" + ("es".equals(language) ? "_es" : "") + ": " + response.describe());
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
		System.out.println("Authorization matrix: " + spanishCells + " cells in Spanish; their titles checked in " + languageCheckNanos / 1_000_000 + " ms");
		int asked = spanishCells;
		assertTrue(asked > 0, "no cell was asked in Spanish (seed " + seed + ")");
		assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " cells differ from what the contract says (seed " + seed + ", " + asked
			+ " cells in Spanish):\n" + String.join("\n", mismatches));
	}

	/**
	 * Whether a problem's title is one of the texts of that language (and, in Spanish, not an English one left as it was);
	 * each title is matched once (the cells' refusals share a few dozen titles), so the check adds no measurable time.
	 */
	private boolean titleIn(String title, String language) {
		long start = System.nanoTime();
		boolean written = titlesChecked.computeIfAbsent(language + "|" + title, unused -> ProblemTexts.instance().isWrittenIn(title, language)
			&& ("en".equals(language) || !ProblemTexts.instance().isWrittenIn(title, "en")));
		languageCheckNanos += System.nanoTime() - start;
		return written;
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
		if (caller != Caller.GUEST && caller != Caller.OTHER_SITE) {
			session(caller.screenName).delete(MY_LISTING);
		}
		if (!caller.permissions.contains(Permission.MANAGE_OWN_LISTING) || caller == Caller.OTHER_SITE) {
			return;
		}
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

	// champion workflow
	private static final Map<Caller, String> USER_KEY = Map.of(Caller.STAFF, "u-1001", Caller.CHAMPION, "u-1002", Caller.LEADERSHIP, "u-1003",
		Caller.SITE_ADMIN, "u-1004");
	private static final String NOMINATIONS = "/sites/" + RIVERSIDE + "/champion-nominations";
	private static final String EXPERTISE = "/sites/" + RIVERSIDE + "/champion-expertise";

	/** Withdraws the open nomination of the person with this key, if any. */
	private void withdrawNominationOf(String nomineeName) {
		for (JsonNode open : session("lee").get(NOMINATIONS).expect(200).path("items")) {
			if (open.path("nomineeName").asText().equals(nomineeName)) {
				session("lee").post(NOMINATIONS + "/" + open.path("id").asText() + "/withdraw", "{}").expect(204);
			}
		}
	}

	/** A fresh nomination of the caller (without a listing), or of María for callers who cannot answer one. */
	private Map<String, String> nominationOf(Caller caller) {
		String key = USER_KEY.get(caller);
		if (key == null) {
			return nominationOfMaria();
		}
		session(caller.screenName).delete(MY_LISTING);
		String name = as(caller.screenName).get("/me?siteId=" + RIVERSIDE).expect(200).path("name").asText();
		withdrawNominationOf(name);
		Map<String, String> values = new HashMap<>();
		values.put("nominationId", session("lee").post(NOMINATIONS, json("nomineeKey", key, "category", "PEER")).expect(201).path("id").asText());
		return values;
	}

	private Map<String, String> nominationOfMaria() {
		withdrawNominationOf("Mar\u00eda Fern\u00e1ndez");
		Map<String, String> values = new HashMap<>();
		values.put("nominationId", session("lee").post(NOMINATIONS, json("nomineeKey", MARIA, "category", "STAFF")).expect(201).path("id").asText());
		return values;
	}

	private static Map<String, String> term(String term) {
		Map<String, String> values = new HashMap<>();
		values.put("term", term);
		return values;
	}

	/** The matrix leaves the site's vocabulary and nominations as it found them (empty), for the tests that run after it. */
	@AfterEach
	void leaveNoVocabularyOrNomination() {
		JsonNode vocabulary = session("admin").get(EXPERTISE).expect(200);
		for (JsonNode waiting : vocabulary.path("pending")) {
			session("admin").post(EXPERTISE + "/pending/reject", json("term", waiting.path("value").asText())).expect(200);
		}
		for (JsonNode term : vocabulary.path("terms")) {
			session("admin").post(EXPERTISE + "/terms/remove", json("term", term.asText())).expect(200);
		}
		for (JsonNode open : session("lee").get(NOMINATIONS).expect(200).path("items")) {
			session("lee").post(NOMINATIONS + "/" + open.path("id").asText() + "/withdraw", "{}").expect(204);
		}
		session("alex").delete(MY_LISTING);
	}

	// town hall
	private static final String TOWN_HALLS = "/sites/" + RIVERSIDE + "/town-halls";
	private Map<String, String> sharedScheduledTownHall;
	private Map<String, String> sharedEndedTownHall;
	private Map<String, String> sharedAnonymousQuestion;
	private int anonymousAsker;

	/** A new town hall moved on to {@code state} (DRAFT, SCHEDULED or ENDED), with its id and version. */
	private Map<String, String> townHall(String state, boolean preModeration) {
		ApiClient lee = session("lee");
		JsonNode townHall = lee.post(TOWN_HALLS, json("title", unique("Matrix town hall"), "startsAt", "2027-06-01T10:00:00Z",
			"endsAt", "2027-06-01T11:00:00Z", "timeZone", "UTC", "preModeration", preModeration)).expect(201);
		String id = townHall.path("id").asText();
		for (String next : List.of("SCHEDULED", "LIVE", "ENDED")) {
			if (townHall.path("state").asText().equals(state)) {
				break;
			}
			townHall = lee.post("/town-halls/" + id + "/state", json("state", next)).expect(200);
		}
		Map<String, String> values = new HashMap<>();
		values.put("townHallId", id);
		values.put("version", townHall.path("version").asText());
		return values;
	}

	private Map<String, String> scheduledTownHall() {
		if (sharedScheduledTownHall == null) {
			sharedScheduledTownHall = townHall("SCHEDULED", false);
		}
		return new HashMap<>(sharedScheduledTownHall);
	}

	private Map<String, String> question(String asker, boolean anonymous, boolean preModeration) {
		Map<String, String> values = preModeration ? townHall("SCHEDULED", true) : scheduledTownHall();
		JsonNode asked = session(asker).post("/town-halls/" + values.get("townHallId") + "/questions", json("text", unique("Matrix question"),
			"anonymous", anonymous)).expect(201);
		values.put("questionId", asked.path("id").asText());
		if (anonymous) {
			values.put("receipt", asked.path("receipt").asText());
		}
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

	private Map<String, String> anonymousQuestion() {
		String[] askers = { "alex", "casey", "lee", "admin" };
		return question(askers[anonymousAsker++ % askers.length], true, true);
	}

	private Map<String, String> poll(boolean open) {
		Map<String, String> values = scheduledTownHall();
		String id = session("lee").post("/town-halls/" + values.get("townHallId") + "/polls", json("question", unique("Matrix poll"),
			"options", List.of("Yes", "No"))).expect(201).path("id").asText();
		if (open) {
			session("lee").post("/town-hall-polls/" + id + "/state", json("state", "OPEN")).expect(200);
		}
		values.put("pollId", id);
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
		/** The caller has no listing of their own. */
		Item NO_OWN_LISTING = (test, caller) -> {
			test.freshListing(caller, false);
			if (caller != Caller.GUEST && caller != Caller.OTHER_SITE) {
				test.session(caller.screenName).delete(MY_LISTING);
			}
			return new HashMap<>();
		};
		/** A draft of the caller's own: their own making with MANAGE_OWN_LISTING, else an accepted nomination. */
		Item OWN_LISTING_ANY_ROLE = (test, caller) -> {
			test.freshListing(caller, false);
			if (!caller.permissions.contains(Permission.MANAGE_OWN_LISTING) && USER_KEY.containsKey(caller)) {
				String id = test.nominationOf(caller).get("nominationId");
				test.session(caller.screenName).post(NOMINATIONS + "/" + id + "/accept", "{}").expect(200);
			}
			return new HashMap<>();
		};
		Item MARIA_NOT_NOMINATED = (test, caller) -> {
			test.withdrawNominationOf("Mar\u00eda Fern\u00e1ndez");
			return new HashMap<>();
		};
		Item MARIA_NOMINATED = (test, caller) -> test.nominationOfMaria();
		Item CALLER_NOMINATED = (test, caller) -> test.nominationOf(caller);
		Item NEW_TERM = (test, caller) -> term(unique("matrix"));
		Item TERM_IN_VOCABULARY = (test, caller) -> {
			String term = unique("matrix");
			test.session("admin").post(EXPERTISE + "/terms", json("term", term)).expect(200);
			return term(term);
		};
		/** A free tag on Casey's listing, waiting because the vocabulary is not empty. */
		Item WAITING_TAG = (test, caller) -> {
			test.session("admin").post(EXPERTISE + "/terms", json("term", unique("matrix"))).expect(200);
			String tag = unique("waiting");
			test.session("casey").delete(MY_LISTING);
			test.session("casey").put(MY_LISTING, Item.LISTING.replace("}", ",\"expertise\":[\"" + tag + "\"]}")).expect(200);
			return term(tag);
		};
		String TERM = "{\"term\":\"{term}\"}";
		Item PUBLISHED_LISTING = (test, caller) -> test.caseysListing(true);
		/** Casey listed, and the site's list not sent within the hour (the once-an-hour limit is another test's). */
		Item NO_RECENT_LIST_SENDING = (test, caller) -> {
			Map<String, String> values = test.caseysListing(true);
			try (Connection connection = test.portal.database().connect(); Statement statement = connection.createStatement()) {
				statement.executeUpdate("DELETE FROM PV_CHAMPION_LIST_SENDING");
			}
			catch (SQLException failed) {
				throw new IllegalStateException(failed);
			}
			return values;
		};
		String LISTING = "{\"displayName\":\"Casey Morgan\",\"title\":\"Peer Support Specialist\",\"category\":\"PEER\","
			+ "\"role\":\"Questions about peer roles.\",\"email\":\"casey@example.org\",\"emailAudience\":\"CHAMPIONS_AND_LEADERSHIP\","
			+ "\"phone\":\"+1 202 555 0143\",\"phoneExtension\":\"12\",\"phoneAudience\":\"NOBODY\",\"languages\":[\"English\",\"Español\"]}";
		// people directory: the one demo person the matrix's administrator marks as left (RunningDevPortal.MATRIX_LEAVER)
		Item MATRIX_LEAVER = (test, caller) -> new HashMap<>(Map.of("userKey", RunningDevPortal.MATRIX_LEAVER));
		// town hall
		Item DRAFT_TOWN_HALL = (test, caller) -> test.townHall("DRAFT", false);
		Item SCHEDULED_TOWN_HALL = (test, caller) -> test.scheduledTownHall();
		Item FRESH_SCHEDULED_TOWN_HALL = (test, caller) -> test.townHall("SCHEDULED", false);
		/** Shared: each caller gives feedback once. */
		Item ENDED_TOWN_HALL = (test, caller) -> {
			if (test.sharedEndedTownHall == null) {
				test.sharedEndedTownHall = test.townHall("ENDED", false);
			}
			return new HashMap<>(test.sharedEndedTownHall);
		};
		Item PENDING_QUESTION = (test, caller) -> test.question("alex", false, true);
		Item OPEN_QUESTION_BY_ALEX = new AskedByAlex();
		/** Open and not asked by the caller, who may not vote for their own question. */
		Item OPEN_QUESTION_BY_ANOTHER = (test, caller) -> test.question(caller == Caller.STAFF ? "lee" : "alex", false, false);
		Item OPEN_QUESTION_WITH_CALLERS_VOTE = (test, caller) -> {
			Map<String, String> values = OPEN_QUESTION_BY_ANOTHER.prepare(test, caller);
			if (caller != Caller.GUEST && caller != Caller.OTHER_SITE) {
				test.session(caller.screenName).post("/town-hall-questions/" + values.get("questionId") + "/votes", "{}").expect(201);
			}
			return values;
		};
		Item DRAFT_POLL = (test, caller) -> test.poll(false);
		Item OPEN_POLL = (test, caller) -> test.poll(true);
		Item ANONYMOUS_QUESTION = (test, caller) -> test.anonymousQuestion();
		Item SHARED_ANONYMOUS_QUESTION = (test, caller) -> {
			if (test.sharedAnonymousQuestion == null) {
				test.sharedAnonymousQuestion = test.anonymousQuestion();
			}
			return new HashMap<>(test.sharedAnonymousQuestion);
		};
		String TOWN_HALL = "{\"title\":\"Matrix town hall\",\"startsAt\":\"2027-06-01T10:00:00Z\",\"endsAt\":\"2027-06-01T11:00:00Z\","
			+ "\"timeZone\":\"UTC\"}";
		String TOWN_HALL_EDIT = "{\"title\":\"Matrix town hall, edited\",\"startsAt\":\"2027-06-01T10:00:00Z\","
			+ "\"endsAt\":\"2027-06-01T11:00:00Z\",\"timeZone\":\"UTC\",\"version\":{version}}";

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

	private static final class AskedByAlex implements Item {

		@Override
		public Map<String, String> prepare(AuthorizationMatrixIT test, Caller caller) {
			return test.question(Caller.STAFF.screenName, false, false);
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
