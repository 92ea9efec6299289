package org.peervoice.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.peervoice.it.ApiClient.json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.peervoice.it.ApiClient;
import org.peervoice.it.ApiResponse;
import org.peervoice.it.DatabaseDump;
import org.peervoice.it.Fingerprints;
import org.peervoice.it.PortalTestCase;
import org.peervoice.it.SignedInSession;
import org.peervoice.it.arquillian.CanaryUser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The identity canary of docs/privacy.md: a user with unique, greppable values (user key, screen name,
 * name, IP address via X-Forwarded-For, user agent, session id) posts anonymously, answers
 * through the receipt and votes. Afterwards no trace of those values, their lowercase forms or
 * their SHA-256/MD5 hex may be in any PeerVoice table, in any log line written meanwhile, or in
 * anything a reviewer with every permission can read through the API, notifications included. A second canary does the
 * same without anonymity, and there the same search must find it: the search can fail.
 */
@RunAsClient
class IdentityCanaryIT extends PortalTestCase {

	private static final String LOG_PROBE = "identity canary: reading the log from here";

	@Test
	void anonymousItemsLeaveNoTraceOfTheirWriter() throws Exception {
		CanaryUser canary = portal.anonymousCanary();
		int logMark = portal.log().mark();
		Logger.getLogger("org.peervoice.it").info(LOG_PROBE);
		Set<String> values = new LinkedHashSet<>(canary.identifyingValues());
		ApiClient writer = canaryClient(canary);

		JsonNode first = writer.post(suggestions(), suggestion("A safer way to raise concerns", true)).expect(201);
		String firstId = first.path("id").asText();
		String firstReceipt = first.path("receipt").asText();
		mixAnonymousWrites();
		as("lee").post("/suggestions/" + firstId + "/messages", json("message", "Could you tell us which team?")).expect(201);
		writer.post("/receipts/lookup", json("receipt", firstReceipt)).expect(200);
		writer.post("/receipts/messages", json("receipt", firstReceipt, "message", "The evening team.")).expect(201);
		as("lee").post("/suggestions/" + firstId + "/responses", json("status", "UNDER_REVIEW", "message", "Thank you, we are on it.")).expect(200);
		writer.post("/suggestions/" + firstId + "/votes", "{}").expect(201);

		String others = submitPublished("lee", "Longer lunch breaks on training days");
		writer.post("/suggestions/" + others + "/votes", "{}").expect(201);
		writer.delete("/suggestions/" + others + "/votes").expect(204);
		writer.post("/suggestions/" + others + "/votes", "{}").expect(201);

		JsonNode second = writer.post(suggestions(), suggestion("Clearer roles between peer staff and case managers", true)).expect(201);
		writer.post("/receipts/withdraw", json("receipt", second.path("receipt").asText())).expect(200);

		SignedInSession session = SignedInSession.signIn(baseUri(), canary.screenName());
		values.add(session.sessionId());
		ApiClient browser = session.apiWithToken().withHeader("X-Forwarded-For", canary.ipAddress()).withHeader("User-Agent", canary.userAgent());
		JsonNode third = browser.post(suggestions(), suggestion("Quiet room for breaks after hard calls", true)).expect(201);
		browser.post("/receipts/messages", json("receipt", third.path("receipt").asText(), "message", "Added from my browser.")).expect(201);

		askPollAndGiveFeedbackInATownHall(writer);

		mixAnonymousWrites();
		// the reviewers' digest now counts the canary's items and reply (docs/notifications.md): searched with the rest
		deliverNotifications();
		Set<String> fingerprints = Fingerprints.of(new ArrayList<>(values));
		List<String> rows = DatabaseDump.rows(portal.database());
		assertTrue(rows.stream().anyMatch(row -> row.toUpperCase(Locale.ROOT).contains("\"PV_NOTIFICATION\"") && row.contains("REVIEW_DIGEST")),
			"the notification tables hold the reviewers' digests, or searching them proves nothing");
		assertNoTrace("the database", rows, fingerprints);
		List<String> logLines = portal.log().linesSince(logMark);
		assertTrue(logLines.stream().anyMatch(line -> line.contains(LOG_PROBE)), "the log capture works");
		assertNoTrace("the log", logLines, fingerprints);
		assertNoTrace("the API as admin", everythingAReviewerCanRead(), fingerprints);
	}

