package org.peervoice.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * What user text becomes in PeerVoice's PDFs (the recognition certificate, the champion worksheet): an emoji the font
 * cannot draw is left out with the space it leaves, not printed as "?" ("Thank you ?? for the welcome group!" on a
 * certificate); a letter of a script the font lacks still prints as "?".
 */
class PdfTextTest {

	private static List<String> printed(String text) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PdfText pdfText = new PdfText(PDType0Font.load(document, PdfFonts.liberationSans(), true));
			return pdfText.lines(text, 12, 1000);
		}
	}

	@Test
	void anEmojiIsLeftOutWithTheSpaceItLeaves() throws IOException {
		assertEquals(List.of("Thank you for the welcome group!"), printed("Thank you 🎉🙏 for the welcome group!"));
		assertEquals(List.of("Bravo"), printed("🎉 Bravo"));
		assertEquals(List.of("Bravo"), printed("Bravo 🎉"));
		assertEquals(List.of("¡Gracias, equipo!"), printed("¡Gracias, equipo!🙌"));
		assertEquals(List.of("Gracias", "por todo"), printed("Gracias 💙\n✨ por todo"));
	}

	@Test
	void whatJoinsOrModifiesAnEmojiGoesWithIt() throws IOException {
		// a nurse with a skin tone (ZWJ, variation selector), a flag (regional indicators), a keycap, a heart with its selector
		assertEquals(List.of("Our team at Spain"), printed("Our 👩🏽‍⚕️ team at 🇪🇸 Spain"));
		assertEquals(List.of("Number 1 Gracias"), printed("Number 1️⃣ Gracias ❤️"));
		assertEquals(List.of("Scotland"), printed("🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland"));
	}

	@Test
	void lettersTheFontLacksStillShowAsQuestionMarksAndSpanishAsWritten() throws IOException {
		assertEquals(List.of("Idiomas: ??, ???????, Español, ñ ü ¿?"), printed("Idiomas: 中文, العربية, Español, ñ ü ¿?"));
		assertEquals(List.of("a b"), printed("a\tb"));
		assertEquals(List.of("ok ?"), printed("ok \uFFFF"));
	}

}
