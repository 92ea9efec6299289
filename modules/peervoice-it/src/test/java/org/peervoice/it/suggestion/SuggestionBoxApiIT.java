package org.peervoice.it.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.peervoice.it.ApiClient;
import org.peervoice.it.ApiResponse;
import org.peervoice.it.DatabaseDump;
import org.peervoice.it.arquillian.RunningDevPortal;
import org.peervoice.it.PortalTestCase;
import org.peervoice.it.arquillian.CanaryUser;

import com.fasterxml.jackson.databind.JsonNode;

/** The suggestion box through its REST API, end to end, on the real host and database. */
@RunAsClient
class SuggestionBoxApiIT extends PortalTestCase {

	@Test
	void identifiedSuggestionShowsItsWriterAndHasNoReceipt() {
		String title = unique("More quiet rooms for documentation");
		ApiResponse created = as("alex").post(suggestions(RIVERSIDE), suggestion(title, false));
		JsonNode suggestion = created.expect(201);

		assertTrue(created.header("Location").isPresent(), "Location header");
		assertEquals(title, suggestion.path("title").asText());
		assertEquals("Alex Rivera", suggestion.path("author").path("name").asText());
		assertFalse(suggestion.path("anonymous").asBoolean());
		assertEquals("SUBMITTED", suggestion.path("status").asText());
		assertFalse(suggestion.path("published").asBoolean(), "REVIEW_FIRST is the default");
		assertTrue(suggestion.path("mine").asBoolean());
		assertTrue(suggestion.path("receipt").isMissingNode() || suggestion.path("receipt").isNull(), "no receipt for identified items");
		assertEquals(RIVERSIDE, suggestion.path("siteId").asLong());

		String id = suggestion.path("id").asText();
		as("alex").get("/suggestions/" + id).expect(200);
		as("lee").get("/suggestions/" + id).expect(200);
		as("casey").get("/suggestions/" + id).expectProblem(404, "unknown-item");
	}

	@Test
	void anonymousSuggestionGivesAReceiptOnceAndNamesNobody() {
		String title = unique("Rotate the weekend on-call fairly");
		JsonNode created = as("casey").post(suggestions(RIVERSIDE), suggestion(title, true)).expect(201);

		String receipt = created.path("receipt").asText();
		assertTrue(receipt.length() >= 20, "receipt of at least 128 bits: " + receipt);
		assertTrue(created.path("author").isNull() || created.path("author").isMissingNode());
		assertTrue(created.path("anonymous").asBoolean());
		assertTrue(created.path("createdAt").asText().endsWith("T00:00:00Z"), "anonymous time is truncated to the day: " + created.path("createdAt"));
		assertFalse(created.path("mine").asBoolean(), "an anonymous item is nobody's");

		as("lee").get("/suggestions/" + created.path("id").asText()).expectProblem(404, "unknown-item");
		JsonNode pending = as("casey").post("/receipts/lookup", json("receipt", receipt)).expect(200);
		assertTrue(pending.path("deliveredWithinMinutes").asInt() >= 1, "the writer is told when reviewers will see it: " + pending);
		mixAnonymousWrites();
		assertTrue(as("casey").post("/receipts/lookup", json("receipt", receipt)).expect(200).path("deliveredWithinMinutes").isNull());
		JsonNode seenByReviewer = as("lee").get("/suggestions/" + created.path("id").asText()).expect(200);
		assertTrue(seenByReviewer.path("receipt").isMissingNode() || seenByReviewer.path("receipt").isNull(), "the receipt is shown once");
		assertTrue(seenByReviewer.path("author").isNull() || seenByReviewer.path("author").isMissingNode());
	}

