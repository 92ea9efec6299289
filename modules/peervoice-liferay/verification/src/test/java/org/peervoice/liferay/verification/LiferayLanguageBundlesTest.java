package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.liferay.portal.kernel.util.ResourceBundleUtil;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every bundle's {@code content/Language*.properties} as Liferay loads them: with its own
 * {@code ResourceBundleUtil} (Liferay's UTF-8 resource bundle control) on the bundle's classes, as
 * the portal does for a module's {@code content.Language}. Each language file gives, through
 * Liferay, exactly the texts {@code java.util.Properties} (and so the browser's parser, see
 * pv-i18n.js) reads from it; a language the bundle does not ship falls back to the bundle's
 * English whatever the server's default locale, a regional variant to its language.
 */
class LiferayLanguageBundlesTest {

	static final String BASE_NAME = "content.Language";
	private static final Pattern LANGUAGE_FILE = Pattern.compile("content/Language(?:_([a-zA-Z]+(?:_[a-zA-Z]+)?))?\\.properties");

	private final Locale defaultLocale = Locale.getDefault();

	@AfterEach
	void restoreTheDefaultLocale() {
		Locale.setDefault(defaultLocale);
	}

	@Test
	void everyLanguageFileGivesItsOwnTextsThroughLiferay() throws Exception {
		for (File bundle : bundlesWithLanguageFiles()) {
			try (URLClassLoader classLoader = classLoaderOf(bundle)) {
				for (String file : languageFiles(bundle)) {
					Locale locale = localeOf(file);
					Properties expected = properties(bundle, file);
					ResourceBundle loaded = ResourceBundleUtil.getBundle(BASE_NAME, locale, classLoader);

					assertEquals(locale, loaded.getLocale(), bundle.getName() + " " + file);
					for (String key : expected.stringPropertyNames()) {
						assertEquals(expected.getProperty(key), ResourceBundleUtil.getString(loaded, key), bundle.getName() + " " + file + ": " + key);
					}
				}
			}
		}
	}

	@Test
	void everyLanguageHasEveryKeyOfTheEnglishFile() throws Exception {
		for (File bundle : bundlesWithLanguageFiles()) {
			try (URLClassLoader classLoader = classLoaderOf(bundle)) {
				TreeSet<String> english = new TreeSet<>(properties(bundle, "content/Language.properties").stringPropertyNames());
				for (String file : languageFiles(bundle)) {
					ResourceBundle loaded = ResourceBundleUtil.getBundle(BASE_NAME, localeOf(file), classLoader);
					List<String> missing = new ArrayList<>();
					for (String key : english) {
						if (!loaded.containsKey(key) || ResourceBundleUtil.getString(loaded, key).isBlank()) {
							missing.add(key);
						}
					}
					assertEquals(List.of(), missing, bundle.getName() + " " + file);
				}
			}
		}
	}

	@Test
	void aLanguageWeDoNotShipFallsBackToEnglishEvenOnASpanishServer() throws Exception {
		Locale.setDefault(new Locale("es", "ES"));
		for (File bundle : bundlesWithLanguageFiles()) {
			assertFalse(languageFiles(bundle).contains("content/Language_de.properties"), "the test needs a language that is not shipped");
			Properties english = properties(bundle, "content/Language.properties");
			try (URLClassLoader classLoader = classLoaderOf(bundle)) {
				ResourceBundle german = ResourceBundleUtil.getBundle(BASE_NAME, Locale.GERMANY, classLoader);

				assertEquals(Locale.ROOT, german.getLocale(), bundle.getName());
				for (String key : english.stringPropertyNames()) {
					assertEquals(english.getProperty(key), ResourceBundleUtil.getString(german, key), bundle.getName() + ": " + key);
				}
			}
		}
	}

	@Test
	void aRegionalVariantGetsItsLanguage() throws Exception {
		for (File bundle : bundlesWithLanguageFiles()) {
			if (!languageFiles(bundle).contains("content/Language_es.properties")) {
				continue;
			}
			Properties spanish = properties(bundle, "content/Language_es.properties");
			try (URLClassLoader classLoader = classLoaderOf(bundle)) {
				ResourceBundle mexican = ResourceBundleUtil.getBundle(BASE_NAME, new Locale("es", "MX"), classLoader);

				assertEquals(new Locale("es"), mexican.getLocale(), bundle.getName());
				String key = Collections.min(spanish.stringPropertyNames());
				assertEquals(spanish.getProperty(key), ResourceBundleUtil.getString(mexican, key));
			}
		}
	}

	/** Every built bundle with a content/Language.properties: the portlets, and whichever bundle shares keys. */
	private static List<File> bundlesWithLanguageFiles() {
		List<File> bundles = BuiltBundles.holding("content/Language.properties");
		for (File bundle : bundles) {
			List<String> files = languageFiles(bundle);
			assertTrue(files.contains("content/Language_es.properties"), bundle.getName() + " ships no Spanish: " + files);
		}
		return bundles;
	}

	private static List<String> languageFiles(File bundle) {
		List<String> files = new ArrayList<>();
		for (String name : BuiltBundles.entryNames(bundle)) {
			if (LANGUAGE_FILE.matcher(name).matches()) {
				files.add(name);
			}
		}
		return files;
	}

	private static Locale localeOf(String file) {
		Matcher matcher = LANGUAGE_FILE.matcher(file);
		assertTrue(matcher.matches());
		if (matcher.group(1) == null) {
			return Locale.ROOT;
		}
		String[] parts = matcher.group(1).split("_");
		return parts.length == 1 ? new Locale(parts[0]) : new Locale(parts[0], parts[1]);
	}

	private static Properties properties(File bundle, String file) throws IOException {
		Properties properties = new Properties();
		properties.load(new ByteArrayInputStream(BuiltBundles.entry(bundle, file)));
		return properties;
	}

	private static URLClassLoader classLoaderOf(File bundle) throws IOException {
		return new URLClassLoader(new URL[] {bundle.toURI().toURL()}, null);
	}

}
