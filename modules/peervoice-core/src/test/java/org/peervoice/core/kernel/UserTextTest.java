package org.peervoice.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class UserTextTest {

	// every code point, sorted by general category (index = Character.getType), so generated texts draw from all of them
	private static final List<int[]> CODE_POINTS_BY_CATEGORY = codePointsByCategory();

	private static TextFault faultOf(String raw) {
		return UserText.of(raw).fault();
	}

	private static String textOf(String raw) {
		UserText checked = UserText.of(raw);
		assertNull(checked.fault(), () -> "refused " + escape(raw));
		return checked.text();
	}

	@Test
	void aCutNeverSplitsASurrogatePairAndIsTheLongestThatFits() {
		Random random = new Random(20261204);
		String[] pieces = {"a", "\u00E9", "\uD83D\uDE00", "\uD835\uDC00", " ", "\u0301"};
		for (int round = 0; round < 5_000; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(20);
			for (int i = 0; i < length; i++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String whole = text.toString();
			int max = 1 + random.nextInt(25);
			String cut = UserText.cut(whole, max);
			assertTrue(whole.startsWith(cut), whole);
			assertTrue(cut.length() <= max, whole);
			assertFalse(!cut.isEmpty() && Character.isHighSurrogate(cut.charAt(cut.length() - 1)), () -> "split: " + escape(whole) + " at " + max);
			// the longest: one more code point would not fit
			if (cut.length() < whole.length()) {
				assertTrue(whole.offsetByCodePoints(cut.length(), 1) > max, () -> "too short: " + escape(whole) + " at " + max);
			}
		}
	}

	@Test
	void invisibleOnlyTextIsBlank() {
		String[] invisible = {"\u200B", "\uFEFF", "\u00A0", "\u3000", "\u200B\u200B \u00A0", " \t\n ", "\u2028", "\u00AD", "\u200D",
			"\u2060", "\u3164", "\uFE0F", "\u180E", "\u200E\u200F", "\u2007\u202F\u205F", "\uDB40\uDC20",
			"\u0301\u0301\u0301", "\u20DD", "\u0903", "\u2800\u2800", "\uFFFC", " \u0301 \u2800"};
		for (String text : invisible) {
			assertTrue(UserText.of(text).isBlank(), escape(text));
			assertTrue(UserText.of("\n" + text + "\t").isBlank(), escape(text));
		}
		assertTrue(UserText.of(null).isBlank());
	}

	@Test
	void refusesControlCharactersBidiControlsLoneSurrogatesAndNoncharacters() {
		assertEquals(TextFault.CONTROL_CHARACTER, faultOf("a\u0000b"));
		assertEquals(TextFault.CONTROL_CHARACTER, faultOf("\u001B[31mred"));
		assertEquals(TextFault.CONTROL_CHARACTER, faultOf("\u001B"));
		assertEquals(TextFault.CONTROL_CHARACTER, faultOf("bell\u0007"));
		assertEquals(TextFault.CONTROL_CHARACTER, faultOf("del\u007F"));
		assertEquals(TextFault.CONTROL_CHARACTER, faultOf("next line\u0085here"));
		assertEquals(TextFault.CONTROL_CHARACTER, faultOf("csi\u009B"));
		for (int c = 0xFFF9; c <= 0xFFFB; c++) {
			assertEquals(TextFault.CONTROL_CHARACTER, faultOf("shown" + (char) c + "hidden"));
		}
		assertEquals(TextFault.BIDI_CONTROL, faultOf("\u202Egnp.exe"));
		assertEquals(TextFault.BIDI_CONTROL, faultOf("\u2066"));
		for (int c = 0x202A; c <= 0x202E; c++) {
			assertEquals(TextFault.BIDI_CONTROL, faultOf("x" + (char) c + "y"));
		}
		for (int c = 0x2066; c <= 0x2069; c++) {
			assertEquals(TextFault.BIDI_CONTROL, faultOf("x" + (char) c + "y"));
		}
		assertEquals(TextFault.UNPAIRED_SURROGATE, faultOf("lone \uD800 high"));
		assertEquals(TextFault.UNPAIRED_SURROGATE, faultOf("lone \uDC00 low"));
		assertEquals(TextFault.UNPAIRED_SURROGATE, faultOf("reversed \uDC00\uD800"));
		assertEquals(TextFault.UNPAIRED_SURROGATE, faultOf("ends high\uD83D"));
		assertEquals(TextFault.NONCHARACTER, faultOf("x\uFFFE"));
		assertEquals(TextFault.NONCHARACTER, faultOf("x\uFDD0"));
		assertEquals(TextFault.NONCHARACTER, faultOf("x" + new String(Character.toChars(0x10FFFF))));
	}

	@Test
	void keepsTabsNewlinesEmojiAndDirectionMarks() {
		assertEquals("a\tb\nc", textOf("a\tb\nc"));
		assertEquals("a\nb\nc\nd\ne", textOf("a\r\nb\rc\u2028d\u2029e"));
		assertEquals("\uD83D\uDC69\u200D\u2695\uFE0F nurse", textOf("\uD83D\uDC69\u200D\u2695\uFE0F nurse"));
		assertEquals("\u05E9\u05DC\u05D5\u05DD\u200F abc", textOf("\u05E9\u05DC\u05D5\u05DD\u200F abc"));
		assertEquals("word\u200Bbreak", textOf("\u200Bword\u200Bbreak\uFEFF"));
	}

	@Test
	void composesToNfcAndTrimsUnicodeSpaces() {
		assertEquals("caf\u00E9", textOf("cafe\u0301"));
		assertEquals("Se\u00F1or", textOf("\u3000\u00A0Sen\u0303or\u2003\u200B"));
		assertEquals("\u00C5", textOf("\u212B"));
	}

	@Test
	void lengthIsCountedInUtf16UnitsAfterNormalization() {
		FieldErrors errors = new FieldErrors();
		String emoji = "\uD83D\uDE00";
		assertEquals(emoji.repeat(5), UserText.require(errors, "title", emoji.repeat(5), 10));
		assertTrue(errors.isEmpty());
		assertEquals("", UserText.require(errors, "title", emoji.repeat(5) + "x", 10));
		InvalidInput invalid = assertThrows(InvalidInput.class, errors::throwIfAny);
		assertEquals(Map.of("title", "too-long"), invalid.fieldCodes());
		assertEquals(Map.of("title", "must be at most 10 characters"), invalid.fieldErrors());

		FieldErrors composed = new FieldErrors();
		assertEquals("\u00E9".repeat(10), UserText.require(composed, "title", "e\u0301".repeat(10), 10));
		assertTrue(composed.isEmpty(), "counted after composition");
	}

	@Test
	void requiredFieldsReportAStableCodePerField() {
		FieldErrors errors = new FieldErrors();
		UserText.require(errors, "title", "\u200B\u3000", 150);
		UserText.require(errors, "body", "ok\u0000", 5000);
		UserText.optional(errors, "message", "  ", 2000);
		UserText.require(errors, "note", null, 10);
		InvalidInput invalid = assertThrows(InvalidInput.class, errors::throwIfAny);
		assertEquals(Map.of("title", "required", "body", "control-character", "note", "required"), invalid.fieldCodes());
		assertEquals(invalid.fieldCodes().keySet(), invalid.fieldErrors().keySet());
	}

	@Test
	void oneLineFieldsRefuseLineBreaksAndTabsInsideButTrimThemOutside() {
		FieldErrors errors = new FieldErrors();
		assertEquals("Quiet room", UserText.requireLine(errors, "title", "\r\n Quiet room\t\n", 150));
		assertTrue(errors.isEmpty());
		UserText.requireLine(errors, "title", "Quiet\r\nroom", 150);
		UserText.requireLine(errors, "label", "key\tlabel", 80);
		UserText.requireLine(errors, "other", "\u2028", 80);
		InvalidInput invalid = assertThrows(InvalidInput.class, errors::throwIfAny);
		assertEquals(Map.of("title", "line-break", "label", "control-character", "other", "required"), invalid.fieldCodes());
	}

	@Test
	void generatedTextsFromEveryCategoryComeOutNormalizedOrRefusedForACause() {
		Random random = new Random(6_0104);
		for (int round = 0; round < 20_000; round++) {
			String raw = randomText(random, 1 + random.nextInt(24));
			UserText checked = UserText.of(raw);
			TextFault expected = expectedFault(raw);
			assertEquals(expected, checked.fault(), () -> escape(raw));
			if (expected != null) {
				assertEquals("", checked.text());
				continue;
			}
			String text = checked.text();
			assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), () -> escape(raw));
			assertFalse(text.contains("\r"), () -> escape(raw));
			assertEquals(text.isEmpty(), !UserText.hasVisibleCharacter(text), () -> escape(raw));
			if (!text.isEmpty()) {
				assertFalse(trimmable(text.codePointAt(0)), () -> escape(raw));
				assertFalse(trimmable(text.codePointBefore(text.length())), () -> escape(raw));
			}
			assertEquals(text, textOf(text), () -> "normalizing twice changes " + escape(raw));
			assertEquals(text, textOf(" \u200B" + raw + "\r\n\u3000"), () -> "padding changes " + escape(raw));
		}
	}

	private static TextFault expectedFault(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return TextFault.UNPAIRED_SURROGATE;
			}
		}
		// NFC maps no allowed character to a refused one nor the other way round, so the raw text decides
		for (int i = 0; i < raw.length(); ) {
			int c = raw.codePointAt(i);
			i += Character.charCount(c);
			if (c == '\r' || c == '\n' || c == '\t') {
				continue;
			}
			if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xFFF9 && c <= 0xFFFB)) {
				return TextFault.CONTROL_CHARACTER;
			}
			if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
				return TextFault.BIDI_CONTROL;
			}
			if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
				return TextFault.NONCHARACTER;
			}
		}
		return null;
	}

	private static boolean trimmable(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
			|| UserText.isInvisibleFiller(c);
	}

	/** A text of {@code length} code points, each from a category drawn at random, so rare categories come up as often as letters. */
	static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(10);
			if (kind == 0) {
				text.append(" \t\n\r\u00A0\u3000\u200B\uFEFF\u202E\u2066\u001B\u0000aZ9.,\u0301".charAt(random.nextInt(18)));
				continue;
			}
			int[] category = CODE_POINTS_BY_CATEGORY.get(random.nextInt(CODE_POINTS_BY_CATEGORY.size()));
			text.appendCodePoint(category[random.nextInt(category.length)]);
		}
		return text.toString();
	}

	private static List<int[]> codePointsByCategory() {
		List<List<Integer>> byType = new ArrayList<>();
		for (int type = 0; type < 32; type++) {
			byType.add(new ArrayList<>());
		}
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			byType.get(Character.getType(c)).add(c);
		}
		List<int[]> categories = new ArrayList<>();
		for (List<Integer> codePoints : byType) {
			if (!codePoints.isEmpty()) {
				categories.add(codePoints.stream().mapToInt(Integer::intValue).toArray());
			}
		}
		return categories;
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			escaped.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
		}
		return escaped.toString();
	}

}
