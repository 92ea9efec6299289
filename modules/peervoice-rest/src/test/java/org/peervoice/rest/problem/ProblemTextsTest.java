package org.peervoice.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.TextFault;

/**
 * Every problem text the code writes has a pattern in both languages (ProblemTexts.properties and its Spanish
 * twin), so no problem reaches a Spanish viewer in English: the bundles have the same keys and placeholders, each
 * Spanish text is not the English one, and the sources of every module that throws problems are read for the texts
 * they write (problem constructors, ProblemDetails, conflict messages, Problem subclasses' own texts).
 */
class ProblemTextsTest {

	private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();
	private static final List<Path> SOURCES = List.of(MODULES.resolve("peervoice-core/src/main/java"), MODULES.resolve("peervoice-persistence/src/main/java"),
		MODULES.resolve("peervoice-rest/src/main/java"), MODULES.resolve("peervoice-dev-portal/src/main/java"),
		MODULES.resolve("peervoice-liferay/adapter/src/main/java"));
	/** Calls whose string arguments are problem texts (titles, details, field errors). */
	private static final Pattern CALL = Pattern.compile("new (?:Conflict|InvalidInput|NotPermitted|UnknownItem|DisclosureRefused)\\(|ProblemDetails\\.(?:of|invalidInput)\\("
		+ "|\\b(?:orConflict|persistOrConflict|conflictOr|invalidField)\\(|ProblemResponse\\.send\\(|\\bsuper\\(\"|Map\\.of\\(|\\berrors\\.add\\(");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
	/** Texts the reader finds that never reach a caller: causes of exceptions that become other problems. */
	private static final Set<String> NOT_PROBLEM_TEXTS = Set.of("request body too large", "the row was stored by another transaction at the same moment");

	private final ProblemTexts texts = ProblemTexts.instance();

	@Test
	void everyLanguageHasTheSameKeysWithTheSamePlaceholders() {
		Set<String> english = texts.keys("en");
		assertTrue(english.size() > 100, "keys: " + english.size());
		for (String language : ProblemTexts.LANGUAGES) {
			assertEquals(english, texts.keys(language), language + " keys differ from English");
			for (String key : english) {
				assertEquals(placeholders(texts.pattern("en", key)), placeholders(texts.pattern(language, key)), language + " " + key);
			}
		}
	}

	@Test
	void noSpanishTextIsTheEnglishOne() {
		for (String key : texts.keys("en")) {
			assertNotEquals(texts.pattern("en", key), texts.pattern("es", key), "es " + key + " is still English");
		}
	}

	@Test
	void aTextIsTranslatedWithItsVaryingPartsAndTheirWords() {
		assertEquals("Una asamblea no puede pasar de borrador a en directo.", texts.translate("A town hall cannot go from DRAFT to LIVE.", "es"));
		assertEquals("Una pregunta en estado pendiente no se puede trasladar.", texts.translate("A PENDING question cannot be taken forward.", "es"));
		assertEquals("Una pregunta en estado abierta no se puede editar.", texts.translate("A OPEN question cannot be edited.", "es"));
		assertEquals("La solicitud tiene campos no v\u00e1lidos: title, body", texts.translate(new InvalidInput(Map.of("title", "x", "body", "y")).getMessage()
			.replace("body, title", "title, body"), "es"));
		assertEquals("debe tener como m\u00e1ximo 150 caracteres", texts.translate(TextFault.TOO_LONG.message(150), "es"));
		assertEquals(new NotSignedIn().getMessage(), texts.translate(new NotSignedIn().getMessage(), "en"));
		assertEquals("Something new.", texts.translate("Something new.", "es"));
		assertTrue(texts.isWrittenIn("Una asamblea no puede pasar de borrador a en directo.", "es"));
		assertFalse(texts.isWrittenIn("A town hall cannot go from DRAFT to LIVE.", "es"));
		assertTrue(texts.isWrittenIn("A town hall cannot go from DRAFT to LIVE.", "en"));
	}