	@Test
	void privacyScreeningAsksForConfirmationAndStoresNothingUntilThen() throws Exception {
		long rowsBefore = DatabaseDump.totalRows(portal.database());
		String body = "Please email me at jordan.example@clinic-mail.org or call 555-867-5309 about the roster.";
		ApiResponse warned = as("alex").post(suggestions(RIVERSIDE), json("title", unique("Roster changes"), "body", body, "category", "policies-and-procedures",
			"anonymous", true, "confirmPrivacyWarnings", false));
		JsonNode problem = warned.expectProblem(422, "privacy-warnings");
		List<String> codes = new ArrayList<>();
		problem.path("warnings").forEach(warning -> codes.add(warning.path("code").asText()));
		assertTrue(codes.contains("email"), "email warning: " + codes);
		assertTrue(codes.contains("phone"), "phone warning: " + codes);
		assertEquals(rowsBefore, DatabaseDump.totalRows(portal.database()), "nothing stored on 422");

		JsonNode confirmed = as("alex").post(suggestions(RIVERSIDE), json("title", unique("Roster changes"), "body", body, "category", "policies-and-procedures",
			"anonymous", true, "confirmPrivacyWarnings", true)).expect(201);
		assertNotNull(confirmed.path("receipt").asText(null));
	}

	@Test
	void anonymousFloodsAreRateLimitedWithoutStoringTheExtra() throws Exception {
		CanaryUser flooder = portal.floodingUser();
		ApiClient client = guest().as(flooder.screenName(), flooder.password());
		ApiResponse response;
		int accepted = 0;
		do {
			response = client.post(suggestions(RIVERSIDE), suggestion(unique("Flood"), true));
			if (response.status() == 201) {
				accepted++;
			}
		}
		while (response.status() == 201 && accepted <= 50);
		response.expectProblem(429, "too-many-requests");
		assertTrue(accepted >= 3, "a few anonymous suggestions an hour are fine: " + accepted);
		long rows = DatabaseDump.totalRows(portal.database());
		client.post(suggestions(RIVERSIDE), suggestion(unique("Flood"), true)).expectProblem(429, "too-many-requests");
		assertEquals(rows, DatabaseDump.totalRows(portal.database()), "nothing stored when rate limited");
		client.post(suggestions(RIVERSIDE), suggestion(unique("Named, so not limited"), false)).expect(201);
	}

	@Test
	void receiptGuessesAreRefusedToGuestsAlikeThenFloodLimitedAndNeverLogged() {
		int logMark = portal.log().mark();
		String receipt = as("alex").post(suggestions(RIVERSIDE), suggestion(unique("Receipt probes"), true)).expect(201).path("receipt").asText();
		String random = "PV-" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT);

		ApiResponse guestWithReal = guest().post("/receipts/lookup", json("receipt", receipt));
		ApiResponse guestWithRandom = guest().post("/receipts/lookup", json("receipt", random));
		guestWithReal.expectProblem(401, "not-signed-in");
		assertEquals(guestWithReal.body(), guestWithRandom.body());
		assertEquals(guestWithReal.status(), guestWithRandom.status());
		assertEquals(guestWithReal.contentType(), guestWithRandom.contentType());

		CanaryUser guesser = portal.floodingUser();
		ApiClient client = guest().as(guesser.screenName(), guesser.password());
		List<String> guesses = new ArrayList<>();
		ApiResponse response = null;
		for (int i = 0; i < 60 && (response == null || response.status() != 429); i++) {
			String guess = "PV-" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
			guesses.add(guess);
			response = client.post("/receipts/lookup", json("receipt", guess));
		}
		response.expectProblem(429, "too-many-requests");
		long retryAfter = Long.parseLong(response.header("Retry-After").orElse("0"));
		assertTrue(retryAfter >= 1 && retryAfter <= 600, "Retry-After " + retryAfter);
		as("alex").post("/receipts/lookup", json("receipt", receipt)).expect(200);

