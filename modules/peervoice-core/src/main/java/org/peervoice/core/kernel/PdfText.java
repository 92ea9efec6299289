package org.peervoice.core.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Setting user text in one embedded font of one PDF document ({@link PdfFonts}): control characters print as spaces and
 * a character the font cannot draw as "?", lines are wrapped to a width word by word (a word too long alone is cut),
 * each character's width is measured once (the font's own measure is slow for long texts).
 */
public final class PdfText {

	/** Widths of the first code points (Latin, with every Spanish letter) kept in an array, the others in a map. */
	private static final int LATIN_WIDTHS = 0x250;

	private final PDType0Font font;
	private final Map<Integer, Boolean> drawable = new HashMap<>();
	private final Map<Integer, Float> widths = new HashMap<>();
	private final float[] latinWidths = new float[LATIN_WIDTHS];

	public PdfText(PDType0Font font) {
		this.font = font;
		Arrays.fill(latinWidths, -1);
	}

	/** The text as lines the font can draw, each at most {@code width} points wide at {@code size}; a line break starts a new line. */
	public List<String> lines(String text, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			lines.addAll(wrap(printable(paragraph), size, width));
		}
		return lines;
	}

	/** The line's width in points at {@code size}. */
	public float width(String line, float size) {
		return glyphs(line) / 1000 * size;
	}

	/** Draws one line (from {@link #lines}) with its baseline starting at (x, y). */
	public void show(PDPageContentStream page, String line, float size, float x, float y) {
		try {
			page.beginText();
			page.setFont(font, size);
			page.newLineAtOffset(x, y);
			page.showText(line);
			page.endText();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** Words while they fit, measured as they are added (not the whole line again for each word); a word too long alone is cut. */
	private List<String> wrap(String text, float size, float width) {
		float room = width * 1000 / size;
		float space = glyphs(" ");
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		float used = 0;
		for (String word : text.split(" ", -1)) {
			float wordWidth = glyphs(word);
			float candidate = current.length() == 0 ? wordWidth : used + space + wordWidth;
			if (candidate <= room) {
				if (current.length() > 0) {
					current.append(' ');
				}
				current.append(word);
				used = candidate;
				continue;
			}
			if (current.length() > 0) {
				lines.add(current.toString());
				current.setLength(0);
				used = 0;
			}
			for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
				float next = glyphWidth(word.codePointAt(i));
				if (current.length() > 0 && used + next > room) {
					lines.add(current.toString());
					current.setLength(0);
					used = 0;
				}
				current.appendCodePoint(word.codePointAt(i));
				used += next;
			}
		}
		lines.add(current.toString());
		return lines;
	}

	/** The text's width in thousandths of the font size, the sum of its characters'. */
	private float glyphs(String text) {
		float width = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			width += glyphWidth(text.codePointAt(i));
		}
		return width;
	}

	private float glyphWidth(int codePoint) {
		if (codePoint < LATIN_WIDTHS) {
			float known = latinWidths[codePoint];
			if (known < 0) {
				known = measured(codePoint);
				latinWidths[codePoint] = known;
			}
			return known;
		}
		return widths.computeIfAbsent(codePoint, this::measured);
	}

	private float measured(int codePoint) {
		try {
			return font.getStringWidth(new String(Character.toChars(codePoint)));
		}
		catch (IOException | IllegalArgumentException failed) {
			return 0;
		}
	}

	/** The text with control characters as spaces and every character the font cannot draw as "?". */
	private String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				out.append(' ');
			}
			else if (drawable.computeIfAbsent(c, this::hasGlyph)) {
				out.appendCodePoint(c);
			}
			else {
				out.append('?');
			}
		});
		return out.toString();
	}

	private boolean hasGlyph(int codePoint) {
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IllegalArgumentException | IOException notInTheFont) {
			return false;
		}
	}

}
