package org.peervoice.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.peervoice.it.ApiClient;
import org.peervoice.it.PortalTestCase;
import org.peervoice.it.arquillian.CanaryUser;

/**
 * The database reader of docs/privacy.md ("Storage order") against the town hall's anonymous writes, on PostgreSQL,
 * whose {@code xmin} (the writing transaction, which grows with time) a reviewer with SQL access sees on every row: an
 * anonymous question, an upvote, a poll answer and feedback, interleaved with identified writes. Before the mixing the
 * anonymous question's {@code xmin} lies between its neighbours' (the control); after it, each of those rows was
 * written again by a mixing transaction later than every identified write before it (the end of the meeting mixes at
 * once), so none of them can be placed among the writes around it.
 */
@RunAsClient
class TownHallStorageOrderIT extends PortalTestCase {

	@Test
	void afterMixingNoTownHallRowPlacesItsAnonymousWriter() throws Exception {
		Assumptions.assumeTrue("postgresql".equals(portal.database().kind()), "xmin is PostgreSQL's (StorageOrderIT reads the others' files)");
		mixAnonymousWrites();
		CanaryUser canary = portal.anonymousCanary();
		ApiClient writer = guest().as(canary.screenName(), canary.password());
		ApiClient lee = session("lee");
		String townHall = lee.post("/sites/" + RIVERSIDE + "/town-halls", json("title", unique("Storage order town hall"), "startsAt",
			"2027-05-04T15:00:00Z", "endsAt", "2027-05-04T16:00:00Z", "timeZone", "America/Chicago", "preModeration", false)).expect(201)
			.path("id").asText();
		lee.post("/town-halls/" + townHall + "/state", json("state", "SCHEDULED")).expect(200);
		lee.post("/town-halls/" + townHall + "/state", json("state", "LIVE")).expect(200);

		String before = named("lee", townHall, "What should we cover next time?");
		String anonymous = writer.post("/town-halls/" + townHall + "/questions", json("text", "Why did the night shift lose its break room?",
			"anonymous", true, "confirmPrivacyWarnings", true)).expect(201).path("id").asText();
		String after = named("alex", townHall, "Could agendas come a week ahead?");
		writer.post("/town-hall-questions/" + before + "/votes", "{}").expect(201);
		String poll = lee.post("/town-halls/" + townHall + "/polls", json("question", "Was this useful?", "options", List.of("Yes", "No")))
			.expect(201).path("id").asText();
		lee.post("/town-hall-polls/" + poll + "/state", json("state", "OPEN")).expect(200);
		writer.put("/town-hall-polls/" + poll + "/response", json("choices", List.of(1))).expect(200);
		String afterAnswer = named("alex", townHall, "Will the minutes be shared?");

		long anonymousBefore = xmin("pv_town_hall_question", "id", anonymous).get(0);
		assertTrue(xmin("pv_town_hall_question", "id", before).get(0) < anonymousBefore
			&& anonymousBefore < xmin("pv_town_hall_question", "id", after).get(0),
			"control: before the mixing, xmin places the anonymous question between its neighbours");

		lee.post("/town-halls/" + townHall + "/state", json("state", "ENDED")).expect(200);
		writer.post("/town-halls/" + townHall + "/feedback", json("rating", 4, "answered", "PARTLY", "comment", "Good to be heard.",
			"confirmPrivacyWarnings", true)).expect(201);
		String last = as("alex").post("/sites/" + RIVERSIDE + "/suggestions", json("title", unique("Written last"), "body",
			"Written for the town hall storage order test.", "category", "other", "anonymous", false, "confirmPrivacyWarnings", true))
			.expect(201).path("id").asText();
		long lastIdentified = xmin("pv_suggestion", "id", last).get(0);
		assertTrue(lastIdentified > xmin("pv_town_hall_question", "id", afterAnswer).get(0), "the identified writes in order");

		mixAnonymousWrites();

		// the end of the meeting mixed the question, the vote and the poll answer at once (Mixer.mixNowKeepingHeld), the
		// explicit mixing the feedback: each in one transaction later than every identified write before it
		long lastBeforeEnd = xmin("pv_town_hall_question", "id", afterAnswer).get(0);
		List<Long> atTheEnd = new ArrayList<>(xmin("pv_town_hall_question", "id", anonymous));
		atTheEnd.addAll(xmin("pv_town_hall_vote", "question_id", before));
		atTheEnd.addAll(xmin("pv_town_hall_poll_answer", "poll_id", poll));
		assertEquals(3, atTheEnd.size(), "the question, the vote, the poll answer: " + atTheEnd);
		assertEquals(1, new HashSet<>(atTheEnd).size(), "written by one mixing transaction: " + atTheEnd);
		assertTrue(atTheEnd.get(0) > lastBeforeEnd, "the mixing at the end came after every identified write of the meeting: " + atTheEnd
			+ " vs " + lastBeforeEnd);
		List<Long> feedback = xmin("pv_town_hall_feedback", "town_hall_id", townHall);
		assertEquals(1, feedback.size());
		assertTrue(feedback.get(0) > lastIdentified, "the feedback was written again after the identified write that followed it: " + feedback
			+ " vs " + lastIdentified);
		assertFalse(xmin("pv_town_hall_question", "id", anonymous).contains(anonymousBefore), "the anonymous question was written again");
	}

	private String named(String user, String townHall, String text) {
		return session(user).post("/town-halls/" + townHall + "/questions", json("text", unique(text))).expect(201).path("id").asText();
	}

	private List<Long> xmin(String table, String column, String value) throws SQLException {
		List<Long> found = new ArrayList<>();
		try (Connection connection = portal.database().connect();
			PreparedStatement select = connection.prepareStatement("SELECT xmin::text::bigint FROM " + table + " WHERE " + column + " = ?")) {
			select.setString(1, value);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					found.add(rows.getLong(1));
				}
			}
		}
		return found;
	}

}
