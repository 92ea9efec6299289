package org.peervoice.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The web components and the portlets share content/Language*.properties, so a key missing in one
 * language shows up as a raw key in a Liferay page or in the dev portal.
 */
class LanguageKeysTest {

	private static final Path FOLDER = Path.of("src/main/resources/META-INF/resources/peervoice-ui");

	private static final List<String> LANGUAGE_FILES = List.of("Language.properties", "Language_es.properties");

	/** t('key'...) and sentence(t, 'key'...) (pv-dom.js: a translation with its names isolated). */
	private static final Pattern TRANSLATION_CALL = Pattern.compile("\\b(?:t\\(|sentence\\(\\s*(?:this\\.)?t\\s*,)\\s*'([^']+)'");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

	private static final Pattern LIFERAY_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	@Test
	void everyKeyTheComponentsUseExistsInEveryLanguage() throws IOException {
		Set<String> used = keysUsedByComponents();

		assertTrue(used.size() > 50, "the key scan found too few keys: " + used);

		for (String file : LANGUAGE_FILES) {
			Set<String> missing = new TreeSet<>(used);

			missing.removeAll(load(file).stringPropertyNames());

			assertEquals(Set.of(), missing, "keys used in the JavaScript but missing in " + file);
		}
	}

	@Test
	void everyLanguageHasTheSameKeys() throws IOException {
		Set<String> english = load("Language.properties").stringPropertyNames();

		for (String file : LANGUAGE_FILES) {
			assertEquals(new TreeSet<>(english), new TreeSet<>(load(file).stringPropertyNames()), file);
		}
	}

