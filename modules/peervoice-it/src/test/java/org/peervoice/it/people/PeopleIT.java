package org.peervoice.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.peervoice.it.PortalTestCase;
import org.peervoice.it.arquillian.RunningDevPortal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The people picker's search over the demo organization (members of the site only, names and job titles, never an
 * e-mail address) and an administrator's "this person has left", which takes their champion listing out of the
 * directory at once.
 */
@RunAsClient
class PeopleIT extends PortalTestCase {

	private static final String PEOPLE = "/sites/" + RIVERSIDE + "/people";

	@Test
	void aMemberFindsColleaguesByNameWithoutAccentsSortedAndWithoutEmailAddresses() {
		JsonNode found = session("alex").get(PEOPLE + "?q=" + "jose%20NUNEZ").expect(200);
		assertEquals(1, found.path("items").size(), found.toString());
		JsonNode jose = found.path("items").get(0);
		assertEquals("José Núñez", jose.path("displayName").asText());
		assertEquals("Peer Support Specialist", jose.path("jobTitle").asText());
		assertEquals("u-1005", jose.path("userKey").asText());
		assertEquals(List.of("Beatriz Gómez", "José Núñez", "María Fernández", "Sofía Ramírez"), names(as("alex").get(PEOPLE + "?q=ez").expect(200)));
		assertEquals(List.of(), names(session("alex").get(PEOPLE + "?q=example.org").expect(200)), "e-mail addresses are not searched");
		assertEquals(List.of(), names(session("alex").get(PEOPLE + "?q=tomas").expect(200)), "Tomás works at Northside only");
		assertEquals(List.of("Tomás Ortega"), names(session("lee").get("/sites/" + NORTHSIDE + "/people?q=tom").expect(200)));
		JsonNode many = session("alex").get(PEOPLE + "?q=a").expect(200);
		assertEquals(10, many.path("items").size(), "ten by default");
		assertEquals(20, session("alex").get(PEOPLE + "?q=a&limit=20").expect(200).path("items").size());
		assertFalse(many.toString().contains("@"), many.toString());
	}

	@Test
	void badSearchesAreRefusedWithTheFieldNamed() {
		for (String query : new String[] {"", "?q=", "?q=%20%20", "?q=" + "x".repeat(101), "?q=ana&limit=0", "?q=ana&limit=21", "?q=ana&limit=ten",
			"?q=ana&limit=05"}) {
			JsonNode problem = session("alex").get(PEOPLE + query).expectProblem(400, "invalid-input");
			String field = query.contains("limit") ? "limit" : "q";
			assertTrue(problem.path("errors").has(field), query + ": " + problem);
		}
		session("alex").get(PEOPLE + "?q=" + "x".repeat(100)).expect(200);
		guest().get(PEOPLE + "?q=ana").expectProblem(401, "not-signed-in");
		as(RunningDevPortal.NORTHSIDE_MEMBER).get(PEOPLE + "?q=ana").expectProblem(404, "unknown-item");
	}

	@Test
	void whenAnAdministratorMarksAChampionAsLeftTheirListingLeavesAtOnceAndTheyNoLongerSignIn() {
		String champion = RunningDevPortal.CHAMPION_LEAVER;
		String mine = "/sites/" + RIVERSIDE + "/champions/mine";
		String id = session(champion).put(mine, Map.of("displayName", "Rowan Championleaver", "title", "Peer Support Specialist", "category", "PEER",
			"role", "Questions about peer roles.", "email", "rowan@example.org", "emailAudience", "EVERYONE")).expect(200).path("id").asText();
		session(champion).post(mine + "/submit", "{}").expect(200);
		session("lee").post("/sites/" + RIVERSIDE + "/champions/" + id + "/approve", "{}").expect(200);
		assertEquals(1, session("alex").get("/sites/" + RIVERSIDE + "/champions?q=championleaver").expect(200).path("items").size());
		assertEquals(1, names(session("alex").get(PEOPLE + "?q=championleaver").expect(200)).size());

		session("lee").post(PEOPLE + "/" + champion + "/left", "{}").expectProblem(403, "not-permitted");
		session("admin").post(PEOPLE + "/u-404/left", "{}").expectProblem(404, "unknown-item");
		session("admin").post(PEOPLE + "/" + champion + "/left", "{}").expect(204);

		assertEquals(0, session("alex").get("/sites/" + RIVERSIDE + "/champions?q=championleaver").expect(200).path("items").size());
		assertEquals(List.of(), names(session("alex").get(PEOPLE + "?q=championleaver").expect(200)));
		as(champion).get(PEOPLE + "?q=ana").expectProblem(401, "not-signed-in");
		session("admin").post(PEOPLE + "/" + champion + "/left", "{}").expectProblem(404, "unknown-item");
	}

	@Test
	void theLeaverOperationIsForAdministratorsOfTheirSiteOnly() {
		String path = PEOPLE + "/" + RunningDevPortal.API_LEAVER + "/left";
		guest().post(path, "{}").expectProblem(401, "not-signed-in");
		session("alex").post(path, "{}").expectProblem(403, "not-permitted");
		session("admin").post("/sites/" + NORTHSIDE + "/people/" + RunningDevPortal.API_LEAVER + "/left", "{}").expectProblem(404, "unknown-item");
		assertEquals(1, names(session("alex").get(PEOPLE + "?q=apileaver").expect(200)).size(), "still a member");
	}

	private static List<String> names(JsonNode answer) {
		List<String> names = new ArrayList<>();
		answer.path("items").forEach(person -> names.add(person.path("displayName").asText()));
		return names;
	}

}
