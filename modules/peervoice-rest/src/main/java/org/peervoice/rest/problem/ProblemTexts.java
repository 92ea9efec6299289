package org.peervoice.rest.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of problem details in each language PeerVoice speaks (English and Spanish, as the UI's bundles).
 * The core and the REST layer write a problem's text in English; {@code ProblemTexts.properties} holds each such
 * text as a pattern under a stable key ({0}, {1} for the parts that vary), {@code ProblemTexts_es.properties} the
 * same keys in Spanish. A text is translated by finding its pattern, then writing the other language's pattern with
 * the same parts, each part translated through its {@code word.*} key where it has one (a state, an action).
 */
public final class ProblemTexts {

	/** The languages problems are written in; the first is the code's own. */
	public static final List<String> LANGUAGES = List.of("en", "es");

	private static final String WORD = "word.";
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
	private static final ProblemTexts INSTANCE = new ProblemTexts();

	private final Map<String, Properties> bundles = new LinkedHashMap<>();
	private final List<Entry> entries = new ArrayList<>();

	private ProblemTexts() {
		for (String language : LANGUAGES) {
			bundles.put(language, load("en".equals(language) ? "ProblemTexts.properties" : "ProblemTexts_" + language + ".properties"));
		}
		Properties english = bundles.get("en");
		for (String key : new TreeSet<>(english.stringPropertyNames())) {
			if (!key.startsWith(WORD)) {
				entries.add(new Entry(key, english.getProperty(key)));
			}
		}
		// the most literal pattern first, so "... ({0})." is not taken for "... this." or the reverse
		entries.sort((a, b) -> Integer.compare(b.literalLength, a.literalLength));
	}

	public static ProblemTexts instance() {
		return INSTANCE;
	}

	/** The keys of a language's bundle. */
	public Set<String> keys(String language) {
		return Collections.unmodifiableSet(new TreeSet<>(bundle(language).stringPropertyNames()));
	}

	/** The pattern of a key in a language. */
	public String pattern(String language, String key) {
		return bundle(language).getProperty(key);
	}

	/** Whether the text is one of the language's own texts (it fits one of its patterns). */
	public boolean isWrittenIn(String text, String language) {
		Properties bundle = bundle(language);
		for (String key : bundle.stringPropertyNames()) {
			if (!key.startsWith(WORD) && new Entry(key, bundle.getProperty(key)).regex.matcher(text).matches()) {
				return true;
			}
		}
		return false;
	}

	/** The key whose English pattern the text fits, if one does. */
	public Optional<String> keyOf(String englishText) {
		return match(englishText).map(found -> found.entry.key);
	}

	/** The text in the language; English, an unknown language or a text without a pattern stay as they are. */
	public String translate(String englishText, String language) {
		if (englishText == null || "en".equals(language) || !bundles.containsKey(language)) {
			return englishText;
		}
		Optional<Found> found = match(englishText);
		if (found.isEmpty()) {
			return englishText;
		}
		Properties target = bundle(language);
		String pattern = target.getProperty(found.get().entry.key, found.get().entry.english);
		List<String> parts = found.get().parts;
		Matcher placeholders = PLACEHOLDER.matcher(pattern);
		StringBuilder text = new StringBuilder();
		while (placeholders.find()) {
			int index = Integer.parseInt(placeholders.group(1));
			String part = index < parts.size() ? parts.get(index) : "";
			placeholders.appendReplacement(text, Matcher.quoteReplacement(target.getProperty(WORD + part, part)));
		}
		placeholders.appendTail(text);
		return text.toString();
	}

	/** The language of a request's Accept-Language list (highest preference first) that problems are written in. */
	public static String languageOf(List<Locale> acceptable) {
		for (Locale locale : acceptable) {
			String language = locale.getLanguage();
			if (LANGUAGES.contains(language)) {
				return language;
			}
			if ("*".equals(language) || language.isEmpty()) {
				return "en";
			}
		}
		return "en";
	}

	/** The language of a raw Accept-Language header (null or unreadable: English). */
	public static String languageOf(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return "en";
		}
		try {
			List<Locale> locales = new ArrayList<>();
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
				locales.add(Locale.forLanguageTag(range.getRange()));
			}
			return languageOf(locales);
		}
		catch (IllegalArgumentException unreadable) {
			return "en";
		}
	}

	private Optional<Found> match(String englishText) {
		for (Entry entry : entries) {
			Matcher matcher = entry.regex.matcher(englishText);
			if (matcher.matches()) {
				List<String> parts = new ArrayList<>();
				for (int group = 1; group <= matcher.groupCount(); group++) {
					parts.add(null);
				}
				for (int group = 1; group <= matcher.groupCount(); group++) {
					int index = entry.order.get(group - 1);
					while (parts.size() <= index) {
						parts.add(null);
					}
					parts.set(index, matcher.group(group));
				}
				return Optional.of(new Found(entry, parts));
			}
		}
		return Optional.empty();
	}

	private Properties bundle(String language) {
		Properties bundle = bundles.get(language);
		if (bundle == null) {
			throw new IllegalArgumentException("no problem texts in " + language);
		}
		return bundle;
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = ProblemTexts.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing " + name);
			}
			properties.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

	private static final class Entry {

		final String key;
		final String english;
		final Pattern regex;
		final List<Integer> order = new ArrayList<>();
		final int literalLength;

		Entry(String key, String english) {
			this.key = key;
			this.english = english;
			StringBuilder regex = new StringBuilder();
			Matcher placeholders = PLACEHOLDER.matcher(english);
			int literal = 0;
			int at = 0;
			while (placeholders.find()) {
				regex.append(Pattern.quote(english.substring(at, placeholders.start()))).append("(.+?)");
				literal += placeholders.start() - at;
				order.add(Integer.parseInt(placeholders.group(1)));
				at = placeholders.end();
			}
			regex.append(Pattern.quote(english.substring(at)));
			literal += english.length() - at;
			this.regex = Pattern.compile(regex.toString(), Pattern.DOTALL);
			this.literalLength = literal;
		}

	}

	private static final class Found {

		final Entry entry;
		final List<String> parts;

		Found(Entry entry, List<String> parts) {
			this.entry = entry;
			this.parts = parts;
		}

	}

}
