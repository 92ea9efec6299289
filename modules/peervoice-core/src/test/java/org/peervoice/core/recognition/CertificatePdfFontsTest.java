package org.peervoice.core.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.PdfFonts;

/**
 * A certificate made the way the API makes it, with the fonts the server has (no configuration): names and a message
 * in other scripts read back from the PDF as written (CI installs fonts-dejavu-core and fonts-wqy-microhei, .ci/run).
 */
class CertificatePdfFontsTest {

	@Test
	void namesAndMessagesInOtherScriptsPrintAsWritten() throws IOException {
		assertTrue(PdfFonts.awaitIndexed(60), "the system's fonts were not indexed within a minute");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CertificatePdf.write(new CertificatePdf.Content("王小明", "محمد عبد الله", "Спасибо, 김민준 и שרה!", List.of("Compassion"),
			Instant.parse("2026-12-04T12:00:00Z")), Locale.ENGLISH, out);
		String text;
		try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
			text = new PDFTextStripper().getText(read);
		}
		List<String> lines = Arrays.asList(text.strip().split("\\R"));
		assertTrue(lines.contains("王小明"), text);
		assertTrue(lines.stream().anyMatch(line -> line.contains("محمد عبد الله")), text);
		assertTrue(lines.contains("\u201cСпасибо, 김민준 и שרה!\u201d"), text);
		assertFalse(text.contains("?"), text);
		assertEquals(1, lines.stream().filter(line -> line.equals("王小明")).count());
	}

}
