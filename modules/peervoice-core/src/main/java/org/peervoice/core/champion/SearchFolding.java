package org.peervoice.core.champion;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as search compares it: decomposed, without combining marks, in lower case, so that "jose" finds "José" and
 * "nino" finds "Niño" (in English and Spanish alike, where people often type without accents).
 */
final class SearchFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private SearchFolding() {
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/**
	 * The letter a name files under in the A–Z index: its first letter in upper case, without accents, except that
	 * Spanish keeps Ñ a letter of its own.
	 */
	static String initialOf(String name, Locale locale) {
		for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
			int c = name.codePointAt(i);
			if (Character.isLetterOrDigit(c)) {
				String first = new String(Character.toChars(c));
				String upper = Normalizer.normalize(first, Normalizer.Form.NFC).toUpperCase(locale);
				if ("es".equals(locale.getLanguage()) && "Ñ".equals(upper)) {
					return upper;
				}
				String folded = fold(upper).toUpperCase(Locale.ROOT);
				return Character.isLetter(c) ? folded : "#";
			}
		}
		return "#";
	}

}
