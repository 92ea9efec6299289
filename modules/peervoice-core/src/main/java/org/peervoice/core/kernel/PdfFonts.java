package org.peervoice.core.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The font of every PDF PeerVoice writes: Liberation Sans, the font PDFBox ships (so no font file of our own), which has
 * every Spanish letter. Read once; each document parses its own copy, which it closes, and embeds it as a subset.
 */
public final class PdfFonts {

	private static final byte[] LIBERATION_SANS = fontBytes("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");

	private PdfFonts() {
	}

	/** A fresh copy of Liberation Sans, with glyph substitution (ligatures, 100 times slower, for fi and fl) off. */
	public static TrueTypeFont liberationSans() {
		try {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(LIBERATION_SANS));
			font.setEnableGsub(false);
			return font;
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static byte[] fontBytes(String resource) {
		try (InputStream in = PDDocument.class.getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
		catch (IOException notInTheLibrary) {
			throw new UncheckedIOException(notInTheLibrary);
		}
	}

}
