package org.peervoice.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What user text becomes in PeerVoice's PDFs (the recognition certificate, the champion worksheet): an emoji the font
 * cannot draw is left out with the space it leaves, not printed as "?" ("Thank you ?? for the welcome group!" on a
 * certificate); a letter the bundled font lacks is drawn in the first other font that has it (the administrator's,
 * the system's), right-to-left text joined and in visual order; a letter no font has prints as "?".
 *
 * <p>The fonts of other scripts come from Debian packages CI installs (.ci/run): fonts-dejavu-core (Arabic, Hebrew)
 * and fonts-wqy-microhei (Chinese, Korean).
 */
class PdfTextTest {

	private static final Path DEJAVU_SANS = Paths.get("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
	private static final Path WQY_MICROHEI = Paths.get("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	/** Names as staff write them; each generated name is a given and a family name of one script. */
	private static final String[][][] NAMES = {
		{{"明", "小红", "伟", "静怡"}, {"王", "李", "张", "陈"}},
		{{"Hương", "Thảo", "Đức", "Nguyệt"}, {"Nguyễn", "Trần", "Lê", "Phạm"}},
		{{"محمد", "فاطمة", "علي", "ليلى"}, {"عبد الله", "حسن", "الخطيب", "سلامة"}},
		{{"דוד", "שרה", "יוסף", "מרים"}, {"כהן", "לוי", "מזרחי", "פרץ"}},
		{{"Анна", "Дмитрий", "Ольга", "Сергей"}, {"Иванова", "Смирнов", "Кузнецова", "Попов"}},
		{{"민준", "서연", "지호", "하은"}, {"김", "이", "박", "최"}},
	};

	private static List<String> printed(String text) throws IOException {
		try (PDDocument document = new PDDocument(); PdfFontChain fonts = PdfFonts.chain(document, List.of())) {
			return new PdfText(fonts).lines(text, 12, 1000);
		}
	}

	private static List<String> printedWith(List<PdfFonts.FontFace> fallbacks, String text) throws IOException {
		try (PDDocument document = new PDDocument(); PdfFontChain fonts = PdfFonts.chain(document, fallbacks)) {
			return new PdfText(fonts).lines(text, 12, 1000);
		}
	}

	/** The lines set in a PDF with these fonts, then read back out of the saved file with PDFBox's text extraction. */
	private static List<String> roundTrip(List<PdfFonts.FontFace> fallbacks, List<String> texts) throws IOException {
		ByteArrayOutputStream saved = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument(); PdfFontChain fonts = PdfFonts.chain(document, fallbacks)) {
			PdfText pdfText = new PdfText(fonts);
			PDPage page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				float y = 740;
				for (String text : texts) {
					for (String line : pdfText.lines(text, 12, 480)) {
						pdfText.show(stream, line, 12, 72, y);
						y -= 18;
					}
				}
			}
			document.save(saved);
		}
		try (PDDocument read = Loader.loadPDF(saved.toByteArray())) {
			PDResources resources = read.getPage(0).getResources();
			for (COSName name : resources.getFontNames()) {
				String font = resources.getFont(name).getName();
				assertTrue(font.matches("[A-Z]{6}\\+.+"), font + " is embedded whole, not as a subset");
			}
			return Arrays.stream(new PDFTextStripper().getText(read).split("\\R")).filter(line -> !line.isBlank())
				.map(String::strip).collect(Collectors.toList());
		}
	}

	private static List<PdfFonts.FontFace> debianFonts() {
		assertTrue(Files.isRegularFile(DEJAVU_SANS) && Files.isRegularFile(WQY_MICROHEI),
			"the test fonts are missing: apt-get install fonts-dejavu-core fonts-wqy-microhei (.ci/run does)");
		return PdfFonts.faces(List.of(DEJAVU_SANS, WQY_MICROHEI));
	}

	private static List<String> generatedNames(long seed, int count) {
		Random random = new Random(seed);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String[][] script = NAMES[i % NAMES.length];
			String given = script[0][random.nextInt(script[0].length)];
			String family = script[1][random.nextInt(script[1].length)];
			names.add(i % NAMES.length == 0 || i % NAMES.length == 5 ? family + given : given + " " + family);
		}
		return names;
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
	void anEmojiIsLeftOutEvenWhereAnotherFontHasIt() throws IOException {
		// DejaVu Sans draws ❤ (a black-and-white dingbat): the message prints the same on every server
		assertEquals(List.of("Number 1 Gracias"), printedWith(debianFonts(), "Number 1️⃣ Gracias ❤️"));
	}

	@Test
	void withTheBundledFontAloneOtherScriptsShowAsQuestionMarksAndSpanishAsWritten() throws IOException {
		assertEquals(List.of("Idiomas: ??, ???????, Español, ñ ü ¿?"), printed("Idiomas: 中文, العربية, Español, ñ ü ¿?"));
		assertEquals(List.of("a b"), printed("a\tb"));
		assertEquals(List.of("ok ?"), printed("ok \uFFFF"));
	}

	@Test
	void namesInEveryScriptReadBackAsWritten() throws IOException {
		List<String> names = generatedNames(20261204, 60);
		assertEquals(names, roundTrip(debianFonts(), names));
	}

	@Test
	void mixedLinesReadBackAsWritten() throws IOException {
		List<String> texts = List.of("Idiomas: 中文, Español, Tiếng Việt, Русский, 한국어",
			"Gracias محمد عبد الله por todo", "Thank you שרה כהן!", "Nguyễn Thị Hương 王伟 김민준");
		assertEquals(texts, roundTrip(debianFonts(), texts));
	}

	@Test
	void theChainFallsThroughToAQuestionMarkWhereNoFontHasTheLetter() throws IOException {
		// Adlam and a private-use character: in neither the bundled font nor DejaVu Sans nor WenQuanYi Micro Hei
		assertEquals(List.of("Name: ?? 王伟 ?"), printedWith(debianFonts(), "Name: \uD83A\uDD00\uD83A\uDD01 王伟 \uDB3F\uDFFD"));
		assertEquals(List.of("Name: ?? 王伟 ?"), roundTrip(debianFonts(), List.of("Name: \uD83A\uDD00\uD83A\uDD01 王伟 \uDB3F\uDFFD")));
	}

	@Test
	void arabicLettersAreJoinedAndRightToLeftTextIsInVisualOrder() throws IOException {
		// seen (initial), lam-alef (final ligature), meem (isolated: alef does not join to the left)
		assertEquals("\uFEB3\uFEFC\uFEE1", PdfBidi.shaped("سلام", c -> true));
		// a letter whose joined form no font has stays as written
		assertEquals("سلام", PdfBidi.shaped("سلام", c -> c < 0xFB50));
		// yeh, the last letter of Forms-B, in its four forms
		assertEquals("\uFEF3\uFEF4\uFEF2 \uFEF1", PdfBidi.shaped("ييي ي", c -> true));
		assertEquals("Shalom (םולש)", PdfBidi.visual("Shalom (שלום)"));
		assertEquals(List.of("Gracias \uFEE1\uFEFC\uFEB3"), printedWith(debianFonts(), "Gracias سلام"));
		// marks that steer direction or joining are used, not printed: a Persian no-joiner keeps meem and khah apart
		assertEquals(List.of("ok \uFEA6\uFEE3"), printedWith(debianFonts(), "ok مخ"));
		assertEquals(List.of("ok \uFEA5\uFEE1"), printedWith(debianFonts(), "ok م\u200Cخ"));
		assertEquals(List.of("ab"), printed("a\u200Eb"));
	}

	@Test
	void theAdministratorsFontDirectoryIsIndexedAndAnUnreadableFileLeftOut(@TempDir Path directory) throws IOException {
		Files.copy(WQY_MICROHEI, directory.resolve("wqy-microhei.ttc"));
		Files.write(directory.resolve("broken.ttf"), new byte[] {0, 1, 0, 0, 42});
		Files.write(directory.resolve("notes.txt"), List.of("not a font"));
		List<PdfFonts.FontFace> faces = PdfFonts.faces(PdfFonts.fontFiles(directory));
		assertFalse(faces.isEmpty());
		assertEquals(List.of("王伟"), printedWith(faces, "王伟"));
		assertEquals(List.of("??"), printedWith(List.of(), "王伟"));
	}

}
