package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;

/** The PDF worksheet and the vCard copies: what they hold, who may have them, and hostile values kept as values. */
class ChampionCopiesTest {

	private static final String HOSTILE = "x\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Mallory;,\\:\"\u2028\u0085y";

	private final ChampionServicesFixture champions = new ChampionServicesFixture();

	@Test
	void thePdfListsTheEightCategoriesInWorksheetOrderWithSpanishLettersAndAQuestionMarkForWhatTheFontLacks() {
		champions.published(champions.jose, ChampionServicesFixture.draft("José Núñez Ibáñez").pronouns("él"));
		champions.published(champions.ana, new ListingDraft("Ana \uDB3F\uDFFD Ruiz", "Enfermera", ChampionCategory.CLINICAL_MEDICAL, "Cuidados")
			.email("ana@example.org", Audience.EVERYONE));

		String text = ListingVisibilityTest.pdfText(champions.export.worksheetPdf(champions.staff, SITE, "es"));

		assertTrue(text.contains("José Núñez Ibáñez (él)"), text);
		// a private-use character no font has (a Chinese name prints where the system has a font for it: PdfTextTest)
		assertTrue(text.contains("Ana ? Ruiz"), text);
		List<String> headings = List.of("Dirección", "Par", "Gerente de programa", "Personal", "Supervisor", "Recursos Humanos", "Finanzas",
			"Clínico/Médico");
		int at = -1;
		for (String heading : headings) {
			int next = text.indexOf("\n" + heading + "\n", at + 1);
			assertTrue(next > at, heading + " after the previous category in " + text);
			at = next;
		}
		assertTrue(text.contains("Todavía no hay promotores en esta categoría."), text);
		assertTrue(text.contains("Correo electrónico: ana@example.org"), text);
	}

	@Test
	void thePdfOfALongDirectoryRunsOverManyPagesAndKeepsEveryListing() {
		for (int i = 0; i < 201; i++) {
			champions.published(champions.champion(i), ChampionServicesFixture.draft(String.format("Champion %03d", i)));
		}

		String text = ListingVisibilityTest.pdfText(champions.export.worksheetPdf(champions.staff, SITE, "en"));

		assertEquals(201, text.lines().filter(line -> line.startsWith("Champion ")).count());
		assertTrue(text.indexOf("Champion 199") < text.indexOf("Champion 200"), "parts of the worksheet follow each other in name order");
		assertTrue(text.contains("Page 15"), "many pages");
	}

	@Test
	void vcardCopiesAreForChampionsAndLeadershipOnly() {
		String id = champions.published(champions.ana, ChampionServicesFixture.draft("Ana Ruiz")).getId();

		assertThrows(NotPermitted.class, () -> champions.export.vcards(champions.staff, SITE, "en"));
		assertThrows(NotPermitted.class, () -> champions.export.vcard(champions.staff, SITE, id, "en"));
		assertThrows(NotSignedIn.class, () -> champions.export.vcards(champions.guest, SITE, "en"));
		assertTrue(ListingVisibilityTest.written(champions.export.vcards(champions.jose, SITE, "en")).startsWith("BEGIN:VCARD\r\nVERSION:4.0"));
	}

	@Test
	void hostileValuesStayValuesOfTheirOwnCardAndProperty() throws IOException {
		Random random = new Random(11);
		for (int round = 0; round < 200; round++) {
			String name = hostile(random);
			String title = hostile(random);
			String role = hostile(random);
			String location = hostile(random);
			String tag = hostile(random);
			ListingContent content = new ListingContent(name, title, ChampionCategory.FINANCE, role, "a@example.org", Audience.EVERYONE,
				"+12025550188", "7", Audience.EVERYONE, location, Audience.EVERYONE, "", Audience.EVERYONE, ContactMethod.IN_PERSON, "",
				false, List.of(), List.of(), List.of(tag));
			ListingView view = new ListingView("00000000-0000-0000-0000-0000000000" + String.format("%02d", round % 100), SITE, content,
				"a@example.org", "+12025550188", "7", location, "", ContactMethod.IN_PERSON, false, null, null, null, null);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0);
			writer.write(ChampionCards.card(view, ChampionExport.texts(SearchFolding.ENGLISH)));
			writer.write(ChampionCards.card(view, ChampionExport.texts(SearchFolding.SPANISH)));
			writer.flush();
			String written = out.toString(StandardCharsets.UTF_8);

			List<VCard> read = Ezvcard.parse(written).all();
			assertEquals(2, read.size(), written);
			VCard card = read.get(0);
			assertEquals(readBack(name), readBack(card.getFormattedName().getValue()), written);
			assertEquals(readBack(title), readBack(card.getTitles().get(0).getValue()));
			assertEquals(readBack(location), readBack(card.getAddresses().get(0).getExtendedAddresses().get(0)));
			assertEquals(List.of(readBack(tag)), card.getExpertise().stream().map(tags -> readBack(tags.getValue())).collect(Collectors.toList()));
			assertTrue(readBack(card.getNotes().get(0).getValue()).contains(readBack(role)), written);
			assertEquals(2, written.split("\r\nBEGIN:VCARD", -1).length, "no card starts inside another");
			assertTrue(written.lines().allMatch(line -> line.isEmpty() || line.contains(":") || line.startsWith(" ")), written);
		}
	}

	/** A value as a vCard reader gets it back: any line break (CR LF, CR, LF) as LF. */
	private static String readBack(String value) {
		return value.replace("\r\n", "\n").replace('\r', '\n');
	}

	/** Text with the line breaks, separators and escapes that would end a vCard value, property or card if written raw. */
	private static String hostile(Random random) {
		StringBuilder text = new StringBuilder("v");
		String pieces = HOSTILE;
		int length = 1 + random.nextInt(30);
		for (int i = 0; i < length; i++) {
			text.append(random.nextInt(3) == 0 ? (char) ('a' + random.nextInt(26)) : pieces.charAt(random.nextInt(pieces.length())));
		}
		return text.toString();
	}

}
