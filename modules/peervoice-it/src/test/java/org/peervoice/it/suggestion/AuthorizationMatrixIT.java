package org.peervoice.it.suggestion;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;
import static org.peervoice.it.suggestion.SuggestionBoxApiIT.suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.peervoice.it.ApiClient;
import org.peervoice.it.ApiResponse;
import org.peervoice.it.PortalTestCase;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may do what, as a specification: every endpoint against a guest and each demo user of the
 * Riverside site. alex is staff, casey staff and champion, lee leadership, admin the site
 * administrator (ARCHITECTURE.md, docs/api-contract.md). Each cell gets fresh items, so one
 * cell's outcome cannot change another's.
 */
@RunAsClient
class AuthorizationMatrixIT extends PortalTestCase {

	private static final String[] CALLERS = { "guest", "alex", "casey", "lee", "admin" };

	private static final String SITE = "/sites/" + RIVERSIDE;

	private static final List<Rule> MATRIX = Arrays.asList(
		//                                                                                                guest alex casey lee  admin
		rule("GET", "/sites", Item.NONE, null).expect(                                                    200, 200, 200, 200, 200),
		rule("GET", "/me?siteId=" + RIVERSIDE, Item.NONE, null).expect(                                   200, 200, 200, 200, 200),
		rule("GET", "/openapi.yaml", Item.NONE, null).expect(                                             200, 200, 200, 200, 200),
		rule("GET", SITE + "/suggestion-settings", Item.NONE, null).expect(                               401, 200, 200, 200, 200),
		rule("PUT", SITE + "/suggestion-settings", Item.NONE, Item.SETTINGS).expect(                      401, 403, 403, 403, 200),
		rule("GET", SITE + "/suggestions", Item.NONE, null).expect(                                       401, 200, 200, 200, 200),
		rule("GET", SITE + "/suggestions?view=done", Item.NONE, null).expect(                             401, 200, 200, 200, 200),
		rule("GET", SITE + "/suggestions?view=mine", Item.NONE, null).expect(                             401, 200, 200, 200, 200),
		rule("GET", SITE + "/suggestions?view=queue", Item.NONE, null).expect(                            401, 403, 403, 200, 200),
		rule("GET", "/sites/" + NORTHSIDE + "/suggestions", Item.NONE, null).expect(                      401, 404, 404, 200, 200),
		rule("POST", SITE + "/suggestions", Item.NONE, Item.NEW_SUGGESTION).expect(                       401, 201, 201, 201, 201),
		rule("GET", "/suggestions/{id}", Item.PUBLISHED, null).expect(                                    401, 200, 200, 200, 200),
		rule("GET", "/suggestions/{id}", Item.UNPUBLISHED_BY_ALEX, null).expect(                          401, 200, 404, 200, 200),
		rule("POST", "/suggestions/{id}/votes", Item.PUBLISHED, "{}").expect(                             401, 201, 201, 201, 201),
		rule("DELETE", "/suggestions/{id}/votes", Item.PUBLISHED_WITH_CALLERS_VOTE, null).expect(         401, 204, 204, 204, 204),
		rule("POST", "/suggestions/{id}/responses", Item.UNPUBLISHED_BY_ALEX, Item.RESPONSE).expect(      401, 403, 403, 200, 200),
		rule("POST", "/suggestions/{id}/publish", Item.UNPUBLISHED_BY_ALEX, "{}").expect(                 401, 403, 403, 200, 200),
		rule("POST", "/suggestions/{id}/redact", Item.SHARED_ANONYMOUS, Item.REDACTION).expect(           401, 403, 403, 200, 200),
		rule("GET", "/suggestions/{id}/messages", Item.PUBLISHED_BY_ALEX, null).expect(                   401, 200, 403, 200, 200),
		rule("POST", "/suggestions/{id}/messages", Item.PUBLISHED_BY_ALEX, Item.MESSAGE).expect(          401, 201, 403, 201, 201),
		rule("POST", "/suggestions/{id}/withdraw", Item.PUBLISHED_BY_ALEX, "{}").expect(                  401, 200, 403, 403, 403),
		rule("POST", "/receipts/lookup", Item.SHARED_ANONYMOUS, Item.RECEIPT).expect(                     401, 200, 200, 200, 200),
		rule("POST", "/receipts/messages", Item.SHARED_ANONYMOUS, Item.RECEIPT_MESSAGE).expect(           401, 201, 201, 201, 201),
		rule("POST", "/receipts/withdraw", Item.ANONYMOUS, Item.RECEIPT).expect(                          401, 200, 200, 200, 200));

