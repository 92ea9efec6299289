package org.peervoice.core.kernel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a people search matches: every word of the text, anywhere in the display name, with case and accents
 * aside ("jose" finds "José", "ruiz an" finds "Ana Ruiz"). Every {@link PeopleDirectory} host matches with this,
 * also after a portal's own search, which may look at e-mail addresses the picker must not match on.
 */
public final class NameQuery {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private final List<String> words;

	private NameQuery(List<String> words) {
		this.words = words;
	}

	public static NameQuery of(String text) {
		List<String> words = new ArrayList<>();
		for (String word : SPACES.split(fold(text).trim())) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return new NameQuery(List.copyOf(words));
	}

	/** The words searched for, folded; none for blank text, which matches nobody. */
	public List<String> words() {
		return words;
	}

	public boolean matches(String displayName) {
		if (words.isEmpty() || displayName == null) {
			return false;
		}
		String name = fold(displayName);
		for (String word : words) {
			if (!name.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** Text as people searches compare it: decomposed, without combining marks, in lower case. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