	@Test
	void theRequestLanguageIsTheFirstAcceptableOneWeWriteIn() {
		assertEquals("es", ProblemTexts.languageOf(List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)));
		assertEquals("es", ProblemTexts.languageOf(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("es"))));
		assertEquals("en", ProblemTexts.languageOf(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("es"))));
		assertEquals("en", ProblemTexts.languageOf(List.of()));
		assertEquals("es", ProblemTexts.languageOf("es-ES,es;q=0.9,en;q=0.8"));
		assertEquals("en", ProblemTexts.languageOf("en;q=0.5, es;q=0.4, fr"));
		assertEquals("en", ProblemTexts.languageOf((String) null));
		assertEquals("en", ProblemTexts.languageOf("%%%"));
	}

	@Test
	void everyFaultOfAUserTextHasAPattern() {
		for (TextFault fault : TextFault.values()) {
			assertTrue(texts.keyOf(fault.message(10)).isPresent(), fault.name());
		}
	}

	@Test
	void everyProblemTextInTheCodeHasAPattern() throws IOException {
		Set<String> patterns = texts.keys("en").stream().map(key -> PLACEHOLDER.matcher(texts.pattern("en", key)).replaceAll("{}"))
			.collect(Collectors.toSet());
		Map<String, String> missing = new TreeMap<>();
		int found = 0;
		for (Path root : SOURCES) {
			List<Path> files;
			try (Stream<Path> walk = Files.walk(root)) {
				files = walk.filter(file -> file.toString().endsWith(".java")).collect(Collectors.toList());
			}
			for (Path file : files) {
				for (String template : problemTexts(Files.readString(file, StandardCharsets.UTF_8))) {
					found++;
					if (!NOT_PROBLEM_TEXTS.contains(template) && !patterns.contains(template)) {
						missing.put(template, MODULES.relativize(file).toString());
					}
				}
			}
		}
		assertTrue(found > 120, "problem texts found in the code: " + found);
		assertTrue(missing.isEmpty(), missing.size() + " problem texts have no pattern in ProblemTexts.properties: " + missing);
	}

	/** Templates ({} for what varies) of the texts a source writes into problems. */
	static List<String> problemTexts(String source) {
		List<String> templates = new ArrayList<>();
		Matcher call = CALL.matcher(source);
		while (call.find()) {
			int open = source.charAt(call.end() - 1) == '"' ? call.end() - 2 : call.end() - 1;
			for (String argument : arguments(source, open)) {
				String template = template(argument.trim(), source);
				if (template != null && template.contains(" ")) {
					templates.add(template);
				}
			}
		}
		return templates;
	}

	/** The top-level arguments of the call whose opening parenthesis is at {@code open}. */
	private static List<String> arguments(String source, int open) {
		List<String> arguments = new ArrayList<>();
		int depth = 0;
		int start = open + 1;
		for (int i = open; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"') {
				i = endOfString(source, i);
			}
			else if (c == '(' || c == '{' || c == '[') {
				depth++;
			}
			else if (c == ')' || c == '}' || c == ']') {
				depth--;
				if (depth == 0) {
					arguments.add(source.substring(start, i));
					return arguments;
				}
			}
			else if (c == ',' && depth == 1) {
				arguments.add(source.substring(start, i));
				start = i + 1;
			}
		}
		return arguments;
	}

	/** An argument made of string literals and other terms joined by +, as a template; null if it has no literal. */
	private static String template(String argument, String source) {
		StringBuilder template = new StringBuilder();
		boolean literal = false;
		int depth = 0;
		int start = 0;
		List<String> terms = new ArrayList<>();
		for (int i = 0; i < argument.length(); i++) {
			char c = argument.charAt(i);
			if (c == '"') {
				i = endOfString(argument, i);
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '+' && depth == 0) {
				terms.add(argument.substring(start, i).trim());
				start = i + 1;
			}
			else if ((c == '?' || c == ':' || c == '-' && i + 1 < argument.length() && argument.charAt(i + 1) == '>') && depth == 0) {
				return null; // a choice or a lambda: not one text
			}
		}
		terms.add(argument.substring(start).trim());
		for (String term : terms) {
			if (term.length() >= 2 && term.startsWith("\"") && term.endsWith("\"") && endOfString(term, 0) == term.length() - 1) {
				template.append(unescape(term.substring(1, term.length() - 1)));
				literal = true;
			}
			else if (term.matches("[A-Z][A-Z_]+") && constant(source, term) != null) {
				template.append(constant(source, term));
				literal = true;
			}
			else {
				template.append("{}");
			}
		}
		return literal ? template.toString() : null;
	}

	private static String constant(String source, String name) {
		Matcher constant = Pattern.compile("String " + name + " = \"((?:[^\"\\\\]|\\\\.)*)\";").matcher(source);
		return constant.find() ? unescape(constant.group(1)) : null;
	}

	private static int endOfString(String text, int quote) {
		for (int i = quote + 1; i < text.length(); i++) {
			if (text.charAt(i) == '\\') {
				i++;
			}
			else if (text.charAt(i) == '"') {
				return i;
			}
		}
		return text.length() - 1;
	}

	private static String unescape(String literal) {
		return literal.replace("\\\"", "\"").replace("\\\\", "\\");
	}

	private static Set<String> placeholders(String pattern) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	@Test
	void theSourceReaderFindsTextsOfEachShape() {
		assertEquals(List.of("A {} question cannot be {}."), problemTexts("throw new Conflict(\"A \" + state + \" question cannot be \" + what + \".\");"));
		assertEquals(List.of("must be at most {} characters"), problemTexts("throw new InvalidInput(Map.of(name, \"must be at most \" + max + \" characters\"));"));
		assertEquals(List.of("Stale; reload."), problemTexts("static final String STALE = \"Stale; reload.\";\n throw new Conflict(STALE);"));
		assertFalse(problemTexts("errors.add(\"title\", \"too-long\", \"is too long\");").isEmpty());
	}

}
