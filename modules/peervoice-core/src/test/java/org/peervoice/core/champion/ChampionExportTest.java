package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;

class ChampionExportTest {

	private final ChampionServicesFixture champions = new ChampionServicesFixture();

	@Test
	void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
		for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx")) {
			assertEquals("'" + formula, ChampionExport.cell(formula));
		}
		assertEquals("Ana", ChampionExport.cell("Ana"));
		assertEquals("", ChampionExport.cell(null));
	}

	@Test
	void theCsvIsTheWorksheetInRfc4180WithLineBreaksAndSeparatorsQuoted() throws IOException {
		champions.published(champions.ana, new ListingDraft("=cmd|' /C calc'!A0", "Nurse, RN", ChampionCategory.CLINICAL_MEDICAL,
			"Line one\nline \"two\"").location("Ward 3", Audience.EVERYONE));
		champions.published(champions.jose, ChampionServicesFixture.draft("Jos\u00e9 D\u00edaz"));

		String csv = champions.export.csv(champions.lee, SITE, "en");

		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		assertEquals(ChampionExport.COLUMNS, records.get(0).toList());
		assertEquals("PEER", records.get(1).get(0), "worksheet order: Peer first");
		CSVRecord clinical = records.get(2);
		assertEquals("'=cmd|' /C calc'!A0", clinical.get(1));
		assertEquals("Nurse, RN", clinical.get(2));
		assertEquals("Line one\nline \"two\"", clinical.get(3));
		assertTrue(csv.contains("\r\n"), "RFC 4180 records end with CRLF");
	}

	@Test
	void onlyChampionsAndLeadershipTakeCopies() {
		assertThrows(NotPermitted.class, () -> champions.export.csv(champions.staff, SITE, "en"));
		assertThrows(NotSignedIn.class, () -> champions.export.csv(champions.guest, SITE, "en"));
		assertEquals(1, champions.export.csv(champions.jose, SITE, "en").split("\r\n").length, "only the header");
	}

}
