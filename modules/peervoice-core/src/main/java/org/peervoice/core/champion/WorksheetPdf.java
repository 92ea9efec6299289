package org.peervoice.core.champion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.peervoice.core.kernel.PdfFontChain;
import org.peervoice.core.kernel.PdfFonts;
import org.peervoice.core.kernel.PdfText;

/**
 * The worksheet as a PDF (Apache PDFBox): a title, then the eight categories in order, each listing with the fields
 * its {@link ListingView} holds, so a field hidden from the reader is not in the file. Page contents are kept in a
 * temporary file rather than in memory until the document is written, and the text is set in Liberation Sans (the
 * font PDFBox ships, embedded as a subset), which has every Spanish letter, and for what it lacks in the administrator's
 * and the system's fonts ({@link PdfFonts}), by {@link PdfText}.
 */
final class WorksheetPdf implements ChampionDirectory.WorksheetReader, AutoCloseable {

	private static final PDRectangle PAPER = PDRectangle.LETTER;
	private static final float MARGIN = 54;
	private static final float TEXT_SIZE = 9.5f;
	private static final float NAME_SIZE = 11;
	private static final float HEADING_SIZE = 14;
	private static final float TITLE_SIZE = 18;
	private static final float INDENT = 12;

	private final ResourceBundle texts;
	private final PDDocument document;
	private final PdfFontChain fonts;
	private final PdfText text;
	private PDPageContentStream page;
	private int pageNumber;
	private float y;
	private boolean categoryEmpty;

	WorksheetPdf(ResourceBundle texts, String date) {
		this.texts = texts;
		this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
		try {
			this.fonts = PdfFonts.chain(document);
		}
		catch (RuntimeException unreadable) {
			closeQuietly();
			throw unreadable;
		}
		this.text = new PdfText(fonts);
		PDDocumentInformation information = document.getDocumentInformation();
		information.setTitle(texts.getString("worksheet-title"));
		newPage();
		line(texts.getString("worksheet-title"), TITLE_SIZE, 0, 6);
		line(MessageFormat.format(texts.getString("worksheet-as-of"), date), TEXT_SIZE, 0, 8);
	}

	@Override
	public void category(ChampionCategory category) {
		finishCategory();
		room(HEADING_SIZE * 3 + NAME_SIZE * 2);
		y -= 8;
		line(texts.getString("category-" + category.name()), HEADING_SIZE, 0, 4);
		categoryEmpty = true;
	}

	@Override
	public void listing(ListingView listing) {
		categoryEmpty = false;
		List<String[]> fields = new ArrayList<>();
		field(fields, "title", listing.getTitle());
		field(fields, "role", listing.getRole());
		field(fields, "email", listing.getEmail());
		field(fields, "phone", listing.getPhone() == null ? null
			: listing.getPhone() + (listing.getPhoneExtension() == null ? "" : " " + texts.getString("ext") + " " + listing.getPhoneExtension()));
		field(fields, "location", listing.getLocation());
		field(fields, "office-hours", listing.getOfficeHours());
		field(fields, "preferred-contact", listing.getPreferredContact() == null ? null
			: texts.getString("contact-" + listing.getPreferredContact().name()));
		field(fields, "programs", String.join(", ", listing.getPrograms()));
		field(fields, "languages", String.join(", ", listing.getLanguages()));
		field(fields, "expertise", String.join(", ", listing.getExpertise()));
		room(NAME_SIZE * 2 + TEXT_SIZE * 2);
		String name = listing.getDisplayName() + (empty(listing.getPronouns()) ? "" : " (" + listing.getPronouns() + ")");
		line(name + (listing.isLivedExperience() ? " · " + texts.getString("lived-experience") : ""), NAME_SIZE, INDENT, 1);
		for (String[] field : fields) {
			line(field[0] + ": " + field[1], TEXT_SIZE, INDENT * 2, 0);
		}
		y -= 5;
	}

	/** Writes the document to {@code out} and releases its temporary file. */
	void writeTo(OutputStream out) throws IOException {
		finishCategory();
		page.close();
		document.save(out);
	}

	@Override
	public void close() throws IOException {
		try {
			document.close();
		}
		finally {
			fonts.close();
		}
	}

	private void closeQuietly() {
		try {
			document.close();
		}
		catch (IOException ignored) {
			// nothing written yet
		}
	}

	private void finishCategory() {
		if (categoryEmpty) {
			line(texts.getString("none-in-category"), TEXT_SIZE, INDENT, 0);
			categoryEmpty = false;
		}
	}

	private void field(List<String[]> fields, String label, String value) {
		if (!empty(value)) {
			fields.add(new String[] {texts.getString(label), value});
		}
	}

	private static boolean empty(String value) {
		return value == null || value.isEmpty();
	}

	/** Each line of the text, wrapped to the page's width, a new page whenever the page is full. */
	private void line(String text, float size, float indent, float after) {
		for (String wrapped : this.text.lines(text, size, PAPER.getWidth() - 2 * MARGIN - indent)) {
			room(size * 1.3f);
			y -= size * 1.3f;
			this.text.show(page, wrapped, size, MARGIN + indent, y);
		}
		y -= after;
	}

	private void room(float needed) {
		if (y - needed < MARGIN) {
			newPage();
		}
	}

	private void newPage() {
		try {
			if (page != null) {
				page.close();
			}
			PDPage next = new PDPage(PAPER);
			document.addPage(next);
			page = new PDPageContentStream(document, next);
			pageNumber++;
			text.show(page, MessageFormat.format(texts.getString("worksheet-page"), pageNumber), 8, PAPER.getWidth() - MARGIN - 40, MARGIN / 2);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		y = PAPER.getHeight() - MARGIN;
	}

}
