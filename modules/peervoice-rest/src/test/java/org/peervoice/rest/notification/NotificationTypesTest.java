package org.peervoice.rest.notification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.peervoice.core.notification.NotificationType;

/**
 * Every notification type is defined once, in the core, and everything that names types follows it:
 * docs/notifications.md says who gets each and when, and each language of each host has its text.
 */
class NotificationTypesTest {

	private static final Path DOCS = Paths.get("../../docs/notifications.md");
	private static final Path UI_CONTENT = Paths.get("../peervoice-ui/src/main/resources/META-INF/resources/peervoice-ui/content");
	private static final Path LIFERAY_CONTENT = Paths.get("../peervoice-liferay/adapter/src/main/resources/content");

	@Test
	void theDocumentationDescribesEveryTypeAndNoOther() throws IOException {
		String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
		List<String> missing = new ArrayList<>();
		for (NotificationType type : NotificationType.values()) {
			if (!docs.contains("`" + type.name() + "`")) {
				missing.add(type.name());
			}
		}
		assertTrue(missing.isEmpty(), "docs/notifications.md does not describe " + missing);
		for (String mentioned : docs.split("`")) {
			if (mentioned.matches("[A-Z]+(_[A-Z]+)+") && (mentioned.startsWith("SUGGESTION_") || mentioned.startsWith("REVIEW_"))) {
				assertTrue(isType(mentioned), "docs/notifications.md names a type the core does not have: " + mentioned);
			}
		}
	}

	@Test
	void everyTypeHasItsTextInEveryLanguageOfTheWebComponent() throws IOException {
		assertTexts(UI_CONTENT.resolve("Language.properties"));
		assertTexts(UI_CONTENT.resolve("Language_es.properties"));
	}

	@Test
	void everyTypeHasItsTextInEveryLanguageOfTheLiferayAdapter() throws IOException {
		assertTexts(LIFERAY_CONTENT.resolve("Language.properties"));
		assertTexts(LIFERAY_CONTENT.resolve("Language_es.properties"));
	}

	private static void assertTexts(Path bundle) throws IOException {
		Properties texts = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		List<String> missing = new ArrayList<>();
		for (NotificationType type : NotificationType.values()) {
			if (texts.getProperty(type.languageKey(), "").isBlank()) {
				missing.add(type.languageKey());
			}
		}
		assertTrue(missing.isEmpty(), bundle + " has no text for " + missing);
	}

	private static boolean isType(String name) {
		for (NotificationType type : NotificationType.values()) {
			if (type.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