	@Test
	void identifiedItemsAreFoundByTheSameSearch() throws Exception {
		CanaryUser canary = portal.identifiedCanary();
		int logMark = portal.log().mark();
		// A control for the log search: a line that carries the canary's address must be found by it.
		Logger.getLogger("org.peervoice.it").info("identity canary control: request from " + canary.ipAddress());
		ApiClient writer = canaryClient(canary);
		JsonNode item = writer.post(suggestions(), suggestion("Shadowing days for new peer staff", false)).expect(201);
		String id = item.path("id").asText();
		as("lee").post("/suggestions/" + id + "/messages", json("message", "Who would you shadow?")).expect(201);
		writer.post("/suggestions/" + id + "/messages", json("message", "A senior peer specialist.")).expect(201);
		as("lee").post("/suggestions/" + id + "/publish", "{}").expect(200);
		writer.post("/suggestions/" + id + "/votes", "{}").expectProblem(409, "conflict");

		Set<String> fingerprints = Fingerprints.of(canary.identifyingValues());
		assertTrue(tracesIn(portal.log().linesSince(logMark), fingerprints).stream().anyMatch(line -> line.contains("identity canary control")),
			"a log line planted with the canary's address must be found, or the log search proves nothing");
		assertTrue(tracesIn(DatabaseDump.rows(portal.database()), fingerprints).size() > 0,
			"with anonymity off the canary's identity must be found in the database, or the search proves nothing");
		List<String> inApi = tracesIn(everythingAReviewerCanRead(), fingerprints);
		assertTrue(inApi.stream().anyMatch(line -> line.contains(canary.displayName().toLowerCase(Locale.ROOT))),
			"with anonymity off the canary's name must be found in the API: " + inApi);
	}

	@Test
	void canariesAreDemoUsersOfRiverside() {
		for (CanaryUser canary : List.of(portal.anonymousCanary(), portal.identifiedCanary())) {
			ApiResponse me = canaryClient(canary).get("/me?siteId=" + RIVERSIDE);
			if (me.status() != 200 || !me.json().path("signedIn").asBoolean()) {
				fail("The dev portal must accept the canary user " + canary.screenName() + " (DevPortalSettings.extraUser(userKey, screenName, "
					+ "displayName, siteIds, role)); got " + me.describe());
			}
			assertEquals(canary.displayName(), me.json().path("name").asText());
		}
	}

	// town hall: an anonymous question followed, edited and withdrawn with its receipt, an upvote, a poll answer, feedback
	private void askPollAndGiveFeedbackInATownHall(ApiClient writer) {
		ApiClient lee = session("lee");
		String townHall = lee.post("/sites/" + RIVERSIDE + "/town-halls", json("title", "Canary town hall", "startsAt", "2027-05-04T15:00:00Z",
			"endsAt", "2027-05-04T16:00:00Z", "timeZone", "America/Chicago", "preModeration", false)).expect(201).path("id").asText();
		lee.post("/town-halls/" + townHall + "/state", json("state", "SCHEDULED")).expect(200);
		lee.post("/town-halls/" + townHall + "/state", json("state", "LIVE")).expect(200);
		String leesQuestion = lee.post("/town-halls/" + townHall + "/questions", json("text", "What should we cover next time?")).expect(201)
			.path("id").asText();
		JsonNode asked = writer.post("/town-halls/" + townHall + "/questions", json("text", "Why did the night shift lose its break room?",
			"anonymous", true, "confirmPrivacyWarnings", true)).expect(201);
		String receipt = asked.path("receipt").asText();
		writer.post("/town-hall-receipts/edit", json("receipt", receipt, "text", "Why did the night shift lose its quiet break room?",
			"confirmPrivacyWarnings", true)).expect(200);
		writer.post("/town-hall-receipts/lookup", json("receipt", receipt)).expect(200);
		JsonNode second = writer.post("/town-halls/" + townHall + "/questions", json("text", "Could agendas come a week ahead?",
			"anonymous", true, "confirmPrivacyWarnings", true)).expect(201);
		writer.post("/town-hall-receipts/withdraw", json("receipt", second.path("receipt").asText())).expect(200);
		writer.post("/town-hall-questions/" + leesQuestion + "/votes", "{}").expect(201);
		String poll = lee.post("/town-halls/" + townHall + "/polls", json("question", "Was this useful?", "options", List.of("Yes", "No")))
			.expect(201).path("id").asText();
		lee.post("/town-hall-polls/" + poll + "/state", json("state", "OPEN")).expect(200);
		writer.put("/town-hall-polls/" + poll + "/response", json("choices", List.of(1))).expect(200);
		writer.put("/town-hall-polls/" + poll + "/response", json("choices", List.of(0))).expect(200);
		mixAnonymousWrites();
		lee.post("/town-halls/" + townHall + "/state", json("state", "ENDED")).expect(200);
		writer.post("/town-halls/" + townHall + "/feedback", json("rating", 4, "answered", "PARTLY", "comment", "Good to be heard.",
			"confirmPrivacyWarnings", true)).expect(201);
	}

