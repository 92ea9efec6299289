package org.peervoice.core.champion;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Locale;

import org.peervoice.core.kernel.NameQuery;

/**
 * Text as search compares it: decomposed, without combining marks, in lower case, so that "jose" finds "José" and
 * "nino" finds "Niño" (in English and Spanish alike, where people often type without accents).
 */
final class SearchFolding {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	static final Locale ENGLISH = Locale.ENGLISH;
	static final Locale SPANISH = Locale.forLanguageTag("es");

	private SearchFolding() {
	}

	static String fold(String text) {
		return NameQuery.fold(text);
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

	/** The collator names are ordered with in {@code locale}: accents and case count, after the letters. */
	static Collator collator(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.TERTIARY);
		return collator;
	}

	/**
	 * The name's collation key in {@code locale} as lower-case hexadecimal, at most {@code maxLength} characters: two
	 * keys compare as texts (in any database collation, as they are plain ASCII digits and letters) as the collator
	 * compares the names, up to the cut, after which the database breaks ties by id.
	 */
	static String sortKey(String name, Locale locale, int maxLength) {
		byte[] key = collator(locale).getCollationKey(name).toByteArray();
		int bytes = Math.min(key.length, maxLength / 2);
		char[] hex = new char[bytes * 2];
		for (int i = 0; i < bytes; i++) {
			hex[2 * i] = HEX[(key[i] >> 4) & 0xF];
			hex[2 * i + 1] = HEX[key[i] & 0xF];
		}
		return new String(hex);
	}

}
