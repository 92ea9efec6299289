package org.peervoice.core.recognition;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.peervoice.core.kernel.PdfFontChain;
import org.peervoice.core.kernel.PdfFonts;
import org.peervoice.core.kernel.PdfText;

/**
 * One recipient's certificate of a recognition, one landscape page (Apache PDFBox): the title, that recipient's name
 * only (never a co-recipient's: each recipient has their own certificate), the giver, the values in the reader's
 * language (a value an administrator added prints as written), the message and the date. Set in Liberation Sans
 * and, for what it lacks, the administrator's and the system's fonts ({@link PdfFonts}) by {@link PdfText}.
 */
final class CertificatePdf {

	/** What the certificate says; built in the transaction that checked the reader is this recipient. */
	static final class Content {

		final String recipientName;
		final String giverName;
		final String message;
		final List<String> values;
		final Instant givenAt;

		Content(String recipientName, String giverName, String message, List<String> values, Instant givenAt) {
			this.recipientName = recipientName;
			this.giverName = giverName;
			this.message = message;
			this.values = List.copyOf(values);
			this.givenAt = givenAt;
		}

	}

	private static final PDRectangle PAPER = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
	private static final float MARGIN = 72;

	private final PdfText text;
	private PDPageContentStream page;
	private float y;

	private CertificatePdf(PdfFontChain fonts) {
		this.text = new PdfText(fonts);
	}

	static ResourceBundle texts(Locale locale) {
		return ResourceBundle.getBundle("org.peervoice.core.recognition.RecognitionCopies", locale, CertificatePdf.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The value's name in the reader's language, or the value as the site's administrator wrote it. */
	static String valueLabel(ResourceBundle texts, String value) {
		try {
			return texts.getString("value-" + value);
		}
		catch (MissingResourceException notADefaultValue) {
			return value;
		}
	}

	static void write(Content content, Locale locale, OutputStream out) throws IOException {
		ResourceBundle texts = texts(locale);
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC).format(content.givenAt);
		try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache()); PdfFontChain fonts = PdfFonts.chain(document)) {
			CertificatePdf pdf = new CertificatePdf(fonts);
			document.getDocumentInformation().setTitle(texts.getString("certificate-title"));
			PDPage sheet = new PDPage(PAPER);
			document.addPage(sheet);
			try (PDPageContentStream stream = new PDPageContentStream(document, sheet)) {
				pdf.page = stream;
				pdf.y = PAPER.getHeight() - MARGIN;
				stream.setLineWidth(2);
				stream.addRect(MARGIN / 2, MARGIN / 2, PAPER.getWidth() - MARGIN, PAPER.getHeight() - MARGIN);
				stream.stroke();
				pdf.centered(texts.getString("certificate-title"), 30, 26);
				pdf.centered(texts.getString("certificate-presented-to"), 13, 6);
				pdf.centered(content.recipientName, 26, 18);
				pdf.centered(MessageFormat.format(texts.getString("certificate-from-x"), content.giverName), 13, 14);
				pdf.centered(texts.getString("certificate-for-values") + " " + content.values.stream().map(value -> valueLabel(texts, value))
					.collect(Collectors.joining(" \u00b7 ")), 13, 18);
				pdf.centered(content.message == null ? texts.getString("certificate-message-withheld") : "\u201c" + content.message + "\u201d", 12, 18);
				pdf.centered(MessageFormat.format(texts.getString("certificate-date-x"), date), 11, 0);
			}
			document.save(out);
		}
	}

	/** Each line of the text, wrapped to the page's width and centered; what does not fit the page is cut. */
	private void centered(String text, float size, float after) {
		for (String line : this.text.lines(text, size, PAPER.getWidth() - 2 * MARGIN)) {
			if (y - size * 1.35f < MARGIN) {
				return;
			}
			y -= size * 1.35f;
			this.text.show(page, line, size, (PAPER.getWidth() - this.text.width(line, size)) / 2, y);
		}
		y -= after;
	}

}
