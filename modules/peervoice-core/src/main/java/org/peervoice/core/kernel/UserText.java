package org.peervoice.core.kernel;

import java.text.Normalizer;

/**
 * The one normalization every text a person types goes through, in every capability, before it is
 * checked, screened or stored:
 * <ol>
 * <li>CRLF, CR and the Unicode line and paragraph separators become LF;</li>
 * <li>Unicode NFC, so the same words are the same characters whatever keyboard typed them;</li>
 * <li>refused: C0 and C1 control characters other than LF and TAB (NUL, ESC, DEL...), which terminals, logs and
 * exports interpret; unpaired surrogates, which are not text and which encoders replace or reject; noncharacters;
 * and the bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069), which
 * reorder the text shown after them, so that a title can display something other than what it says
 * (and whose scope can leak into the page around it). The marks LRM and RLM stay allowed: they have no scope.
 * The interlinear annotation controls (U+FFF9 to U+FFFB) are refused as control characters: some renderers hide the
 * text between them;</li>
 * <li>leading and trailing white space, Unicode spaces included, and invisible format characters are trimmed;</li>
 * <li>a text with no visible character (letter, number, punctuation or symbol, leaving out the invisible
 * fillers and selectors, the blank Braille pattern and the object replacement character) is blank, which counts as
 * empty; combining marks alone are not visible text either: they only decorate the character before them;</li>
 * <li>lengths are counted in UTF-16 code units (see {@link TextLimits}).</li>
 * </ol>
 */
public final class UserText {

	private static final int BRAILLE_PATTERN_BLANK = 0x2800;
	private static final int OBJECT_REPLACEMENT = 0xFFFC;

	private final String text;
	private final TextFault fault;

	private UserText(String text, TextFault fault) {
		this.text = text;
		this.fault = fault;
	}

	/** Normalizes {@code raw} (null is blank); the result is either a text or the first fault found. */
	public static UserText of(String raw) {
		if (raw == null) {
			return new UserText("", null);
		}
		TextFault surrogates = unpairedSurrogates(raw);
		if (surrogates != null) {
			return new UserText("", surrogates);
		}
		String normalized = Normalizer.normalize(unifyLineBreaks(raw), Normalizer.Form.NFC);
		TextFault refused = refusedCharacter(normalized);
		if (refused != null) {
			return new UserText("", refused);
		}
		String trimmed = trim(normalized);
		return new UserText(hasVisibleCharacter(trimmed) ? trimmed : "", null);
	}

	/**
	 * The longest start of {@code text} of at most {@code maxLength} UTF-16 code units that does not split a surrogate
	 * pair (an emoji is kept whole or left out): for names and titles cut to fit a column or a line.
	 */
	public static String cut(String text, int maxLength) {
		if (text.length() <= maxLength) {
			return text;
		}
		return text.substring(0, Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength);
	}

	/**
	 * A required field: the normalized text, or "" with the fault added to {@code errors} under {@code field}.
	 */
	public static String require(FieldErrors errors, String field, String raw, int maxLength) {
		return check(errors, field, raw, maxLength, true);
	}

	/** A field that may be left blank (then ""). */
	public static String optional(FieldErrors errors, String field, String raw, int maxLength) {
		return check(errors, field, raw, maxLength, false);
	}

	/**
	 * A required one-line field (a title, a label): as {@link #require}, and a line break or a TAB inside is refused
	 * (some are stored as lines of key TAB label).
	 */
	public static String requireLine(FieldErrors errors, String field, String raw, int maxLength) {
		UserText checked = of(raw);
		if (checked.fault == null && checked.text.indexOf('\n') >= 0) {
			errors.add(field, TextFault.LINE_BREAK, maxLength);
			return "";
		}
		if (checked.fault == null && checked.text.indexOf('\t') >= 0) {
			errors.add(field, TextFault.CONTROL_CHARACTER, maxLength);
			return "";
		}
		return check(errors, field, raw, maxLength, true);
	}

