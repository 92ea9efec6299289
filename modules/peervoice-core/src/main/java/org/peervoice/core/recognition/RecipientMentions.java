package org.peervoice.core.recognition;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peervoice.core.kernel.NameQuery;

/**
 * Whether a recognition's message names a recipient: their whole display name, or one of its words, a first or last
 * name on its own ("gracias, rosa" names "Rosa Quiñones"), each as a whole word, with case and accents aside. The
 * message is shown as its giver wrote it, so a recognition whose message names a recipient who hides it or has not
 * approved it stays off the board ({@link Recognition#showsOnBoard}): no public read path shows that person's name. The
 * giver's warning about a recipient's whole name ({@link #wholeName}) compares the same way.
 *
 * <p>Conservative on purpose: a name word that is also a common word ("Hope", "Rosa") keeps such a recognition off the
 * board too, which only costs its other recipients a public mention. Not found: a nickname, a misspelling, initials.
 * Words of fewer than two letters and the particles of Spanish and other names ("de", "la", "van") are not names alone.
 *
 * <p>Both texts are read as a reader sees them ({@link #asRead}): characters nothing draws (a soft hyphen, a zero-width
 * space, a word joiner: "Ro", U+00AD, "sa" shows "Rosa") are left out, compatibility forms are their plain letters
 * (full-width "Ｒｏｓａ"), and every apostrophe and hyphen is one (a phone's "O’Brien" is the portal's "O'Brien").
 * Look-alike letters of another script (a Cyrillic "о" in "Rоsa") are not found.
 */
public final class RecipientMentions {

	private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]");
	/** Format characters (soft hyphen, zero-width space and joiners, word joiner, ...) and the fillers nothing draws. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u034F]");
	private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u201B\\u02BC\\u02BB\\u2032\\uFF07\\u0060\\u00B4]");
	private static final Pattern HYPHENS = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212\\uFE63\\uFF0D]");
	private static final Set<String> PARTICLES = Set.of("da", "das", "de", "del", "der", "den", "di", "do", "dos", "du", "e", "el", "la",
		"las", "le", "los", "san", "st", "van", "von", "y");

	private RecipientMentions() {
	}

	/** Whether {@code message} names the person called {@code displayName}: the whole name, or a word of it on its own. */
	public static boolean names(String message, String displayName) {
		String name = Folded.of(displayName).text.strip();
		if (message == null || name.length() < 2) {
			return false;
		}
		Folded text = Folded.of(message);
		if (text.find(name).isPresent()) {
			return true;
		}
		for (String word : name.split(" ")) {
			String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
			if (bare.codePointCount(0, bare.length()) >= 2 && !PARTICLES.contains(bare) && text.find(bare).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where {@code message} first holds the whole display name, compared as {@link #names} compares (the start and end, as
	 * UTF-16 indices of the message as written); empty if it does not. The giver is warned about these (the
	 * {@code recipient-name} warning: a recognition naming someone in full waits for every recipient's approval); a first
	 * or last name alone is common in thanks and is not warned about, though it too keeps the recognition off the board
	 * while that person hides it.
	 */
	public static Optional<int[]> wholeName(String message, String displayName) {
		String name = Folded.of(displayName).text.strip();
		return message == null || name.length() < 2 ? Optional.empty() : Folded.of(message).find(name);
	}

	/** One code point as drawn: nothing if invisible, its compatibility form's plain letters, one apostrophe, one hyphen. */
	static String asRead(String codePoint) {
		if (INVISIBLE.matcher(codePoint).matches()) {
			return "";
		}
		return HYPHENS.matcher(APOSTROPHES.matcher(Normalizer.normalize(codePoint, Normalizer.Form.NFKC)).replaceAll("'")).replaceAll("-");
	}

	/**
	 * Text as names are compared (one code point at a time: {@link #asRead}, then {@link NameQuery#fold}; each run of
	 * spaces as one space), with the index in the written text each compared character came from.
	 */
	private static final class Folded {

		final String text;
		/** For each char of {@link #text}: where its code point starts in the written text; one more entry: its length. */
		final int[] from;

		private Folded(String text, int[] from) {
			this.text = text;
			this.from = from;
		}

		static Folded of(String written) {
			String source = written == null ? "" : written;
			StringBuilder folded = new StringBuilder(source.length());
			int[] from = new int[source.length() * 3 + 1];
			boolean space = false;
			for (int at = 0; at < source.length();) {
				int codePoint = source.codePointAt(at);
				String one = new String(Character.toChars(codePoint));
				String drawn = asRead(one);
				String piece = SPACE.matcher(drawn).matches() ? " " : NameQuery.fold(drawn);
				if (!(space && " ".equals(piece))) {
					for (int i = 0; i < piece.length(); i++) {
						if (folded.length() + 1 >= from.length) {
							from = Arrays.copyOf(from, from.length * 2);
						}
						from[folded.length()] = at;
						folded.append(piece.charAt(i));
					}
				}
				space = " ".equals(piece) || space && piece.isEmpty();
				at += Character.charCount(codePoint);
			}
			from[folded.length()] = source.length();
			return new Folded(folded.toString(), Arrays.copyOf(from, folded.length() + 1));
		}

		/** The span of the first whole-word {@code word} (folded) in the written text. */
		Optional<int[]> find(String word) {
			Matcher found = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
			if (!found.find()) {
				return Optional.empty();
			}
			int end = found.end() < text.length() ? from[found.end()] : from[text.length()];
			return Optional.of(new int[] {from[found.start()], end});
		}

	}

}
