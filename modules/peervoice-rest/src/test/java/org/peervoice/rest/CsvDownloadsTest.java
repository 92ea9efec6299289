package org.peervoice.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every CSV of the API starts with the UTF-8 byte order mark, so that Excel reads "José Núñez" as written and not in the
 * computer's legacy code page (CsvDownloads); right after it, the header as before.
 */
class CsvDownloadsTest {

	private static InProcessApi api;

	@BeforeAll
	static void start() throws Exception {
		api = new InProcessApi();
	}

	@AfterAll
	static void stop() throws Exception {
		api.close();
	}

	@Test
	void theTownHallExportTheChampionWorksheetAndTheEquityViewStartWithTheByteOrderMark() throws Exception {
		Instant start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		HttpResponse<String> created = api.post("lee", "/sites/" + InProcessApi.SITE + "/town-halls", "{\"title\": \"Reunión de diciembre\","
			+ " \"startsAt\": \"" + start + "\", \"endsAt\": \"" + start.plus(1, ChronoUnit.HOURS) + "\", \"timeZone\": \"America/Chicago\","
			+ " \"place\": \"Sala principal\"}");
		assertEquals(201, created.statusCode(), created.body());
		String townHall = new ObjectMapper().readTree(created.body()).path("id").asText();

		assertMarked(csv("/town-halls/" + townHall + "/export.csv"), "section,id,text,");
		assertMarked(csv("/sites/" + InProcessApi.SITE + "/champions/export.csv"), "category,name,title,");
		assertMarked(csv("/sites/" + InProcessApi.SITE + "/recognition-insights/export.csv"), "kind,name,month,");
	}

	private static HttpResponse<String> csv(String path) {
		return api.send("lee", "GET", path, null, null, "text/csv");
	}

	private static void assertMarked(HttpResponse<String> response, String header) {
		assertEquals(200, response.statusCode(), response.body());
		assertTrue(response.body().startsWith(CsvDownloads.BYTE_ORDER_MARK + header), () -> "starts with U+"
			+ Integer.toHexString(response.body().isEmpty() ? 0 : response.body().codePointAt(0)) + ": " + response.body());
	}

}
