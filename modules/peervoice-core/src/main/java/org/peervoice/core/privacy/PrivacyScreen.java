package org.peervoice.core.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Flags text that looks like contact details, identifiers, record numbers, dates of birth or
 * street addresses, so a writer can remove them before posting (staff may mention clients).
 * It only warns; it never changes or keeps the text. Any capability that takes free text uses it.
 *
 * <p>It reads English and Spanish (the languages the UI ships), ignoring letter case and diacritics:
 * every rule runs on a folded copy of the text of the same length (accents and the ordinals º ª dropped,
 * Unicode digits, dashes, spaces and full-width forms made ASCII), so offsets are those of the text itself.
 *
 * <p>The work per call is bounded: each pattern is tried only where a match can begin, on a window no longer than
 * its longest match, with bounded or possessive repetitions; and every character the patterns read is counted
 * against a budget. A text that would cost more gets a {@code screen-incomplete} warning (the writer or reviewer
 * checks it by eye) instead of a slow or failed request.
 */
public final class PrivacyScreen {

	/** Characters the patterns may read per call: some tens of milliseconds at most. */
	static final long WORK_BUDGET = 4_000_000;

	static final String INCOMPLETE = "screen-incomplete";
	private static final String INCOMPLETE_MESSAGE = "This text could not be screened in full; check it yourself for identifying details.";

