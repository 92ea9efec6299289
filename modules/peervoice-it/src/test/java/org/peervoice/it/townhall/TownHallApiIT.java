package org.peervoice.it.townhall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.peervoice.it.ApiClient;
import org.peervoice.it.ApiResponse;
import org.peervoice.it.PortalTestCase;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A town hall through its REST API on the real host and database: what only HTTP shows (Location, ETag and 304, problem
 * types, the CSV) along the lifecycle; the services' whole lifecycle runs per database in the persistence module.
 */
@RunAsClient
public class TownHallApiIT extends PortalTestCase {

	public static String townHalls() {
		return "/sites/" + RIVERSIDE + "/town-halls";
	}

	/** A new town hall, published (questions open), without pre-moderation unless asked. */
	public static String scheduledTownHall(ApiClient lee, boolean preModeration) {
		String id = lee.post(townHalls(), json("title", "Town hall " + randomLetters(6), "startsAt", "2027-06-01T10:00:00-05:00",
			"endsAt", "2027-06-01T11:00:00-05:00", "timeZone", "America/Chicago", "meetingUrl", "https://meet.example.org/th",
			"topics", List.of("workplace-culture"), "preModeration", preModeration)).expect(201).path("id").asText();
		lee.post("/town-halls/" + id + "/state", json("state", "SCHEDULED")).expect(200);
		return id;
	}

	@Test
	void publishingWithTheVersionReadRefusesATownHallChangedMeanwhile() {
		ApiClient lee = session("lee");
		JsonNode draft = lee.post(townHalls(), json("title", "Town hall " + randomLetters(6), "startsAt", "2027-06-01T10:00:00-05:00",
			"endsAt", "2027-06-01T11:00:00-05:00", "timeZone", "America/Chicago", "topics", List.of("workplace-culture"))).expect(201);
		String id = draft.path("id").asText();
		long read = draft.path("version").asLong();
		JsonNode edited = lee.put("/town-halls/" + id, json("title", "Changed meanwhile " + randomLetters(4), "startsAt", "2027-06-01T10:00:00-05:00",
			"endsAt", "2027-06-01T11:00:00-05:00", "timeZone", "America/Chicago", "topics", List.of("workplace-culture"), "version", read)).expect(200);

		lee.post("/town-halls/" + id + "/state", json("state", "SCHEDULED", "version", read)).expectProblem(409, "conflict");
		assertEquals("DRAFT", lee.get("/town-halls/" + id).expect(200).path("state").asText(), "a refused publish moves nothing");
		assertEquals("SCHEDULED", lee.post("/town-halls/" + id + "/state", json("state", "SCHEDULED", "version", edited.path("version").asLong()))
			.expect(200).path("state").asText());
	}

	@Test
	void aLiveViewAnswersNotModifiedUntilSomethingChangesAndEveryStepIsProblemDetails() {
		ApiClient lee = session("lee");
		ApiClient alex = session("alex");
		ApiResponse created = lee.post(townHalls(), json("title", "Quarterly town hall", "startsAt", "2027-06-01T10:00:00-05:00",
			"endsAt", "2027-06-01T09:00:00-05:00", "timeZone", "Mars/Olympus"));
		JsonNode problem = created.expectProblem(400, "invalid-input");
		assertTrue(problem.path("errors").has("endsAt") && problem.path("errors").has("timeZone"), problem.toString());

		String townHall = scheduledTownHall(lee, false);
		alex.post("/town-halls/" + townHall + "/questions", json("text", "Which topic?", "topic", "not-a-topic")).expectProblem(400, "invalid-input");
		ApiResponse asked = alex.post("/town-halls/" + townHall + "/questions", json("text", "Can the agenda come a week ahead?",
			"topic", "workplace-culture"));
		String question = asked.expect(201).path("id").asText();
		assertTrue(asked.header("Location").orElse("").endsWith("/town-hall-questions/" + question));
		alex.post("/town-hall-questions/" + question + "/votes", "{}").expectProblem(409, "conflict");

		String live = "/town-halls/" + townHall + "/live";
		ApiResponse first = alex.get(live);
		first.expect(200);
		String etag = first.header("ETag").orElseThrow();
		ApiResponse unchanged = alex.withHeader("If-None-Match", etag).get(live);
		assertEquals(304, unchanged.status(), unchanged.describe());
		session("casey").post("/town-hall-questions/" + question + "/votes", "{}").expect(201);
		ApiResponse changed = alex.withHeader("If-None-Match", etag).get(live);
		assertEquals(1, changed.expect(200).path("questions").get(0).path("voteCount").asLong());
		assertFalse(etag.equals(changed.header("ETag").orElseThrow()));

		String second = session("casey").post("/town-halls/" + townHall + "/questions", json("text", "Could we have a quiet room?",
			"topic", "workplace-culture")).expect(201).path("id").asText();
		lee.post("/town-hall-questions/" + question + "/moderation", json("action", "highlight")).expectProblem(409, "conflict");
		lee.post("/town-halls/" + townHall + "/state", json("state", "LIVE")).expect(200);
		// alone while LIVE it waits for two more (a batch of one tells the room who typed) or for the end of the meeting
		String lone = "Is the new shift pattern final " + randomLetters(5) + "?";
		session("noah").post("/town-halls/" + townHall + "/questions", json("text", lone, "topic", "workplace-culture", "anonymous", true))
			.expect(201);
		lee.post("/town-hall-questions/" + question + "/moderation", json("action", "highlight")).expect(200);
		assertEquals(question, alex.get(live).expect(200).path("highlighted").path("id").asText());
		lee.post("/town-hall-questions/" + question + "/moderation", json("action", "answer", "answer", "Yes, from next month.")).expect(200);
		lee.post("/town-halls/" + townHall + "/state", json("state", "ENDED")).expect(200);
		List<String> open = new ArrayList<>();
		alex.get("/town-halls/" + townHall + "/questions").expect(200).path("items").forEach(item -> open.add(item.path("text").asText()));
		assertTrue(open.contains(lone), "the end of the meeting releases the held anonymous question at once: " + open);
		JsonNode mine = alex.get("/town-halls/" + townHall + "/my-questions").expect(200).path("items");
		assertEquals("ANSWERED", mine.get(0).path("state").asText(), "Your questions: the fate");
		JsonNode forwarded = lee.post("/town-hall-questions/" + second + "/moderation", json("action", "takeForward",
			"suggestionStatus", "PLANNED")).expect(200);
		JsonNode origin = alex.get("/suggestions/" + forwarded.path("suggestionId").asText()).expect(200).path("origin");
		assertEquals(townHall, origin.path("townHallId").asText(), "the suggestion shows where it came from: " + origin);
		assertEquals(second, origin.path("questionId").asText());

		String csv = lee.get("/town-halls/" + townHall + "/export.csv").body();
		assertTrue(csv.startsWith("\uFEFFsection,id,text"), "the byte order mark, then the header: " + csv);
		assertTrue(csv.contains("Alex Rivera"), "a named asker is named: " + csv);
		assertEquals(1, lee.get("/town-halls/" + townHall + "/follow-up").expect(200).path("counts").path("answeredLive").asLong());
		alex.get("/town-halls/" + townHall + "/export.json").expectProblem(403, "not-permitted");
	}

}
