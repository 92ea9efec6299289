package org.peervoice.core.kernel;

import java.text.Bidi;
import java.util.function.IntPredicate;

/**
 * Right-to-left text for PDFBox, which draws characters one after another from left to right, with no shaping: Arabic
 * letters joined (each replaced by its initial, medial, final or isolated presentation form, lam-alef by its
 * ligature, where a font of the document has the form) and each line in visual order (the JDK's {@link Bidi}, the
 * Unicode Bidirectional Algorithm; right-to-left runs reversed, brackets mirrored).
 *
 * <p>Why not ICU4J's {@code ArabicShaping} and {@code Bidi}: the ICU4J jar is about 14 MB and the Liferay service
 * bundle, which embeds its libraries, has about 1 MB left of its 20 MB budget (docs/architecture.md, "Libraries").
 * The presentation forms are fixed by Unicode (Arabic Presentation Forms-A and -B); the table below holds the letters
 * of Arabic, Persian and Urdu that have them.
 */
final class PdfBidi {

	private static final int LAM = 0x0644;

	/** Base letter to its first presentation form (isolated; then final, initial, medial) and its number of forms (2: joins only to the right). */
	private static final int[][] FORMS = forms();

	private PdfBidi() {
	}

	/** Whether the text holds a right-to-left character (nothing to do otherwise). */
	static boolean hasRightToLeft(String text) {
		return Bidi.requiresBidi(text.toCharArray(), 0, text.length());
	}

	/** The Arabic letters of the logical text in their joined forms, where {@code drawable} has the form. */
	static String shaped(String text, IntPredicate drawable) {
		int[] in = text.codePoints().toArray();
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < in.length; i++) {
			int c = in[i];
			int[] forms = formsOf(c);
			if (forms == null) {
				out.appendCodePoint(c);
				continue;
			}
			boolean joinsBefore = joinsToTheLeft(neighbour(in, i, -1));
			int next = neighbour(in, i, +1);
			if (c == LAM && i + 1 < in.length && lamAlef(in[i + 1]) > 0) {
				int ligature = lamAlef(in[i + 1]) + (joinsBefore ? 1 : 0);
				if (drawable.test(ligature)) {
					out.appendCodePoint(ligature);
					i++;
					continue;
				}
			}
			boolean joinsAfter = forms[1] == 4 && joinsToTheRight(next);
			int form = forms[1] == 1 ? forms[0] : forms[0] + (joinsBefore && joinsAfter ? 3 : joinsAfter ? 2 : joinsBefore ? 1 : 0);
			out.appendCodePoint(drawable.test(form) ? form : c);
		}
		return out.toString();
	}

	/** One line in visual order: left to right as drawn. */
	static String visual(String line) {
		if (!hasRightToLeft(line)) {
			return line;
		}
		Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
		int runs = bidi.getRunCount();
		byte[] levels = new byte[runs];
		String[] texts = new String[runs];
		for (int run = 0; run < runs; run++) {
			levels[run] = (byte) bidi.getRunLevel(run);
			String text = line.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
			texts[run] = levels[run] % 2 == 1 ? reversed(text) : text;
		}
		Bidi.reorderVisually(levels, 0, texts, 0, runs);
		return String.join("", texts);
	}

	private static String reversed(String text) {
		int[] codePoints = text.codePoints().toArray();
		StringBuilder out = new StringBuilder(text.length());
		for (int i = codePoints.length - 1; i >= 0; i--) {
			int c = codePoints[i];
			out.appendCodePoint(Character.isMirrored(c) ? mirrored(c) : c);
		}
		return out.toString();
	}

	private static int mirrored(int c) {
		switch (c) {
			case '(': return ')';
			case ')': return '(';
			case '[': return ']';
			case ']': return '[';
			case '{': return '}';
			case '}': return '{';
			case '<': return '>';
			case '>': return '<';
			case '\u00AB': return '\u00BB';
			case '\u00BB': return '\u00AB';
			case '\u2039': return '\u203A';
			case '\u203A': return '\u2039';
			default: return c;
		}
	}

	private static int neighbour(int[] text, int at, int step) {
		for (int i = at + step; i >= 0 && i < text.length; i += step) {
			if (!isTransparent(text[i])) {
				return text[i];
			}
		}
		return -1;
	}

	private static boolean isTransparent(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT && c != 0x200D && c != 0x200C;
	}

	/** The character before joins this one (dual-joining letters, tatweel, the zero-width joiner). */
	private static boolean joinsToTheLeft(int c) {
		if (c == 0x0640 || c == 0x200D) {
			return true;
		}
		int[] forms = formsOf(c);
		return forms != null && forms[1] == 4;
	}

	/** The character after joins this one (every letter with forms, tatweel, the zero-width joiner). */
	private static boolean joinsToTheRight(int c) {
		return c == 0x0640 || c == 0x200D || formsOf(c) != null && formsOf(c)[1] > 1;
	}

	/** The isolated lam-alef ligature for this alef, or 0 (its final form is the next). */
	private static int lamAlef(int c) {
		switch (c) {
			case 0x0622: return 0xFEF5;
			case 0x0623: return 0xFEF7;
			case 0x0625: return 0xFEF9;
			case 0x0627: return 0xFEFB;
			default: return 0;
		}
	}

	private static int[] formsOf(int c) {
		if (c < 0x0621 || c > 0x06FF) {
			return null;
		}
		int[] forms = FORMS[c - 0x0621];
		return forms[1] == 0 ? null : forms;
	}

	private static int[][] forms() {
		int[][] forms = new int[0x06FF - 0x0621 + 1][2];
		// Arabic Presentation Forms-B lists U+0621..U+064A in order, each with 1 (hamza), 2 or 4 forms
		String counts = "12222424244444222244444444" + "00000" + "0" + "4444444224";
		int form = 0xFE80;
		for (int i = 0; i < counts.length(); i++) {
			int count = counts.charAt(i) - '0';
			forms[i][0] = form;
			forms[i][1] = count;
			form += count;
		}
		// tatweel (U+0640) joins but has no forms
		forms[0x0640 - 0x0621][1] = 0;
		// Persian and Urdu letters, Arabic Presentation Forms-A
		int[][] a = {
			{0x0679, 0xFB66, 4}, {0x067E, 0xFB56, 4}, {0x0686, 0xFB7A, 4}, {0x0688, 0xFB88, 2}, {0x0691, 0xFB8C, 2},
			{0x0698, 0xFB8A, 2}, {0x06A9, 0xFB8E, 4}, {0x06AF, 0xFB92, 4}, {0x06BA, 0xFB9E, 2}, {0x06BE, 0xFBAA, 4},
			{0x06C1, 0xFBA6, 4}, {0x06CC, 0xFBFC, 4}, {0x06D2, 0xFBAE, 2}
		};
		for (int[] letter : a) {
			forms[letter[0] - 0x0621][0] = letter[1];
			forms[letter[0] - 0x0621][1] = letter[2];
		}
		return forms;
	}

}
