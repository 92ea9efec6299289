package org.peervoice.core.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.NameQuery;
import org.peervoice.core.kernel.PeopleDirectory.PersonSummary;
import org.peervoice.core.privacy.PrivacyWarning;

class RecipientMentionsTest {

	private static final List<String> NAMES = List.of("Rosa Quiñones", "José Ángel de la Cruz", "Zoë O'Neil", "Ana", "Dr. Li Wei",
		"Renée  van Dijk", "Björn Ødegård", "Nguyễn Thị Hoa");

	@Test
	void aNameWordIsFoundWholeInAnyCaseWithOrWithoutAccentsAndNotInsideAnotherWord() {
		Random random = new Random(1204);
		for (String name : NAMES) {
			for (String word : name.split("\\s+")) {
				String bare = word.replaceAll("^\\P{L}+|\\P{L}+$", "");
				boolean isName = bare.codePointCount(0, bare.length()) >= 2 && !List.of("de", "la", "van").contains(bare.toLowerCase(Locale.ROOT));
				for (int round = 0; round < 20; round++) {
					String written = variant(bare, random);
					String before = List.of("", "Thanks ", "¡Gracias, ", "(", "\u00A0").get(random.nextInt(5));
					String after = List.of("", "!", " for the group", ", por todo", ")").get(random.nextInt(5));
					assertTrue(RecipientMentions.names(before + written + after, name) == isName, name + " / " + before + written + after);
					assertFalse(RecipientMentions.names("x" + written + after, name), "inside a word: " + written);
					assertFalse(RecipientMentions.names(before + written + "s2", name), "inside a word: " + written);
				}
			}
			assertTrue(RecipientMentions.names("Thank you " + name.toUpperCase(Locale.ROOT) + ".", name), name);
		}
	}

	@Test
	void nothingIsFoundForABlankOrOneLetterName() {
		for (String name : new String[] {null, "", " ", "A", "\u00A0B\u00A0"}) {
			assertFalse(RecipientMentions.names("A B C thanks", name), String.valueOf(name));
		}
		assertFalse(RecipientMentions.names(null, "Rosa"));
	}

	@Test
	void theGiverIsWarnedAboutAWholeNameComparedAsTheBoardComparesAndTheWarningMarksItAsWritten() {
		Random random = new Random(412);
		List<String> fillers = List.of("Thanks ", "¡Gracias, ", " for the group", ", por todo", "\u00A0\u00A0", "x", "s2", "\uD83C\uDF89 ", "(",
			")", "  ", "e\u0301", "İ", "ﬁ", "ß");
		int warned = 0;
		for (int round = 0; round < 3_000; round++) {
			String name = NAMES.get(random.nextInt(NAMES.size()));
			String[] words = name.split("\\s+");
			StringBuilder message = new StringBuilder();
			boolean whole = false;
			for (int piece = random.nextInt(6); piece >= 0; piece--) {
				int kind = random.nextInt(4);
				String previous = NameQuery.fold(message.toString());
				if (kind == 0) {
					message.append(variant(words[random.nextInt(words.length)], random));
				}
				else if (kind == 1 && (previous.isEmpty() || !Character.isLetterOrDigit(previous.codePointBefore(previous.length())))) {
					// the whole name in any case, with or without accents, with its spaces as the giver typed them
					StringBuilder written = new StringBuilder();
					for (String word : words) {
						written.append(written.length() == 0 ? "" : List.of(" ", "  ", "\u00A0").get(random.nextInt(3))).append(variant(word, random));
					}
					message.append(written).append(List.of(" ", "!", ", ").get(random.nextInt(3)));
					whole = true;
				}
				else {
					message.append(fillers.get(random.nextInt(fillers.size())));
				}
			}
			String written = message.toString();
			List<PrivacyWarning> warnings = RecognitionBoard.namedRecipients(written, List.of(new PersonSummary("u-1", name, "")));
			if (whole) {
				assertEquals(1, warnings.size(), name + " / " + written);
			}
			if (!warnings.isEmpty()) {
				warned++;
				assertTrue(RecipientMentions.names(written, name), "warned, so off the board while hidden: " + written);
				PrivacyWarning warning = warnings.get(0);
				assertEquals(written.substring(warning.getStart(), warning.getEnd()), warning.getExcerpt());
				assertEquals(NameQuery.fold(name).replaceAll("[\\s\\p{Z}]+", " "),
					NameQuery.fold(warning.getExcerpt()).replaceAll("[\\s\\p{Z}]+", " "), "marked in " + written + " for " + name);
			}
		}
		assertTrue(warned > 300, "warned " + warned);
	}

	private static String variant(String word, Random random) {
		String cased = random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT);
		if (random.nextBoolean()) {
			cased = Normalizer.normalize(cased, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		}
		return random.nextBoolean() ? Normalizer.normalize(cased, Normalizer.Form.NFD) : cased;
	}

}
