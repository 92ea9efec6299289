package org.peervoice.core.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags text that looks like contact details, identifiers, record numbers, dates of birth or
 * street addresses, so a writer can remove them before posting (staff may mention clients).
 * It only warns; it never changes or keeps the text. Any capability that takes free text uses it.
 */
public final class PrivacyScreen {

	private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
	private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|" + MONTH
		+ "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4})";
	private static final String NOT_A_STREET_WORD = "(?!(?i:on|the|in|at|of|to|a|an|and|or|for|with|from|down|up|my|our|their|his|her|more|than)\\b)";

	private static final String[] STREET_WORDS = {"street", "avenue", "road", "boulevard", "lane", "drive", "court", "place", "terrace",
		"circle", "parkway", "highway"};
	private static final String[] STREET_ABBREVIATIONS = {"St", "Ave", "Rd", "Blvd", "Ln", "Ct", "Pl", "Cir", "Pkwy", "Hwy", "Way"};
	private static final String[] RECORD_WORDS = {"mrn", "medical record", "record", "chart", "case", "client id", "patient id"};
	private static final String[] BIRTH_WORDS = {"dob", "d.o.b", "date of birth", "birth", "born"};

	// Running six patterns from every position of 5,000 characters costs milliseconds. So each rule first asks whether
	// the text holds what every match of its pattern needs (an @, digits, a keyword, a street word), and then tries its
	// pattern only where a match can begin (where a keyword, a number or an address before an @ starts), found by
	// plain scans. The matches, and so the warnings, are the ones a scan from every position finds.
	private static final List<Rule> RULES = List.of(
		new Rule("email", "This looks like an email address.",
			Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
			clues -> clues.at, Clues::emailStarts),
		new Rule("ssn", "This looks like a Social Security number.",
			Pattern.compile("(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])|(?i)\\b(?:ssn|social security(?: number| no\\.?| #)?)\\s*[:#]?\\s*\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{4}\\b"),
			clues -> clues.digits >= 9 && (clues.hyphen || clues.mentions("ssn", "social security")),
			clues -> clues.numberOrKeywordStarts("ssn", "social security")),
		new Rule("record-number", "This looks like a medical record, chart or case number.",
			Pattern.compile("(?i)\\b(?:mrn|medical record|record|chart|case|client id|patient id)\\s*(?:#|no\\.?|number|num\\.?|id)?\\s*[:#]?\\s*\\d[\\d-]*"),
			clues -> clues.digits > 0 && clues.mentions(RECORD_WORDS), clues -> clues.keywordStarts(RECORD_WORDS)),
		new Rule("date-of-birth", "This looks like a date of birth.",
			Pattern.compile("(?i)\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|born(?: on)?)\\s*(?:is|was)?\\s*[:\\-]?\\s*" + DATE),
			clues -> clues.digits > 0 && clues.mentions(BIRTH_WORDS), clues -> clues.keywordStarts(BIRTH_WORDS)),
		new Rule("phone", "This looks like a phone number.",
			Pattern.compile("(?<![\\d-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?![\\d-])"),
			clues -> clues.digits >= 10, Clues::numberStarts),
		new Rule("street-address", "This looks like a street address.",
			Pattern.compile("\\b\\d{1,6}[A-Za-z]?\\s+(?:" + NOT_A_STREET_WORD + "[A-Za-z0-9.'-]+\\s+){1,3}"
				+ "(?:(?i:street|avenue|road|boulevard|lane|drive|court|place|terrace|circle|parkway|highway)|St|Ave|Rd|Blvd|Ln|Ct|Pl|Cir|Pkwy|Hwy|Way)\\b\\.?"),
			clues -> clues.digits > 0 && clues.mentionsStreetWord(), Clues::digitRunStarts));

