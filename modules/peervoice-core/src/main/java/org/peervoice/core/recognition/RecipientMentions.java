package org.peervoice.core.recognition;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

import org.peervoice.core.kernel.NameQuery;

/**
 * Whether a recognition's message names a recipient: their whole display name, or one of its words, a first or last
 * name on its own ("gracias, rosa" names "Rosa Quiñones"), each as a whole word, with case and accents aside. The
 * message is shown as its giver wrote it, so a recognition whose message names a recipient who hides it or has not
 * approved it stays off the board ({@link Recognition#showsOnBoard}): no public read path shows that person's name.
 *
 * <p>Conservative on purpose: a name word that is also a common word ("Hope", "Rosa") keeps such a recognition off the
 * board too, which only costs its other recipients a public mention. Not found: a nickname, a misspelling, initials.
 * Words of fewer than two letters and the particles of Spanish and other names ("de", "la", "van") are not names alone.
 *
 * <p>Both texts are read as a reader sees them ({@link #asRead}): characters nothing draws (a soft hyphen, a zero-width
 * space, a word joiner: "Ro", U+00AD, "sa" shows "Rosa") are left out, compatibility forms are their plain letters (full-width
 * "Ｒｏｓａ"), and every apostrophe and hyphen is one (a phone's "O’Brien" is the portal's "O'Brien").
 */
public final class RecipientMentions {

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
	/** Format characters (soft hyphen, zero-width space and joiners, word joiner, ...) and the fillers nothing draws. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u034F]");
	private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u201B\\u02BC\\u02BB\\u2032\\uFF07\\u0060\\u00B4]");
	private static final Pattern HYPHENS = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212\\uFE63\\uFF0D]");
	private static final Set<String> PARTICLES = Set.of("da", "das", "de", "del", "der", "den", "di", "do", "dos", "du", "e", "el", "la",
		"las", "le", "los", "san", "st", "van", "von", "y");

	private RecipientMentions() {
	}

	/** Whether {@code message} names the person called {@code displayName}. */
	public static boolean names(String message, String displayName) {
		String name = String.join(" ", SPACES.split(NameQuery.fold(asRead(displayName)).strip()));
		if (message == null || name.length() < 2) {
			return false;
		}
		String text = String.join(" ", SPACES.split(NameQuery.fold(asRead(message))));
		if (holdsWord(text, name)) {
			return true;
		}
		for (String word : name.split(" ")) {
			String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
			if (bare.codePointCount(0, bare.length()) >= 2 && !PARTICLES.contains(bare) && holdsWord(text, bare)) {
				return true;
			}
		}
		return false;
	}

	/** The text as drawn: no invisible format characters, compatibility forms as plain letters, one apostrophe, one hyphen. */
	static String asRead(String text) {
		if (text == null) {
			return null;
		}
		String drawn = INVISIBLE.matcher(text).replaceAll("");
		return HYPHENS.matcher(APOSTROPHES.matcher(Normalizer.normalize(drawn, Normalizer.Form.NFKC)).replaceAll("'")).replaceAll("-");
	}

	private static boolean holdsWord(String text, String word) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
	}

}
