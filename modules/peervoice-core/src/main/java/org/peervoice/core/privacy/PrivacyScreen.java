package org.peervoice.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

	private static final List<Rule> RULES = List.of(
		new Rule("email", "This looks like an email address.",
			Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")),
		new Rule("ssn", "This looks like a Social Security number.",
			Pattern.compile("(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])|(?i)\\b(?:ssn|social security(?: number| no\\.?| #)?)\\s*[:#]?\\s*\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{4}\\b")),
		new Rule("record-number", "This looks like a medical record, chart or case number.",
			Pattern.compile("(?i)\\b(?:mrn|medical record|record|chart|case|client id|patient id)\\s*(?:#|no\\.?|number|num\\.?|id)?\\s*[:#]?\\s*\\d[\\d-]*")),
		new Rule("date-of-birth", "This looks like a date of birth.",
			Pattern.compile("(?i)\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|born(?: on)?)\\s*(?:is|was)?\\s*[:\\-]?\\s*" + DATE)),
		new Rule("phone", "This looks like a phone number.",
			Pattern.compile("(?<![\\d-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?![\\d-])")),
		new Rule("street-address", "This looks like a street address.",
			Pattern.compile("\\b\\d{1,6}[A-Za-z]?\\s+(?:" + NOT_A_STREET_WORD + "[A-Za-z0-9.'-]+\\s+){1,3}"
				+ "(?:(?i:street|avenue|road|boulevard|lane|drive|court|place|terrace|circle|parkway|highway)|St|Ave|Rd|Blvd|Ln|Ct|Pl|Cir|Pkwy|Hwy|Way)\\b\\.?")));

	/** Screens each field (name to text, in order) and returns every warning, at most one per span of text. */
	public List<PrivacyWarning> screen(Map<String, String> fields) {
		List<PrivacyWarning> warnings = new ArrayList<>();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			warnings.addAll(screen(field.getKey(), field.getValue()));
		}
		return warnings;
	}

	public List<PrivacyWarning> screen(String field, String text) {
		List<PrivacyWarning> warnings = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return warnings;
		}
		List<int[]> flagged = new ArrayList<>();
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern.matcher(text);
			while (matcher.find()) {
				if (overlapsAny(flagged, matcher.start(), matcher.end())) {
					continue;
				}
				flagged.add(new int[] {matcher.start(), matcher.end()});
				warnings.add(new PrivacyWarning(rule.code, field, rule.message, excerpt(matcher.group())));
			}
		}
		return warnings;
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

		Rule(String code, String message, Pattern pattern) {
			this.code = code;
			this.message = message;
			this.pattern = pattern;
		}

	}

}