	/**
	 * The product's name is written one way per language wherever a person reads it: "Recognition Board" in English,
	 * "Tablón de reconocimientos" in Spanish (lowercase "tablón" only inside a sentence), in the UI's texts, the
	 * Liferay language keys and the docs.
	 */
	@Test
	void theRecognitionBoardIsNamedOneWayPerLanguage() throws IOException {
		Path repository = Path.of("").toAbsolutePath().getParent().getParent();
		List<Path> texts = new ArrayList<>(List.of(FOLDER.resolve("content/Language.properties"), FOLDER.resolve("content/Language_es.properties"),
			repository.resolve("README.md")));
		for (String folder : List.of("modules/peervoice-liferay", "docs")) {
			try (Stream<Path> files = Files.walk(repository.resolve(folder))) {
				files.filter(file -> !file.toString().contains("/target/") && (file.getFileName().toString().matches("Language.*\\.properties")
					|| file.toString().endsWith(".md"))).forEach(texts::add);
			}
		}
		Pattern english = Pattern.compile("(?i)recognition board");
		Pattern spanish = Pattern.compile("(?i)tabl(\u00f3|\\\\u00f3)n de reconocimientos");
		List<String> found = new ArrayList<>();
		for (Path file : texts) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			for (Matcher name = english.matcher(text); name.find();) {
				if (!name.group().equals("Recognition Board")) {
					found.add(repository.relativize(file.toAbsolutePath()) + ": " + name.group());
				}
			}
			for (Matcher name = spanish.matcher(text); name.find();) {
				String written = name.group().replace("\\u00f3", "\u00f3");
				if (!written.equals("Tabl\u00f3n de reconocimientos") && !written.equals("tabl\u00f3n de reconocimientos")) {
					found.add(repository.relativize(file.toAbsolutePath()) + ": " + written);
				}
			}
		}
		assertTrue(texts.size() > 10, "texts read: " + texts);
		assertEquals(List.of(), found);
	}

	/** A real receipt is PV and ten groups of four (ReceiptCodeTest in peervoice-core pins that shape). */
	@Test
	void theReceiptHintShowsTheShapeOfARealReceipt() throws IOException {
		for (String file : LANGUAGE_FILES) {
			String hint = load(file).getProperty("receipt-lookup-help");

			assertTrue(Pattern.compile("\\bPV(-XXXX){10}(?![-X])").matcher(hint).find(), file + ": " + hint);
		}
	}

	@Test
	void translationsKeepThePlaceholders() throws IOException {
		Properties english = load("Language.properties");
		Properties spanish = load("Language_es.properties");

		for (String key : english.stringPropertyNames()) {
			assertEquals(placeholders(english.getProperty(key)), placeholders(spanish.getProperty(key)), key);
		}
	}

	@Test
	void keysAreLowercaseHyphenatedAndPlaceholdersAreMarked() throws IOException {
		Properties english = load("Language.properties");

		for (String key : english.stringPropertyNames()) {
			if (key.startsWith("javax.portlet.title.") || key.startsWith("category.")) {
				continue;
			}

			assertTrue(LIFERAY_KEY.matcher(key).matches(), "not a Liferay-style key: " + key);

			boolean takesArguments = !placeholders(english.getProperty(key)).isEmpty();

			assertEquals(takesArguments, key.startsWith("x-") || key.contains("-x-") || key.endsWith("-x"),
				"a key with placeholders names them with x, one without does not: " + key);
		}
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String file : LANGUAGE_FILES) {
			Map<String, Integer> counts = new TreeMap<>();

			for (String line : Files.readAllLines(FOLDER.resolve("content").resolve(file), StandardCharsets.ISO_8859_1)) {
				String trimmed = line.strip();

				if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
					counts.merge(trimmed.substring(0, trimmed.indexOf('=')), 1, Integer::sum);
				}
			}

			counts.values().removeIf(count -> count == 1);
			assertEquals(Map.of(), counts, "duplicate keys in " + file);
		}
	}

	@Test
	void languageFilesAreAsciiSoEveryReaderDecodesThemAlike() throws IOException {
		for (String file : LANGUAGE_FILES) {
			byte[] bytes = Files.readAllBytes(FOLDER.resolve("content").resolve(file));

			for (byte value : bytes) {
				assertTrue(value >= 0, file + " holds a non-ASCII byte; write it as a \\uXXXX escape");
			}
		}
	}

	@Test
	void portletTitleAndCategoryAreTranslated() throws IOException {
		Properties english = load("Language.properties");
		Properties spanish = load("Language_es.properties");
		String title = "javax.portlet.title.org_peervoice_portlet_suggestion_box_SuggestionBoxPortlet";

		assertEquals("Peer-Voice Suggestion Box", english.getProperty(title));
		assertEquals("Peer Voice", english.getProperty("category.peer-voice"));
		assertEquals("Buz\u00f3n de sugerencias de Voz de Pares", spanish.getProperty(title));
		assertEquals("Voz de Pares", spanish.getProperty("category.peer-voice"));
	}

	@Test
	void componentsNeverParseDataAsHtmlNorKeepItInTheBrowser() throws IOException {
		for (Path script : scripts()) {
			String source = Files.readString(script, StandardCharsets.UTF_8);

			for (String forbidden : List.of(
					"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "localStorage",
					"sessionStorage", "console.log")) {

				assertFalse(source.contains(forbidden), script.getFileName() + " uses " + forbidden);
			}
		}
	}

	@Test
	void vendoredClayCarriesItsNotice() {
		assertTrue(Files.isRegularFile(FOLDER.resolve("vendor/clay/NOTICE")));
	}

	private static Set<String> keysUsedByComponents() throws IOException {
		Set<String> keys = new TreeSet<>();

		for (Path script : scripts()) {
			Matcher matcher = TRANSLATION_CALL.matcher(Files.readString(script, StandardCharsets.UTF_8));

			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
		}

		return keys;
	}

	private static List<Path> scripts() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			List<Path> scripts = files.filter(path -> path.toString().endsWith(".js")).sorted().collect(Collectors.toList());

			assertFalse(scripts.isEmpty(), "no components found in " + FOLDER.toAbsolutePath());

			return scripts;
		}
	}

	private static List<String> placeholders(String message) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(message);

		while (matcher.find()) {
			found.add(matcher.group());
		}

		found.sort(null);

		return found;
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();

		try (Reader reader = Files.newBufferedReader(FOLDER.resolve("content").resolve(file), StandardCharsets.ISO_8859_1)) {
			properties.load(reader);
		}

		return properties;
	}
}