	private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|set|dic)[a-z]{0,7}+\\.?";
	private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|" + MONTH
		+ "\\s++\\d{1,2}(?:st|nd|rd|th)?,?\\s++\\d{4}|\\d{1,2}(?:st|nd|rd|th|o)?\\s++(?:(?:of|de)\\s++)?" + MONTH
		+ ",?\\s++(?:(?:de|del)\\s++)?\\d{4})";
	private static final String NOT_A_STREET_WORD = "(?!(?i:on|the|in|at|of|to|a|an|and|or|for|with|from|down|up|my|our|their|his|her|more|than)\\b)";
	private static final String NOT_A_STREET_NAME = "(?!(?:a|al|en|y|e|o|u|que|con|sin|por|para|hay|es|son|esta|estan|tiene|tienen|tenia"
		+ "|fue|era|muy|mas|pero|como|cuando|donde|se|le|lo|les|nos|me|mi|su|sus|un|una|unos|unas|hace|desde|hasta|entre|sobre|tras"
		+ "|ha|han|the|on|in|at|of|to|and|or|for|with|from|is|was|has|had|have|are)\\b)";
	private static final String ARTICLES = "(?:(?:de|del|la|las|los|el|y)\\s++){0,2}+";
	private static final String NUMBER_SIGN = "(?:#|no\\.?|n\\.?\\s?[o\u00B0]\\.?|nro\\.?|number|num\\.?|numero|id)";

	private static final String[] STREET_WORDS = {"street", "avenue", "road", "boulevard", "lane", "drive", "court", "place", "terrace",
		"circle", "parkway", "highway"};
	private static final String[] STREET_ABBREVIATIONS = {"St", "Ave", "Rd", "Blvd", "Ln", "Ct", "Pl", "Cir", "Pkwy", "Hwy", "Way"};
	private static final String[] SPANISH_STREET_WORDS = {"calle", "c/", "avenida", "avda", "av", "carretera", "ctra", "camino", "paseo",
		"plaza", "pza", "glorieta", "ronda", "travesia", "pasaje", "callejon", "bulevar", "calzada"};
	private static final String[] RECORD_WORDS = {"mrn", "medical record", "record", "chart", "case", "client id", "patient id",
		"expediente", "historia clinica", "historial", "caso", "id de cliente", "id de paciente", "id cliente", "id paciente",
		"numero", "num", "nro", "no", "n.o", "n o", "n\u00B0", "n.\u00B0"};
	private static final String[] BIRTH_WORDS = {"dob", "d.o.b", "date of birth", "birth", "born", "fecha de nacimiento", "nac", "naci",
		"cumpleanos", "fnac", "f.", "f ", "fec"};
	private static final String[] NATIONAL_ID_WORDS = {"dni", "nie", "nif"};

	// Each rule asks first whether the text holds what every match of its pattern needs (an @, digits, a keyword,
	// a street word), and then tries its pattern only where a match can begin (where a keyword, a number or an
	// address before an @ starts), found by plain scans. The matches, and so the warnings, are the ones a scan from
	// every position finds (a test compares the two).
	private static final List<Rule> RULES = List.of(
		new Rule("email", "This looks like an email address.",
			Pattern.compile("[A-Za-z0-9._%+-]{1,64}+@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,63}"), 800,
			clues -> clues.at, Clues::emailStarts),
		new Rule("ssn", "This looks like a Social Security number.",
			Pattern.compile("(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])|(?i)\\b(?:ssn|social security(?: number| no\\.?| #)?)\\s*+[:#]?\\s*+"
				+ "\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{4}\\b"), 120,
			clues -> clues.digits >= 9 && (clues.hyphen || clues.mentions("ssn", "social security")),
			clues -> clues.numberOrKeywordStarts("ssn", "social security")),
		new Rule("national-id", "This looks like a national identity number.",
			Pattern.compile("(?<![\\dA-Za-z])\\d{8}[\\s-]?[A-HJ-NP-TV-Z](?![A-Za-z\\d])|(?<![\\dA-Za-z])[XYZ][\\s-]?\\d{7}[\\s-]?[A-HJ-NP-TV-Z]"
				+ "(?![A-Za-z\\d])|(?i)\\b(?:dni|nie|nif)\\s*+(?:" + NUMBER_SIGN + "\\s*+)?[:#]?\\s*+[XYZ]?\\d{7,8}"), 120,
			clues -> clues.digits >= 7, clues -> clues.nationalIdStarts(NATIONAL_ID_WORDS)),
		new Rule("record-number", "This looks like a medical record, chart or case number.",
			Pattern.compile("(?i)\\b(?:(?:numero|num\\.?|nro\\.?|n\\.?\\s?[o\u00B0]\\.?|no\\.?)\\s*+(?:del?\\s++)?"
				+ "(?:caso|cliente|paciente|expediente|historia(?: clinica)?|historial(?: clinico)?|registro|usuario)"
				+ "|mrn|medical record|record|chart|case|client id|patient id|expediente|historia clinica|historial clinico|caso"
				+ "|id (?:de )?(?:cliente|paciente))\\s*+" + NUMBER_SIGN + "?\\s*+[:#]?\\s*+\\d[\\d-]{0,30}+"), 160,
			clues -> clues.digits > 0 && clues.mentions(RECORD_WORDS), clues -> clues.keywordStarts(RECORD_WORDS)),
		new Rule("date-of-birth", "This looks like a date of birth.",
			Pattern.compile("(?i)\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|born(?: on)?|fecha de nacimiento"
				+ "|f(?:echa|ec)?\\.?\\s?(?:de\\s)?nac(?:imiento)?\\.?|nacid[oa](?:\\s++(?:el|en))?|naci(?:o)?\\s++el|cumpleanos)"
				+ "\\s*+(?:is|was|es|fue|el)?\\s*+[:\\-]?\\s*+" + DATE), 200,
			clues -> clues.digits > 0 && clues.mentions(BIRTH_WORDS), clues -> clues.keywordStarts(BIRTH_WORDS)),
		new Rule("phone", "This looks like a phone number.",
			Pattern.compile("(?<![\\d-])(?:(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]?\\d{4}"
				+ "|(?:(?:\\+|00)34[\\s.-]?)?(?:[6-9]\\d{2}(?:[\\s.-]?\\d{3}[\\s.-]?\\d{3}|[\\s.-]?\\d{2}[\\s.-]?\\d{2}[\\s.-]?\\d{2})"
				+ "|[89]\\d[\\s.-]?\\d{3}[\\s.-]?\\d{2}[\\s.-]?\\d{2})"
				+ "|(?:(?:\\+|00)52[\\s.-]?(?:1[\\s.-]?)?)?(?:\\(\\d{2}\\)|\\d{2})[\\s.-]?\\d{4}[\\s.-]?\\d{4}"
				+ "|\\+[1-9]\\d{0,2}[\\s.-]?(?:\\(\\d{1,4}\\)[\\s.-]?)?(?:\\d[\\s.-]?){6,12}\\d"
				+ "|\\d(?:[\\s.]\\d){8,14})(?![\\d-])"), 60,
			// the shortest number any alternative matches has 8 digits: + and a country code's digit, then 7 more
			clues -> clues.digits >= 8, Clues::numberStarts),
		new Rule("street-address", "This looks like a street address.",
			Pattern.compile("\\b\\d{1,6}[A-Za-z]?\\s++(?:" + NOT_A_STREET_WORD + "[A-Za-z0-9.'-]{1,30}+\\s++){1,3}"
				+ "(?:(?i:street|avenue|road|boulevard|lane|drive|court|place|terrace|circle|parkway|highway)|St|Ave|Rd|Blvd|Ln|Ct|Pl|Cir|Pkwy|Hwy|Way)\\b\\.?"),
			160, clues -> clues.digits > 0 && clues.mentionsStreetWord(), Clues::digitRunStarts),
		new Rule("street-address", "This looks like a street address.",
			Pattern.compile("(?i)(?:\\b(?:calle|avenida|avda|av|carretera|ctra|camino|paseo|plaza|pza|glorieta|ronda|travesia|pasaje"
				+ "|callejon|bulevar|calzada)\\b\\.?|\\bc/)\\s*+" + ARTICLES + "(?:" + NOT_A_STREET_NAME + "[a-z][a-z.'-]{0,29}+,?\\s++"
				+ ARTICLES + "){1,4}(?:" + NUMBER_SIGN + "\\s*+)?\\d{1,5}(?![\\d.,]?\\d)"
				+ "(?!\\s*+(?:horas?|minutos?|min|km|kms|metros|m|veces|dias|semanas|meses|anos|personas|%|hours?|minutes?|times|days|people)\\b)"),
			240, clues -> clues.digits > 0 && clues.mentions(SPANISH_STREET_WORDS), clues -> clues.keywordStarts(SPANISH_STREET_WORDS)));

	// Words that say something about a person's health or recovery, English and Spanish in one definition, folded as
	// the text is (lower case, no accents). A stem is the start of a word ("relaps" finds "relapsed", "diagnostic" finds
	// "diagnosticada"); a whole word only matches itself ("sober", not "soberbia"). A few are phrases, because the single
	// word is everyday praise ("recovery-oriented").
	static final List<String> HEALTH_STEMS = List.of(
		// English
		"in recovery", "recovering addict", "recovering alcoholic", "relaps",
		"diagnos", "addiction", "addicted", "alcoholi", "mental illness", "mentally ill", "mental health condition", "schizophreni",
		"depressi", "overdos", "sobriety", "psychiatric", "psychosis", "hospitaliz", "suicid", "self-harm", "self harm",
		"eating disorder", "substance use", "methadone", "medication", "lived experience",
		// Spanish
		"en recuperacion", "recaida", "recayo", "diagnostic", "adiccion", "alcoholic", "enfermedad mental",
		"trastorno", "esquizofreni", "depresion", "sobredosis", "sobriedad", "rehabilitacion", "desintoxicacion", "psiquiatric",
		"psicosis", "hospitalizad", "autolesion", "consumo de sustancias", "metadona", "medicacion",
		"experiencia vivida", "experiencia de vida");
	// Someone's own recovery ("her recovery", "tu recuperación"): a disclosure, unless the words go on as everyday praise
	// or the name of a service ("your recovery-oriented approach", "our recovery coach", "Recovery Month"), as listed in
	// RECOVERY_AS_PRAISE (whole words) and RECOVERY_AS_PRAISE_STEMS. The trade-off: "her recovery coach" passes, as praise
	// of a colleague's work would, though it may tell that she has one; "her recovery coach said she relapsed" is still
	// found by "relaps".
	static final List<String> RECOVERY_OF_SOMEONE = List.of("his recovery", "her recovery", "their recovery", "your recovery",
		"our recovery", "su recuperacion", "tu recuperacion", "vuestra recuperacion", "nuestra recuperacion");
	static final List<String> RECOVERY_AS_PRAISE = List.of("oriented", "focused", "centered", "centred", "informed", "based",
		"coach", "coaches", "coaching", "specialist", "specialists", "services", "service", "program", "programs", "programme",
		"team", "teams", "center", "centre", "model", "month", "movement", "community", "support", "work", "values", "principles");
	/** Spanish praise after the words, as stems ("orientada", "centrado"). */
	static final List<String> RECOVERY_AS_PRAISE_STEMS = List.of("orientad", "centrad", "enfocad", "basad");
	static final List<String> HEALTH_WORDS = List.of("addict", "addicts", "sober", "rehab", "detox", "bipolar", "ptsd", "hiv", "chemo",
		"cancer", "adicto", "adicta", "adictos", "adictas", "vih", "quimio");

	private static final Rule HEALTH_DISCLOSURE = new Rule("health-disclosure",
		"This may tell others about someone's health or recovery; that is theirs to share.",
		Pattern.compile("\\b(?:(?:" + alternatives(HEALTH_STEMS) + ")[a-z]{0,20}+|(?:" + alternatives(HEALTH_WORDS) + ")"
			+ "|(?:" + alternatives(RECOVERY_OF_SOMEONE) + ")(?![-\\s]*+(?:(?:" + alternatives(RECOVERY_AS_PRAISE)
			+ ")\\b|" + alternatives(RECOVERY_AS_PRAISE_STEMS) + ")))\\b",
			Pattern.CASE_INSENSITIVE),
		64, clues -> clues.mentions(healthKeywords()), clues -> clues.keywordStarts(healthKeywords()));

	private static String alternatives(List<String> words) {
		return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}

	private static String[] healthKeywords() {
		List<String> all = new ArrayList<>(HEALTH_STEMS);
		all.addAll(HEALTH_WORDS);
		all.addAll(RECOVERY_OF_SOMEONE);
		return all.toArray(new String[0]);
	}

	private static final char[] FOLDED = foldingTable();

	private final long workBudget;
	private final List<Rule> rules;

	public PrivacyScreen() {
		this(WORK_BUDGET);
	}

	PrivacyScreen(long workBudget) {
		this(workBudget, RULES);
	}

	private PrivacyScreen(long workBudget, List<Rule> rules) {
		this.workBudget = workBudget;
		this.rules = rules;
	}

	/**
	 * The screen for text about other people (recognitions and their comments): everything {@link #PrivacyScreen()}
	 * finds, and words that would disclose someone's health or recovery ({@code health-disclosure}, {@link #HEALTH_STEMS} and {@link #HEALTH_WORDS}),
	 * which are not the writer's to tell.
	 */
	public static PrivacyScreen aboutOthers() {
		List<Rule> rules = new ArrayList<>(RULES);
		rules.add(HEALTH_DISCLOSURE);
		return new PrivacyScreen(WORK_BUDGET, List.copyOf(rules));
	}

	/** Screens each field (name to text, in order) and returns every warning, at most one per span of text. */
	public List<PrivacyWarning> screen(Map<String, String> fields) {
		return screening(fields, true).warnings;
	}

	public List<PrivacyWarning> screen(String field, String text) {
		return screen(Collections.singletonMap(field, text));
	}

	/** The same screening with every pattern tried at every position: tests compare it with {@link #screen(String, String)}. */
	List<PrivacyWarning> screenWithEveryPattern(String field, String text) {
		return screening(Collections.singletonMap(field, text), false).warnings;
	}

	/** The warnings and the work they cost, in characters read by the patterns. */
	Screening screening(Map<String, String> fields, boolean skipPatternsThatCannotMatch) {
		Budget budget = new Budget(workBudget);
		List<PrivacyWarning> warnings = new ArrayList<>();
		boolean exhausted = false;
		for (Map.Entry<String, String> field : fields.entrySet()) {
			String text = field.getValue();
			if (text == null || text.isEmpty()) {
				continue;
			}
			if (!exhausted) {
				try {
					screenField(rules, field.getKey(), text, skipPatternsThatCannotMatch, budget, warnings);
					continue;
				}
				catch (Budget.Exhausted | StackOverflowError e) {
					// the patterns' repetitions are bounded, so they cannot recurse deeply: an overflow would be a bug, and
					// it still ends in a warning rather than a failed request
					exhausted = true;
				}
			}
			warnings.add(new PrivacyWarning(INCOMPLETE, field.getKey(), INCOMPLETE_MESSAGE, "", 0, text.length()));
		}
		return new Screening(warnings, budget.spent());
	}

	private static void screenField(List<Rule> rules, String field, String text, boolean skipPatternsThatCannotMatch, Budget budget,
			List<PrivacyWarning> warnings) {
		Unseen unseen = Unseen.removedFrom(fold(text));
		String folded = unseen.text;
		MeteredText metered = new MeteredText(folded, budget);
		List<int[]> flagged = new ArrayList<>();
		Clues clues = new Clues(folded);
		for (Rule rule : rules) {
			BitSet starts;
			if (!skipPatternsThatCannotMatch) {
				starts = new BitSet(folded.length());
				starts.set(0, folded.length());
			}
			else if (rule.worthTrying.test(clues)) {
				starts = rule.starts.apply(clues);
			}
			else {
				continue;
			}
			// What find() does, minus the positions where no match can begin: the next match is the one at the first
			// possible start at or after the previous match's end. Transparent bounds let look-behinds and word
			// boundaries see the text around the window, as find() does.
			Matcher matcher = rule.pattern.matcher(metered).useTransparentBounds(true).useAnchoringBounds(false);
			for (int start = starts.nextSetBit(0); start >= 0; start = starts.nextSetBit(start + 1)) {
				if (matcher.region(start, Math.min(folded.length(), start + rule.longestMatch)).lookingAt()) {
					flag(rule, unseen.startInText(matcher.start()), unseen.endInText(matcher.end()), text, field, flagged, warnings);
					start = matcher.end() - 1;
				}
			}
		}
	}

	private static void flag(Rule rule, int start, int end, String text, String field, List<int[]> flagged, List<PrivacyWarning> warnings) {
		if (overlapsAny(flagged, start, end)) {
			return;
		}
		flagged.add(new int[] {start, end});
		warnings.add(new PrivacyWarning(rule.code, field, rule.message, excerpt(text.substring(start, end)), start, end));
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
		if (Character.isHighSurrogate(match.charAt(visible - 1))) {
			visible++;
		}
		return match.substring(0, Math.min(visible, match.length())) + "…";
	}

	/**
	 * The folded text without the characters nothing draws (format characters such as the zero-width space, the soft
	 * hyphen and the word joiner), so that {@code ana@\u200Bexample.org} is screened as the address a reader sees;
	 * remembers where each remaining character stood, so warnings point into the text itself.
	 */
	static final class Unseen {

		final String text;
		private final int[] origin;

		private Unseen(String text, int[] origin) {
			this.text = text;
			this.origin = origin;
		}

		static Unseen removedFrom(String folded) {
			StringBuilder seen = new StringBuilder(folded.length());
			int[] origin = new int[folded.length() + 1];
			for (int i = 0; i < folded.length(); i++) {
				char c = folded.charAt(i);
				if (Character.getType(c) != Character.FORMAT) {
					origin[seen.length()] = i;
					seen.append(c);
				}
			}
			origin[seen.length()] = folded.length();
			return new Unseen(seen.toString(), origin);
		}

		int startInText(int start) {
			return origin[start];
		}

		int endInText(int end) {
			return end == 0 ? origin[0] : origin[end - 1] + 1;
		}

	}

	/** The text with each UTF-16 unit folded to what the patterns look for; same length, so offsets carry over. */
	static String fold(String text) {
		char[] folded = new char[text.length()];
		for (int i = 0; i < folded.length; i++) {
			folded[i] = FOLDED[text.charAt(i)];
		}
		return new String(folded);
	}

	private static char[] foldingTable() {
		char[] table = new char[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			table[c] = (char) c;
			if (c < 0x80 || Character.isSurrogate((char) c)) {
				continue;
			}
			int digit = Character.digit(c, 10);
			if (digit >= 0 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
				table[c] = (char) ('0' + digit);
			}
			else if (c >= 0xFF01 && c <= 0xFF5E) {
				table[c] = (char) (c - 0xFEE0);
			}
			else if (Character.isSpaceChar(c)) {
				table[c] = ' ';
			}
			else if (c >= 0x2010 && c <= 0x2015 || c == 0x2212 || c == 0xFE63) {
				table[c] = '-';
			}
			else if (c == 0x00BA) {
				table[c] = 'o';
			}
			else if (c == 0x00AA) {
				table[c] = 'a';
			}
			else if (Character.isLetter(c) && c < 0x0250) {
				char base = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD).charAt(0);
				if (base < 0x80 && Character.isLetter(base)) {
					table[c] = base;
				}
			}
		}
		return table;
	}

	/** What one screening found, and how many characters its patterns read. */
	static final class Screening {

		final List<PrivacyWarning> warnings;
		final long work;

		Screening(List<PrivacyWarning> warnings, long work) {
			this.warnings = warnings;
			this.work = work;
		}

	}

	private static final class Budget {

		private final long limit;
		private long spent;

		Budget(long limit) {
			this.limit = limit;
		}

		void spend() {
			if (++spent > limit) {
				throw new Exhausted();
			}
		}

		long spent() {
			return Math.min(spent, limit);
		}

		static final class Exhausted extends RuntimeException {

			private static final long serialVersionUID = 1L;

			Exhausted() {
				super(null, null, false, false);
			}

		}

	}

	/** The folded text as the patterns see it: every character they read is paid for. */
	private static final class MeteredText implements CharSequence {

		private final String text;
		private final Budget budget;

		MeteredText(String text, Budget budget) {
			this.text = text;
			this.budget = budget;
		}

		@Override
		public char charAt(int index) {
			budget.spend();
			return text.charAt(index);
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return text.subSequence(start, end);
		}

		@Override
		public String toString() {
			return text;
		}

	}

	private static final class Rule {

		final String code;
		final String message;
		final Pattern pattern;
		final int longestMatch;
		final Predicate<Clues> worthTrying;
		final Function<Clues, BitSet> starts;

		Rule(String code, String message, Pattern pattern, int longestMatch, Predicate<Clues> worthTrying, Function<Clues, BitSet> starts) {
			this.code = code;
			this.message = message;
			this.pattern = pattern;
			this.longestMatch = longestMatch;
			this.worthTrying = worthTrying;
			this.starts = starts;
		}

	}

	/** What a (folded) text holds that the patterns need; each is a necessary condition for some pattern to match. */
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

		// A national id starts with its keyword, with a run of digits, or with X, Y or Z before digits.
		BitSet nationalIdStarts(String... lowerCaseKeywords) {
			BitSet starts = digitRunStarts();
			starts.or(keywordStarts(lowerCaseKeywords));
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c >= 'X' && c <= 'Z') {
					starts.set(i);
				}
			}
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
