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
 * Setting user text in one embedded font of one PDF document ({@link PdfFonts}): control characters print as spaces, an
 * emoji the font cannot draw is left out (with what joins or modifies it, and the space it leaves), any other character
 * the font cannot draw prints as "?", lines are wrapped to a width word by word (a word too long alone is cut), each
 * character's width is measured once (the font's own measure is slow for long texts).
 *
 * <p>Emoji are common in recognition messages ("Thank you 🎉"); Liberation Sans has none, and a certificate reading
 * "Thank you ?? for the welcome group!" looked like a doubt or a fault. Leaving the picture out keeps the words as
 * written. A letter of a script the font lacks (Arabic, Chinese...) still prints as "?": it is a word, and the "?" says
 * that something is missing.
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

	/** Where an emoji was left out, until {@link #printable} closes the gap (a noncharacter: an input U+FFFF prints as "?"). */
	private static final char LEFT_OUT = '\uFFFF';

	/**
	 * The text with control characters as spaces, emoji the font cannot draw left out (a space on each side becomes one,
	 * none at the start or end) and every other character the font cannot draw as "?".
	 */
	private String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			boolean canDraw = !Character.isISOControl(c) && drawable.computeIfAbsent(c, this::hasGlyph);
			if (isEmojiJoiner(c) || !canDraw && isEmojiPart(c)) {
				out.append(LEFT_OUT);
			}
			else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				out.append(' ');
			}
			else if (canDraw) {
				out.appendCodePoint(c);
			}
			else {
				out.append('?');
			}
		});
		if (out.indexOf(String.valueOf(LEFT_OUT)) < 0) {
			return out.toString();
		}
		return out.toString().replaceAll(" \uFFFF+ ", " ").replaceAll("^\uFFFF+ | \uFFFF+$", "").replace(String.valueOf(LEFT_OUT), "");
	}

	/**
	 * An emoji or a character that only joins or modifies emoji: the zero-width joiner, the variation selectors, the
	 * keycap, the skin tones and regional indicators (in the pictographs' planes) and the tag characters of flags.
	 */
	static boolean isEmojiPart(int c) {
		return isEmojiJoiner(c)
			|| c >= 0x2600 && c <= 0x27BF // miscellaneous symbols and dingbats (☀, ✨, ❤)
			|| c >= 0x2B00 && c <= 0x2BFF // arrows and stars (⭐)
			|| c >= 0x1F000 && c <= 0x1FAFF; // pictographs, emoticons, transport, flags' letters, skin tones
	}

	/** What only joins or modifies an emoji: left out even where the font has a (blank) glyph for it, as the zero-width joiner. */
	private static boolean isEmojiJoiner(int c) {
		return c == 0x200D || c == 0xFE0E || c == 0xFE0F || c == 0x20E3 || c >= 0xE0020 && c <= 0xE007F;
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
