package org.peervoice.core.recognition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

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

	private static String variant(String word, Random random) {
		String cased = random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT);
		if (random.nextBoolean()) {
			cased = Normalizer.normalize(cased, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		}
		return random.nextBoolean() ? Normalizer.normalize(cased, Normalizer.Form.NFD) : cased;
	}

}