	private static String check(FieldErrors errors, String field, String raw, int maxLength, boolean required) {
		UserText checked = of(raw);
		TextFault fault = checked.fault;
		if (fault == null && required && checked.isBlank()) {
			fault = TextFault.REQUIRED;
		}
		if (fault == null && checked.text.length() > maxLength) {
			fault = TextFault.TOO_LONG;
		}
		if (fault != null) {
			errors.add(field, fault, maxLength);
			return "";
		}
		return checked.text;
	}

	/** The normalized text; "" when blank or refused. */
	public String text() {
		return text;
	}

	/** Why the text was refused, or null. */
	public TextFault fault() {
		return fault;
	}

	public boolean isBlank() {
		return fault == null && text.isEmpty();
	}

	private static String unifyLineBreaks(String raw) {
		StringBuilder unified = null;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			boolean lineBreak = c == '\r' || c == '\u2028' || c == '\u2029';
			if (lineBreak && unified == null) {
				unified = new StringBuilder(raw.length()).append(raw, 0, i);
			}
			if (lineBreak) {
				unified.append('\n');
				if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else if (unified != null) {
				unified.append(c);
			}
		}
		return unified == null ? raw : unified.toString();
	}

	private static TextFault unpairedSurrogates(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return TextFault.UNPAIRED_SURROGATE;
			}
		}
		return null;
	}

	private static TextFault refusedCharacter(String text) {
		for (int i = 0; i < text.length(); ) {
			int c = text.codePointAt(i);
			if (isControl(c)) {
				return TextFault.CONTROL_CHARACTER;
			}
			if (isBidiControl(c)) {
				return TextFault.BIDI_CONTROL;
			}
			if (isNoncharacter(c)) {
				return TextFault.NONCHARACTER;
			}
			i += Character.charCount(c);
		}
		return null;
	}

	static boolean isControl(int c) {
		return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0xFFF9 && c <= 0xFFFB);
	}

	static boolean isBidiControl(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	static boolean isNoncharacter(int c) {
		return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
	}

	private static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end) {
			int c = text.codePointAt(start);
			if (!isTrimmed(c)) {
				break;
			}
			start += Character.charCount(c);
		}
		while (end > start) {
			int c = text.codePointBefore(end);
			if (!isTrimmed(c)) {
				break;
			}
			end -= Character.charCount(c);
		}
		return text.substring(start, end);
	}

	private static boolean isTrimmed(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT || isInvisibleFiller(c);
	}

	// Default-ignorable characters that Unicode files as letters or marks although nothing is drawn for them.
	static boolean isInvisibleFiller(int c) {
		return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || (c >= 0x180B && c <= 0x180F)
			|| c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFFA0 || (c >= 0xE0100 && c <= 0xE01EF);
	}

	static boolean hasVisibleCharacter(String text) {
		for (int i = 0; i < text.length(); ) {
			int c = text.codePointAt(i);
			if (isVisible(c)) {
				return true;
			}
			i += Character.charCount(c);
		}
		return false;
	}

	private static boolean isVisible(int c) {
		if (isInvisibleFiller(c) || c == BRAILLE_PATTERN_BLANK || c == OBJECT_REPLACEMENT) {
			return false;
		}
		switch (Character.getType(c)) {
			case Character.UPPERCASE_LETTER:
			case Character.LOWERCASE_LETTER:
			case Character.TITLECASE_LETTER:
			case Character.MODIFIER_LETTER:
			case Character.OTHER_LETTER:
			case Character.DECIMAL_DIGIT_NUMBER:
			case Character.LETTER_NUMBER:
			case Character.OTHER_NUMBER:
			case Character.CONNECTOR_PUNCTUATION:
			case Character.DASH_PUNCTUATION:
			case Character.START_PUNCTUATION:
			case Character.END_PUNCTUATION:
			case Character.INITIAL_QUOTE_PUNCTUATION:
			case Character.FINAL_QUOTE_PUNCTUATION:
			case Character.OTHER_PUNCTUATION:
			case Character.MATH_SYMBOL:
			case Character.CURRENCY_SYMBOL:
			case Character.MODIFIER_SYMBOL:
			case Character.OTHER_SYMBOL:
				return true;
			default:
				return false;
		}
	}

}