	private ApiClient canaryClient(CanaryUser canary) {
		return guest().as(canary.screenName(), canary.password()).withHeader("X-Forwarded-For", canary.ipAddress()).withHeader("User-Agent",
			canary.userAgent());
	}

	private static String suggestions() {
		return "/sites/" + RIVERSIDE + "/suggestions";
	}

	private static Object suggestion(String title, boolean anonymous) {
		return json("title", title, "body", "Written for the identity canary: " + title + ".", "category", "workplace-culture", "anonymous", anonymous,
			"confirmPrivacyWarnings", true);
	}

	private String submitPublished(String user, String title) {
		String id = as(user).post(suggestions(), suggestion(title, false)).expect(201).path("id").asText();
		as("lee").post("/suggestions/" + id + "/publish", "{}").expect(200);
		return id;
	}

	/** Every list, item and thread a full-permission reviewer can read, in both sites. */
	private List<String> everythingAReviewerCanRead() {
		ApiClient admin = session("admin");
		List<String> texts = new ArrayList<>();
		texts.add(admin.get("/sites").expect(200).toString());
		for (String reviewer : new String[] { "admin", "lee" }) {
			int page = 1;
			int lastPage;
			do {
				JsonNode notifications = session(reviewer).get("/notifications?pageSize=100&page=" + page).expect(200);
				texts.add(notifications.toString());
				lastPage = notifications.path("lastPage").asInt(1);
				page++;
			}
			while (page <= lastPage);
		}
		for (long site : new long[] { RIVERSIDE, NORTHSIDE }) {
			for (String when : new String[] { "upcoming", "live", "past", "drafts" }) {
				for (JsonNode townHall : admin.get("/sites/" + site + "/town-halls?pageSize=100&when=" + when).expect(200).path("items")) {
					String id = townHall.path("id").asText();
					texts.add(townHall.toString());
					texts.add(admin.get("/town-halls/" + id + "/export.json").expect(200).toString());
					texts.add(admin.get("/town-halls/" + id + "/export.csv").body());
					texts.add(admin.get("/town-halls/" + id + "/live").expect(200).toString());
					for (String state : new String[] { "PENDING", "WITHDRAWN", "ANSWERED", "OPEN" }) {
						texts.add(admin.get("/town-halls/" + id + "/questions?pageSize=100&state=" + state).expect(200).toString());
					}
				}
			}
			texts.add(admin.get("/me?siteId=" + site).expect(200).toString());
			texts.add(admin.get("/sites/" + site + "/suggestion-settings").expect(200).toString());
			for (String view : new String[] { "board", "done", "mine", "queue" }) {
				int page = 1;
				int lastPage;
				do {
					JsonNode list = admin.get("/sites/" + site + "/suggestions?view=" + view + "&pageSize=100&page=" + page).expect(200);
					texts.add(list.toString());
					if ("queue".equals(view)) {
						for (JsonNode item : list.path("items")) {
							String id = item.path("id").asText();
							texts.add(admin.get("/suggestions/" + id).expect(200).toString());
							texts.add(admin.get("/suggestions/" + id + "/messages").expect(200).toString());
						}
					}
					lastPage = list.path("lastPage").asInt(1);
					page++;
				}
				while (page <= lastPage);
			}
		}
		return texts;
	}

	private static void assertNoTrace(String where, List<String> lines, Set<String> fingerprints) {
		assertFalse(lines.isEmpty(), where + " was read");
		List<String> traces = tracesIn(lines, fingerprints);
		assertTrue(traces.isEmpty(), () -> "an anonymous writer is traceable through " + where + ":\n" + String.join("\n", traces));
	}

	/** The lines (lowercased) that contain any of the fingerprints, each with the one it contains. */
	private static List<String> tracesIn(List<String> lines, Set<String> fingerprints) {
		List<String> traces = new ArrayList<>();
		for (String line : lines) {
			String lower = line.toLowerCase(Locale.ROOT);
			for (String fingerprint : fingerprints) {
				if (lower.contains(fingerprint.toLowerCase(Locale.ROOT))) {
					traces.add("[" + fingerprint + "] " + lower);
				}
			}
		}
		return traces;
	}

}