	/** Screens each field (name to text, in order) and returns every warning, at most one per span of text. */
	public List<PrivacyWarning> screen(Map<String, String> fields) {
		List<PrivacyWarning> warnings = new ArrayList<>();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			warnings.addAll(screen(field.getKey(), field.getValue()));
		}
		return warnings;
	}

	public List<PrivacyWarning> screen(String field, String text) {
		return screen(field, text, true);
	}

	/** The same screening with every pattern run on every text: tests compare it with {@link #screen(String, String)}. */
	List<PrivacyWarning> screenWithEveryPattern(String field, String text) {
		return screen(field, text, false);
	}

	private List<PrivacyWarning> screen(String field, String text, boolean skipPatternsThatCannotMatch) {
		List<PrivacyWarning> warnings = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return warnings;
		}
		List<int[]> flagged = new ArrayList<>();
		Clues clues = new Clues(text);
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern.matcher(text);
			if (!skipPatternsThatCannotMatch) {
				while (matcher.find()) {
					flag(rule, matcher, field, flagged, warnings);
				}
			}
			else if (rule.worthTrying.test(clues)) {
				// Exactly what find() does, minus the positions where no match can begin: the next match is the one
				// at the first possible start at or after the previous match's end. Transparent bounds let
				// look-behinds and word boundaries see the text before the start, as find() does.
				matcher.useTransparentBounds(true).useAnchoringBounds(false);
				BitSet starts = rule.starts.apply(clues);
				for (int start = starts.nextSetBit(0); start >= 0; start = starts.nextSetBit(start + 1)) {
					if (matcher.region(start, text.length()).lookingAt()) {
						flag(rule, matcher, field, flagged, warnings);
						start = matcher.end() - 1;
					}
				}
			}
		}
		return warnings;
	}

	private static void flag(Rule rule, Matcher matcher, String field, List<int[]> flagged, List<PrivacyWarning> warnings) {
		if (overlapsAny(flagged, matcher.start(), matcher.end())) {
			return;
		}
		flagged.add(new int[] {matcher.start(), matcher.end()});
		warnings.add(new PrivacyWarning(rule.code, field, rule.message, excerpt(matcher.group())));
	}

	/** Throws {@link PrivacyWarningsFound} when screening finds anything and the writer has not confirmed. */
	public void requireConfirmedOrClean(Map<String, String> fields, boolean confirmed) {
		if (confirmed) {
			return;
		}
		List<PrivacyWarning> warnings = screen(fields);
		if (!warnings.isEmpty()) {
			throw new PrivacyWarningsFound(warnings);
		}
	}

	private static boolean overlapsAny(List<int[]> spans, int start, int end) {
		for (int[] span : spans) {
			if (start < span[1] && span[0] < end) {
				return true;
			}
		}
		return false;
	}

	// Enough to find the spot again, not enough to repeat the detail back in full.
	static String excerpt(String match) {
		int at = match.indexOf('@');
		if (at > 0) {
			return match.charAt(0) + "…@…";
		}
		int visible = Math.min(4, Math.max(1, match.length() / 3));
		return match.substring(0, visible) + "…";
	}

	private static final class Rule {

		final String code;
		final String message;
		final Pattern pattern;
		final Predicate<Clues> worthTrying;
		final Function<Clues, BitSet> starts;

		Rule(String code, String message, Pattern pattern, Predicate<Clues> worthTrying, Function<Clues, BitSet> starts) {
			this.code = code;
			this.message = message;
			this.pattern = pattern;
			this.worthTrying = worthTrying;
			this.starts = starts;
		}

	}

	/** What a text holds that the patterns need; each is a necessary condition for some pattern to match. */
	private static final class Clues {

		final String text;
		final boolean at;
		final boolean hyphen;
		final int digits;
		private String lowerCase;

		Clues(String text) {
			this.text = text;
			boolean foundAt = false;
			boolean foundHyphen = false;
			int digitCount = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (isDigit(c)) {
					digitCount++;
				}
				else if (c == '@') {
					foundAt = true;
				}
				else if (c == '-') {
					foundHyphen = true;
				}
			}
			this.at = foundAt;
			this.hyphen = foundHyphen;
			this.digits = digitCount;
		}

		boolean mentions(String... lowerCaseKeywords) {
			for (String keyword : lowerCaseKeywords) {
				if (lowerCase().contains(keyword)) {
					return true;
				}
			}
			return false;
		}

		// Where one of the keywords begins, in any letter case: where a pattern starting with them may match.
		BitSet keywordStarts(String... lowerCaseKeywords) {
			BitSet starts = new BitSet(text.length());
			for (String keyword : lowerCaseKeywords) {
				for (int at = lowerCase().indexOf(keyword); at >= 0; at = lowerCase().indexOf(keyword, at + 1)) {
					starts.set(at);
				}
			}
			return starts;
		}

		// Where a run of digits begins: a street address starts at a word boundary before a digit.
		BitSet digitRunStarts() {
			BitSet starts = new BitSet(text.length());
			for (int i = 0; i < text.length(); i++) {
				if (isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1)))) {
					starts.set(i);
				}
			}
			return starts;
		}

		// Where a number, a "+" or a "(" begins after anything but a digit or "-": the only places a phone number or
		// a Social Security number without its keyword can begin.
		BitSet numberStarts() {
			BitSet starts = new BitSet(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				boolean opens = isDigit(c) || c == '+' || c == '(';
				if (opens && (i == 0 || !isDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '-')) {
					starts.set(i);
				}
			}
			return starts;
		}

		BitSet numberOrKeywordStarts(String... lowerCaseKeywords) {
			BitSet starts = numberStarts();
			starts.or(keywordStarts(lowerCaseKeywords));
			return starts;
		}

		// An address's local part runs without a break up to its @: every position of that run.
		BitSet emailStarts() {
			BitSet starts = new BitSet(text.length());
			for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
				int start = at;
				while (start > 0 && isLocalPartCharacter(text.charAt(start - 1))) {
					start--;
				}
				starts.set(start, at);
			}
			return starts;
		}

		// Lower-cased as the patterns fold case (ASCII letters only), so positions stay those of the text.
		private String lowerCase() {
			if (lowerCase == null) {
				char[] folded = text.toCharArray();
				for (int i = 0; i < folded.length; i++) {
					if (folded[i] >= 'A' && folded[i] <= 'Z') {
						folded[i] = (char) (folded[i] + ('a' - 'A'));
					}
				}
				lowerCase = new String(folded);
			}
			return lowerCase;
		}

		boolean mentionsStreetWord() {
			int length = text.length();
			int i = 0;
			while (i < length) {
				if (!isAsciiLetter(text.charAt(i))) {
					i++;
					continue;
				}
				int start = i;
				while (i < length && isAsciiLetter(text.charAt(i))) {
					i++;
				}
				if (isStreetWord(start, i - start)) {
					return true;
				}
			}
			return false;
		}

		private boolean isStreetWord(int start, int length) {
			for (String word : STREET_WORDS) {
				if (word.length() == length && text.regionMatches(true, start, word, 0, length)) {
					return true;
				}
			}
			for (String abbreviation : STREET_ABBREVIATIONS) {
				if (abbreviation.length() == length && text.regionMatches(false, start, abbreviation, 0, length)) {
					return true;
				}
			}
			return false;
		}

		private static boolean isAsciiLetter(char c) {
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
		}

		private static boolean isDigit(char c) {
			return c >= '0' && c <= '9';
		}

		private static boolean isLocalPartCharacter(char c) {
			return isAsciiLetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
		}

	}

}