	@Test
	void everyEndpointAnswersEachCallerAsSpecified() {
		List<String> mismatches = new ArrayList<>();
		for (Rule rule : MATRIX) {
			for (int i = 0; i < CALLERS.length; i++) {
				String caller = CALLERS[i];
				Map<String, String> item = rule.item.prepare(this, caller);
				ApiResponse response = client(caller).send(rule.method, fill(rule.path, item), rule.body == null ? null : fill(rule.body, item),
					rule.body == null ? null : "application/json");
				int expected = rule.expected[i];
				if (response.status() != expected) {
					mismatches.add(String.format("%-6s %-45s as %-5s expected %d, got %s", rule.method, rule.path, caller, expected, response.describe()));
				}
				else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
					mismatches.add("not problem details: " + response.describe());
				}
			}
		}
		assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " cells differ from the specification:\n" + String.join("\n", mismatches));
	}

	@Test
	void eachDemoUserHoldsTheDocumentedPermissionsAndSites() {
		Map<String, String> permissions = new HashMap<>();
		permissions.put("alex", "[RECOGNIZE, SUBMIT, VIEW, VOTE]");
		permissions.put("casey", "[MANAGE_OWN_LISTING, RECOGNIZE, SUBMIT, VIEW, VOTE]");
		permissions.put("lee", "[APPROVE_LISTINGS, MANAGE_TOWN_HALLS, MODERATE, RECOGNIZE, RESPOND, REVIEW, SUBMIT, VIEW, VIEW_INSIGHTS, VOTE]");
		permissions.put("admin", "[APPROVE_LISTINGS, CONFIGURE, MANAGE_OWN_LISTING, MANAGE_TOWN_HALLS, MODERATE, RECOGNIZE, RESPOND, REVIEW, SUBMIT, VIEW, "
			+ "VIEW_INSIGHTS, VOTE]");
		Map<String, String> sites = new HashMap<>();
		sites.put("alex", "[" + RIVERSIDE + "]");
		sites.put("casey", "[" + RIVERSIDE + "]");
		sites.put("lee", "[" + RIVERSIDE + ", " + NORTHSIDE + "]");
		sites.put("admin", "[" + RIVERSIDE + ", " + NORTHSIDE + "]");
		List<String> mismatches = new ArrayList<>();
		for (String user : permissions.keySet()) {
			JsonNode me = as(user).get("/me?siteId=" + RIVERSIDE).expect(200);
			List<String> held = new ArrayList<>();
			me.path("permissions").forEach(permission -> held.add(permission.asText()));
			held.sort(null);
			if (!permissions.get(user).equals(held.toString()) || !me.path("signedIn").asBoolean()) {
				mismatches.add(user + " holds " + held + " in Riverside: " + me);
			}
			List<Long> siteIds = new ArrayList<>();
			as(user).get("/sites").expect(200).path("items").forEach(site -> siteIds.add(site.path("id").asLong()));
			siteIds.sort(null);
			if (!sites.get(user).equals(siteIds.toString())) {
				mismatches.add(user + " sees sites " + siteIds);
			}
		}
		JsonNode guest = guest().get("/me?siteId=" + RIVERSIDE).expect(200);
		if (guest.path("signedIn").asBoolean() || guest.path("permissions").size() > 0) {
			mismatches.add("a guest is signed in or holds permissions: " + guest);
		}
		assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches));
	}

	private ApiClient client(String caller) {
		return "guest".equals(caller) ? guest() : as(caller);
	}

	private static String fill(String template, Map<String, String> item) {
		String filled = template;
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

	/** What a cell needs before its request, as values for the placeholders in path and body. */
	private interface Item {

		Item NONE = (test, caller) -> new HashMap<>();
		Item PUBLISHED = (test, caller) -> ids(test.submit("lee", false, true));
		Item PUBLISHED_BY_ALEX = (test, caller) -> ids(test.submit("alex", false, true));
		Item UNPUBLISHED_BY_ALEX = (test, caller) -> ids(test.submit("alex", false, false));
		Item PUBLISHED_WITH_CALLERS_VOTE = (test, caller) -> {
			Map<String, String> values = PUBLISHED.prepare(test, caller);
			if (!"guest".equals(caller)) {
				test.session(caller).post("/suggestions/" + values.get("id") + "/votes", "{}").expect(201);
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

		Map<String, String> prepare(AuthorizationMatrixIT test, String caller);

		static Map<String, String> ids(String id) {
			Map<String, String> values = new HashMap<>();
			values.put("id", id);
			return values;
		}

	}

	private static Rule rule(String method, String path, Item item, String body) {
		return new Rule(method, path, item, body);
	}

	private static final class Rule {

		final String method;
		final String path;
		final Item item;
		final String body;
		int[] expected;

		Rule(String method, String path, Item item, String body) {
			this.method = method;
			this.path = path;
			this.item = item;
			this.body = body;
		}

		Rule expect(int guest, int alex, int casey, int lee, int admin) {
			expected = new int[] { guest, alex, casey, lee, admin };
			return this;
		}

	}

}
