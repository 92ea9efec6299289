package org.peervoice.core.kernel;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of one PDF document, in the order of {@link PdfFonts}: for each character, the first that has it. A font
 * other than the bundled one is read and added to the document only when a character needs it, and embedded as a
 * subset. Close the chain after the document is saved (subsets are written then, from the font files).
 */
public final class PdfFontChain implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(PdfFontChain.class);

	private final PDDocument document;
	private final TrueTypeFont bundledFile;
	private final CmapLookup bundledCmap;
	private final PDType0Font bundled;
	private final List<PdfFonts.FontFace> fallbacks;
	private final PDType0Font[] loaded;
	private final boolean[] unusable;
	private final List<Closeable> opened = new ArrayList<>();
	private final Map<Integer, PDType0Font> fontOf = new HashMap<>();

	PdfFontChain(PDDocument document, TrueTypeFont bundledFile, List<PdfFonts.FontFace> fallbacks) {
		this.document = document;
		this.bundledFile = bundledFile;
		this.fallbacks = List.copyOf(fallbacks);
		this.loaded = new PDType0Font[this.fallbacks.size()];
		this.unusable = new boolean[this.fallbacks.size()];
		try {
			this.bundledCmap = bundledFile.getUnicodeCmapLookup(false);
			this.bundled = PDType0Font.load(document, bundledFile, true);
		}
		catch (IOException unreadable) {
			close();
			throw new java.io.UncheckedIOException(unreadable);
		}
	}

	/** The bundled font (page numbers, labels: whatever needs no fallback). */
	public PDType0Font bundled() {
		return bundled;
	}

	/** The first font of the chain that has this character, or null when none has. */
	public PDType0Font fontFor(int codePoint) {
		Integer key = codePoint;
		if (fontOf.containsKey(key)) {
			return fontOf.get(key);
		}
		PDType0Font font = find(codePoint);
		fontOf.put(key, font);
		return font;
	}

	/** Whether the bundled font has this character (emoji are only ever drawn by it, see {@link PdfText}). */
	public boolean bundledHas(int codePoint) {
		return bundledCmap != null && bundledCmap.getGlyphId(codePoint) > 0;
	}

	private PDType0Font find(int codePoint) {
		if (bundledHas(codePoint)) {
			return bundled;
		}
		for (int i = 0; i < fallbacks.size(); i++) {
			if (!unusable[i] && fallbacks.get(i).has(codePoint)) {
				PDType0Font font = load(i);
				if (font != null && encodes(font, codePoint)) {
					return font;
				}
			}
		}
		return null;
	}

	/** Whether PDFBox can set the character in this font (its own look-up, which {@code showText} uses), never throwing. */
	private static boolean encodes(PDType0Font font, int codePoint) {
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IOException | RuntimeException notInTheFont) {
			return false;
		}
	}

	private PDType0Font load(int i) {
		if (loaded[i] != null) {
			return loaded[i];
		}
		PdfFonts.FontFace face = fallbacks.get(i);
		try {
			TrueTypeFont font;
			if (face.nameInCollection != null) {
				TrueTypeCollection collection = new TrueTypeCollection(face.file.toFile());
				opened.add(collection);
				font = collection.getFontByName(face.nameInCollection);
			}
			else {
				font = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file.toFile()));
				opened.add(font);
			}
			if (font == null) {
				throw new IOException("no face " + face.nameInCollection);
			}
			font.setEnableGsub(false);
			loaded[i] = PDType0Font.load(document, font, true);
			return loaded[i];
		}
		catch (IOException | RuntimeException unusableFont) {
			log.warn("PeerVoice cannot use the font {} in a PDF: {}", face, unusableFont.toString());
			unusable[i] = true;
			return null;
		}
	}

	@Override
	public void close() {
		for (Closeable file : opened) {
			try {
				file.close();
			}
			catch (IOException ignored) {
				// read-only font files: nothing to lose
			}
		}
		opened.clear();
		try {
			bundledFile.close();
		}
		catch (IOException ignored) {
			// an in-memory copy
		}
	}

}
