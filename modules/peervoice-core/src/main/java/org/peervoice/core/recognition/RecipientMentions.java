package org.peervoice.core.recognition;

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
 */
public final class RecipientMentions {

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
	private static final Set<String> PARTICLES = Set.of("da", "das", "de", "del", "der", "den", "di", "do", "dos", "du", "e", "el", "la",
		"las", "le", "los", "san", "st", "van", "von", "y");

	private RecipientMentions() {
	}

	/** Whether {@code message} names the person called {@code displayName}. */
	public static boolean names(String message, String displayName) {
		String name = String.join(" ", SPACES.split(NameQuery.fold(displayName).strip()));
		if (message == null || name.length() < 2) {
			return false;
		}
		String text = String.join(" ", SPACES.split(NameQuery.fold(message)));
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

	private static boolean holdsWord(String text, String word) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
	}

}
