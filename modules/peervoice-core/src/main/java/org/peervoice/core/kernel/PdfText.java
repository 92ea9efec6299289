package org.peervoice.core.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Setting user text in the fonts of one PDF document ({@link PdfFontChain}): each character in the first font that has
 * it, right-to-left text joined and in visual order ({@link PdfBidi}); control characters print as spaces, an emoji the
 * bundled font cannot draw is left out (with what joins or modifies it, and the space it leaves), any other character
 * no font has prints as "?", lines are wrapped to a width word by word (a word too long alone is cut), each
 * character's width is measured once (the font's own measure is slow for long texts).
 *
 * <p>Emoji are common in recognition messages ("Thank you 🎉"); Liberation Sans has none, and a certificate reading
 * "Thank you ?? for the welcome group!" looked like a doubt or a fault. Leaving the picture out keeps the words as
 * written; emoji are not looked up in the other fonts (a system's black-and-white dingbats would make the same message
 * print differently from one server to the next). A letter no font has (a script whose font is not installed,
 * docs/recognition-board.md) still prints as "?": it is a word, and the "?" says that something is missing.
 */
public final class PdfText {

	/** Widths of the first code points (Latin, with every Spanish letter) kept in an array, the others in a map. */
	private static final int LATIN_WIDTHS = 0x250;

	private final PdfFontChain fonts;
	private final Map<Integer, Boolean> drawable = new HashMap<>();
	private final Map<Integer, Float> widths = new HashMap<>();
	private final float[] latinWidths = new float[LATIN_WIDTHS];

	public PdfText(PdfFontChain fonts) {
		this.fonts = fonts;
		Arrays.fill(latinWidths, -1);
	}

	/** The text as lines the font can draw, each at most {@code width} points wide at {@code size}; a line break starts a new line. */
	public List<String> lines(String text, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			String printable = printable(paragraph);
			if (!PdfBidi.hasRightToLeft(printable)) {
				lines.addAll(wrap(INVISIBLE.matcher(printable).replaceAll(""), size, width));
				continue;
			}
			for (String line : wrap(PdfBidi.shaped(printable, c -> fonts.fontFor(c) != null), size, width)) {
				lines.add(INVISIBLE.matcher(PdfBidi.visual(line)).replaceAll(""));
			}
		}
		return lines;
	}

	/** The line's width in points at {@code size}. */
	public float width(String line, float size) {
		return glyphs(line) / 1000 * size;
	}

	/** Draws one line (from {@link #lines}) with its baseline starting at (x, y), each run of characters in its font. */
	public void show(PDPageContentStream page, String line, float size, float x, float y) {
		try {
			page.beginText();
			page.newLineAtOffset(x, y);
			PDType0Font current = null;
			StringBuilder run = new StringBuilder();
			for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
				int c = line.codePointAt(i);
				PDType0Font font = fonts.fontFor(c);
				if (font == null) {
					continue; // an invisible mark (left-to-right, no-joiner) no font has
				}
				if (font != current && run.length() > 0) {
					page.setFont(current, size);
					page.showText(run.toString());
					run.setLength(0);
				}
				current = font;
				run.appendCodePoint(c);
			}
			if (run.length() > 0) {
				page.setFont(current, size);
				page.showText(run.toString());
			}
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
		PDType0Font font = fonts.fontFor(codePoint);
		if (font == null) {
			return 0;
		}
		try {
			return font.getStringWidth(new String(Character.toChars(codePoint)));
		}
		catch (IOException | IllegalArgumentException failed) {
			return 0;
		}
	}

	/** Where an emoji was left out, until {@link #printable} closes the gap (a noncharacter: an input U+FFFF prints as "?"). */
	private static final char LEFT_OUT = '\uFFFF';

	/** Marks that only steer joining and direction (no-joiner, left-to-right, right-to-left...): kept until shaped and ordered. */
	private static final Pattern INVISIBLE = Pattern.compile("[\u200C\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]");

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
			else if (isInvisible(c)) {
				out.appendCodePoint(c);
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

	private static boolean isInvisible(int c) {
		return c == 0x200C || c == 0x200E || c == 0x200F || c == 0x061C || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
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

	/** Whether a font of the chain has it; an emoji only counts in the bundled font. */
	private boolean hasGlyph(int codePoint) {
		return isEmojiPart(codePoint) ? fonts.bundledHas(codePoint) : fonts.fontFor(codePoint) != null;
	}

}