		List<String> lines = portal.log().linesSince(logMark);
		List<String> secrets = new ArrayList<>(guesses);
		secrets.add(receipt);
		secrets.add(random);
		for (String secret : secrets) {
			String compact = secret.replace("-", "");
			for (String line : lines) {
				String text = line.toUpperCase(Locale.ROOT).replace("-", "");
				assertFalse(text.contains(compact.substring(2)), "a log line carries a receipt: " + line);
			}
		}
	}

	@Test
	void anonymousWriterFollowsUpWithTheReceiptOnly() {
		JsonNode created = as("alex").post(suggestions(RIVERSIDE), suggestion(unique("Shorter team huddles"), true)).expect(201);
		String id = created.path("id").asText();
		String receipt = created.path("receipt").asText();
		mixAnonymousWrites();

		JsonNode question = as("lee").post("/suggestions/" + id + "/messages", json("message", "Which huddles do you mean?")).expect(201);
		assertEquals("REVIEWER", question.path("from").asText());

		JsonNode lookup = as("alex").post("/receipts/lookup", json("receipt", receipt)).expect(200);
		assertEquals(id, lookup.path("suggestion").path("id").asText());
		assertEquals("Which huddles do you mean?", lookup.path("thread").path(0).path("message").asText());

		JsonNode answer = as("alex").post("/receipts/messages", json("receipt", receipt, "message", "The Monday ones.")).expect(201);
		assertEquals("WRITER", answer.path("from").asText());
		assertTrue(answer.path("author").isNull() || answer.path("author").isMissingNode(), "anonymous writer has no name");
		assertTrue(answer.path("createdAt").asText().endsWith("T00:00:00Z"), "writer message time truncated: " + answer.path("createdAt"));

		assertEquals(1, as("lee").get("/suggestions/" + id + "/messages").expect(200).path("items").size(), "the reply reaches reviewers once mixed");
		mixAnonymousWrites();
		JsonNode thread = as("lee").get("/suggestions/" + id + "/messages").expect(200);
		assertEquals(2, thread.path("items").size(), thread::toString);
		assertEquals("The Monday ones.", thread.path("items").path(1).path("message").asText(), "the thread reads as written: " + thread);

		// of a receipt's form but not this one: unknown; not of a receipt's form at all: said so, with its code
		String wrongSecret = receipt.substring(0, receipt.length() - 1) + (receipt.endsWith("A") ? "B" : "A");
		as("casey").post("/receipts/lookup", json("receipt", wrongSecret)).expectProblem(404, "unknown-item");
		as("casey").post("/receipts/lookup", json("receipt", receipt + "X")).expectProblem(400, "invalid-input");
		assertEquals("not-a-receipt", as("casey").post("/receipts/lookup", json("receipt", "PV-NOT-A-RECEIPT")).expectProblem(400, "invalid-input")
			.path("errorCodes").path("receipt").asText());

		JsonNode withdrawn = as("alex").post("/receipts/withdraw", json("receipt", receipt)).expect(200);
		assertEquals("WITHDRAWN", withdrawn.path("status").asText());
		as("alex").post("/receipts/withdraw", json("receipt", receipt)).expectProblem(409, "conflict");
		as("lee").post("/suggestions/" + id + "/responses", json("status", "PLANNED", "message", "Too late")).expectProblem(404, "unknown-item");
		mixAnonymousWrites();
		as("lee").post("/suggestions/" + id + "/responses", json("status", "PLANNED", "message", "Too late")).expectProblem(409, "conflict");
	}

	@Test
	void reviewerRespondsThroughTheWorkflowAndEveryStepIsRecorded() {
		String id = submit("alex", RIVERSIDE, unique("Peer supervision every two weeks"), false);
		ApiClient lee = as("lee");

		JsonNode underReview = lee.post(responses(id), json("status", "UNDER_REVIEW", "message", "We are looking at this.")).expect(200);
		assertEquals("UNDER_REVIEW", underReview.path("status").asText());
		assertTrue(underReview.path("published").asBoolean(), "a public response publishes the item");
		lee.post(responses(id), json("status", "PLANNED", "message", "Planned for next quarter.")).expect(200);
		lee.post(responses(id), json("status", "UNDER_REVIEW", "message", "Going back")).expectProblem(409, "conflict");
		lee.post(responses(id), json("status", "IN_PROGRESS", "message", "Started.")).expect(200);
		lee.post(responses(id), json("status", "DONE")).expectProblem(400, "invalid-input");
		lee.post(responses(id), json("status", "DONE", "message", "")).expectProblem(400, "invalid-input");
		JsonNode done = lee.post(responses(id), json("status", "DONE", "message", "Supervision is now every two weeks.")).expect(200);

		assertEquals("DONE", done.path("status").asText());
		assertEquals(4, done.path("responses").size(), done::toString);
		assertEquals("Lee Park", done.path("responses").path(3).path("responder").path("name").asText());
		JsonNode transitions = done.path("review").path("transitions");
		assertEquals(4, transitions.size(), done::toString);
		assertEquals("SUBMITTED", transitions.path(0).path("from").asText());
		assertEquals("Lee Park", transitions.path(3).path("by").path("name").asText());
		assertTrue(done.path("allowedTransitions").isEmpty(), "DONE is final");

		lee.post(responses(id), json("status", "DECLINED", "message", "No")).expectProblem(409, "conflict");
		JsonNode seenByWriter = as("alex").get("/suggestions/" + id).expect(200);
		assertTrue(seenByWriter.path("review").isMissingNode() || seenByWriter.path("review").isNull(), "review details only for REVIEW");
		assertTrue(seenByWriter.path("allowedTransitions").isEmpty(), "transitions only for RESPOND");
	}

	@Test
	void declineNeedsAMessageAndMayHappenFromSubmitted() {
		String id = submit("casey", RIVERSIDE, unique("Free parking for evening shifts"), false);
		as("lee").post(responses(id), json("status", "DECLINED")).expectProblem(400, "invalid-input");
		JsonNode declined = as("lee").post(responses(id), json("status", "DECLINED", "message", "The lot belongs to the city.")).expect(200);
		assertEquals("DECLINED", declined.path("status").asText());
	}

	@Test
	void oneVotePerPersonRetractableAndCountedByTheDatabase() {
		String id = submit("lee", RIVERSIDE, unique("Monthly peer lunch"), false);
		as("lee").post("/suggestions/" + id + "/publish", "{}").expect(200);

		JsonNode first = as("alex").post(votes(id), "{}").expect(201);
		assertEquals(1, first.path("voteCount").asInt());
		assertTrue(first.path("votedByMe").asBoolean());
		as("alex").post(votes(id), "{}").expectProblem(409, "conflict");
		assertEquals(2, as("casey").post(votes(id), "{}").expect(201).path("voteCount").asInt());

		JsonNode seenByAlex = as("alex").get("/suggestions/" + id).expect(200);
		assertEquals(2, seenByAlex.path("voteCount").asInt());
		assertTrue(seenByAlex.path("votedByMe").asBoolean());

		as("alex").delete(votes(id)).expect(204);
		as("alex").delete(votes(id)).expectProblem(404, "unknown-item");
		JsonNode afterRetract = as("alex").get("/suggestions/" + id).expect(200);
		assertEquals(1, afterRetract.path("voteCount").asInt());
		assertFalse(afterRetract.path("votedByMe").asBoolean());
	}

	@Test
	void simultaneousVotesByOnePersonCountOnce() throws Exception {
		String id = submit("lee", RIVERSIDE, unique("Simultaneous votes"), false);
		as("lee").post("/suggestions/" + id + "/publish", "{}").expect(200);
		ApiClient casey = session("casey");
		ExecutorService voters = Executors.newFixedThreadPool(8);
		try {
			List<Future<ApiResponse>> votes = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				votes.add(voters.submit(() -> casey.post(votes(id), "{}")));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<ApiResponse> vote : votes) {
				statuses.add(vote.get(60, TimeUnit.SECONDS).status());
			}
			assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses::toString);
			assertTrue(statuses.stream().allMatch(status -> status == 201 || status == 409), statuses::toString);
		}
		finally {
			voters.shutdownNow();
		}
		assertEquals(1, as("casey").get("/suggestions/" + id).expect(200).path("voteCount").asInt());
	}

	@Test
	void votesOnlyOnPublishedOpenItems() {
		String id = submit("lee", RIVERSIDE, unique("Label the supply cupboard"), false);
		as("admin").post(votes(id), "{}").expectProblem(409, "conflict");
		as("lee").post(responses(id), json("status", "DECLINED", "message", "Already labelled.")).expect(200);
		as("admin").post(votes(id), "{}").expectProblem(409, "conflict");
	}

	@Test
	void aNamedWriterCannotVoteForTheirOwnSuggestion() {
		String id = submit("lee", RIVERSIDE, unique("Own vote"), false);
		as("lee").post("/suggestions/" + id + "/publish", "{}").expect(200);

		as("lee").post(votes(id), "{}").expectProblem(409, "conflict");
		assertEquals(0, as("lee").get("/suggestions/" + id).expect(200).path("voteCount").asInt());
	}

	@Test
	void boardFiltersSortsAndPages() {
		String marker = unique("Board");
		String first = submit("lee", NORTHSIDE, marker + " first", false, "services-and-access");
		String second = submit("lee", NORTHSIDE, marker + " second", false, "services-and-access");
		String third = submit("lee", NORTHSIDE, marker + " third", false, "services-and-access");
		String otherCategory = submit("lee", NORTHSIDE, marker + " other", false, "other");
		for (String id : List.of(first, second, third, otherCategory)) {
			as("lee").post("/suggestions/" + id + "/publish", "{}").expect(200);
		}
		as(RunningDevPortal.NORTHSIDE_MEMBER).post(votes(first), "{}").expect(201);
		as("admin").post(votes(first), "{}").expect(201);
		as("admin").post(votes(second), "{}").expect(201);
		as("lee").post(responses(third), json("status", "PLANNED", "message", "Yes.")).expect(200);
		mixAnonymousWrites();

		String filter = suggestions(NORTHSIDE) + "?category=services-and-access&pageSize=100";
		JsonNode votesPage = as("admin").get(filter + "&sort=votes").expect(200);
		assertEquals(List.of(first, second, third), ownIds(votesPage, marker), () -> "by votes (first 2, second 1, third 0): " + votesPage);
		JsonNode newestPage = as("admin").get(filter + "&sort=newest").expect(200);
		assertEquals(3, ownIds(newestPage, marker).size(), newestPage::toString);
		Instant previous = Instant.MAX;
		for (JsonNode item : newestPage.path("items")) {
			Instant createdAt = Instant.parse(item.path("createdAt").asText());
			assertFalse(createdAt.isAfter(previous), () -> "newest first: " + newestPage);
			previous = createdAt;
		}
		List<String> planned = ownIds(as("admin").get(filter + "&status=PLANNED").expect(200), marker);
		assertEquals(List.of(third), planned);

		JsonNode page = as("admin").get(suggestions(NORTHSIDE) + "?pageSize=1&page=2").expect(200);
		assertEquals(1, page.path("items").size());
		assertEquals(2, page.path("page").asInt());
		assertEquals(1, page.path("pageSize").asInt());
		assertTrue(page.path("totalCount").asInt() >= 4);
		assertEquals(page.path("totalCount").asInt(), page.path("lastPage").asInt());
	}

	@Test
	void reviewFirstHidesNewItemsFromTheBoardAndImmediateShowsThem() {
		String hidden = submit("alex", RIVERSIDE, unique("Hidden until reviewed"), false);
		assertFalse(boardIds(RIVERSIDE, "casey").contains(hidden));

		ApiClient admin = as("admin");
		JsonNode settings = admin.get(settings(NORTHSIDE)).expect(200);
		assertEquals("REVIEW_FIRST", settings.path("publication").asText());
		try {
			JsonNode immediate = admin.put(settings(NORTHSIDE), json("publication", "IMMEDIATE", "categories", settings.path("categories"))).expect(200);
			assertEquals("IMMEDIATE", immediate.path("publication").asText());
			String shown = submit("lee", NORTHSIDE, unique("Visible at once"), false);
			assertTrue(boardIds(NORTHSIDE, "admin").contains(shown));
		}
		finally {
			admin.put(settings(NORTHSIDE), json("publication", "REVIEW_FIRST", "categories", settings.path("categories"))).expect(200);
		}
		String reviewedFirst = submit("lee", NORTHSIDE, unique("Hidden again"), false);
		assertFalse(boardIds(NORTHSIDE, "admin").contains(reviewedFirst));
	}

	@Test
	void youSaidWeDidListsOnlyDoneItemsWithTheirResponses() {
		String done = submit("casey", RIVERSIDE, unique("Water cooler on the second floor"), false);
		String planned = submit("casey", RIVERSIDE, unique("Standing desks"), false);
		as("lee").post(responses(done), json("status", "DONE", "message", "Installed on Monday.")).expect(200);
		as("lee").post(responses(planned), json("status", "PLANNED", "message", "Ordering them.")).expect(200);

		JsonNode page = as("alex").get(suggestions(RIVERSIDE) + "?view=done&pageSize=100").expect(200);
		List<String> ids = idsOf(page);
		assertTrue(ids.contains(done));
		assertFalse(ids.contains(planned));
		page.path("items").forEach(item -> {
			assertEquals("DONE", item.path("status").asText());
			assertFalse(item.path("responses").isEmpty(), "each with its response");
		});
	}

	@Test
	void mineListsOnlyTheCallersIdentifiedSuggestions() {
		String identified = submit("casey", RIVERSIDE, unique("Casey's named idea"), false);
		String anonymous = submit("casey", RIVERSIDE, unique("Casey's unnamed idea"), true);
		List<String> caseys = idsOf(as("casey").get(suggestions(RIVERSIDE) + "?view=mine&pageSize=100").expect(200));
		assertTrue(caseys.contains(identified));
		assertFalse(caseys.contains(anonymous), "anonymous items are nobody's");
		assertFalse(idsOf(as("alex").get(suggestions(RIVERSIDE) + "?view=mine&pageSize=100").expect(200)).contains(identified));
	}

	@Test
	void queueShowsUnpublishedItemsWithAgeAndFirstResponse() {
		String id = submit("alex", RIVERSIDE, unique("Queue item"), false);
		JsonNode item = findIn(as("lee").get(suggestions(RIVERSIDE) + "?view=queue&pageSize=100&sort=newest").expect(200), id);
		assertNotNull(item, "the queue holds unpublished items");
		assertEquals(0, item.path("review").path("ageDays").asInt());
		assertTrue(item.path("review").path("firstResponseAt").isNull());

		as("lee").post(responses(id), json("status", "UNDER_REVIEW", "message", "Reading it.")).expect(200);
		JsonNode answered = as("lee").get("/suggestions/" + id).expect(200);
		assertFalse(answered.path("review").path("firstResponseAt").isNull(), answered::toString);
		assertTrue(answered.path("review").path("hoursToFirstResponse").isNumber(), answered::toString);
		assertEquals(0, answered.path("review").path("daysToFirstResponse").asInt(-1), answered::toString);

		String anonymous = submit("alex", RIVERSIDE, unique("Anonymous queue item"), true);
		mixAnonymousWrites();
		as("lee").post(responses(anonymous), json("status", "UNDER_REVIEW", "message", "Reading it.")).expect(200);
		JsonNode anonymousAnswered = as("lee").get("/suggestions/" + anonymous).expect(200);
		assertTrue(anonymousAnswered.path("review").path("hoursToFirstResponse").isNull(),
			"an anonymous item's creation hour is not kept, so no hours can be given: " + anonymousAnswered);
		assertEquals(0, anonymousAnswered.path("review").path("daysToFirstResponse").asInt(-1), anonymousAnswered::toString);

		as("alex").get(suggestions(RIVERSIDE) + "?view=queue").expectProblem(403, "not-permitted");
	}

	@Test
	void redactionReplacesTheTextKeepsNoOriginalAndIsAudited() throws Exception {
		String secret = "Zebulon" + randomLetters(10);
		JsonNode created = as("alex").post(suggestions(RIVERSIDE), json("title", unique("Night shift handover"), "body",
			"My supervisor " + secret + " skips the handover.", "category", "supervision-and-training", "anonymous", true, "confirmPrivacyWarnings", true))
			.expect(201);
		String id = created.path("id").asText();
		mixAnonymousWrites();

		JsonNode redacted = as("lee").post("/suggestions/" + id + "/redact", json("title", "Night shift handover", "body", "My supervisor [redacted] skips the handover."))
			.expect(200);
		assertTrue(redacted.path("redacted").asBoolean());
		assertEquals("My supervisor [redacted] skips the handover.", redacted.path("body").asText());

		String database = String.join("\n", DatabaseDump.rows(portal.database()));
		assertFalse(database.contains(secret), "the original text is not kept");
		assertTrue(database.contains("u-1003") || database.contains("Lee Park"), "the redaction is audited under the reviewer");

		String identified = submit("alex", RIVERSIDE, unique("Named item"), false);
		int status = as("lee").post("/suggestions/" + identified + "/redact", json("title", "x", "body", "y")).status();
		assertTrue(status == 409 || status == 400, "only anonymous items are redacted: " + status);
		as("alex").post("/suggestions/" + id + "/redact", json("title", "x", "body", "y")).expectProblem(403, "not-permitted");
	}

	@Test
	void identifiedWriterMayWithdrawAndTalkToReviewers() {
		String id = submit("casey", RIVERSIDE, unique("Casey's thread"), false);
		as("lee").post("/suggestions/" + id + "/messages", json("message", "Can you say more?")).expect(201);
		JsonNode reply = as("casey").post("/suggestions/" + id + "/messages", json("message", "Sure.")).expect(201);
		assertEquals("WRITER", reply.path("from").asText());
		assertEquals(2, as("casey").get("/suggestions/" + id + "/messages").expect(200).path("items").size());
		as("alex").get("/suggestions/" + id + "/messages").expectProblem(404, null);
		JsonNode withdrawn = as("casey").post("/suggestions/" + id + "/withdraw", "{}").expect(200);
		assertEquals("WITHDRAWN", withdrawn.path("status").asText());
	}

	// -- the vocabulary of these tests

	static String suggestions(long siteId) {
		return "/sites/" + siteId + "/suggestions";
	}

	static String settings(long siteId) {
		return "/sites/" + siteId + "/suggestion-settings";
	}

	static String responses(String id) {
		return "/suggestions/" + id + "/responses";
	}

	static String votes(String id) {
		return "/suggestions/" + id + "/votes";
	}

	static Object suggestion(String title, boolean anonymous) {
		return json("title", title, "body", "Details about: " + title, "category", "workplace-culture", "anonymous", anonymous, "confirmPrivacyWarnings", false);
	}

	String submit(String user, long siteId, String title, boolean anonymous) {
		return as(user).post(suggestions(siteId), suggestion(title, anonymous)).expect(201).path("id").asText();
	}

	String submit(String user, long siteId, String title, boolean anonymous, String category) {
		return as(user).post(suggestions(siteId), json("title", title, "body", "Details about: " + title, "category", category, "anonymous", anonymous,
			"confirmPrivacyWarnings", false)).expect(201).path("id").asText();
	}

	List<String> boardIds(long siteId, String user) {
		return idsOf(as(user).get(suggestions(siteId) + "?pageSize=100&sort=newest").expect(200));
	}

	static List<String> idsOf(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("items").forEach(item -> ids.add(item.path("id").asText()));
		return ids;
	}

	static List<String> ownIds(JsonNode page, String marker) {
		List<String> ids = new ArrayList<>();
		page.path("items").forEach(item -> {
			if (item.path("title").asText().startsWith(marker)) {
				ids.add(item.path("id").asText());
			}
		});
		return ids;
	}

	static JsonNode findIn(JsonNode page, String id) {
		for (JsonNode item : page.path("items")) {
			if (id.equals(item.path("id").asText())) {
				return item;
			}
		}
		return null;
	}

}
