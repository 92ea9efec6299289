package org.peervoice.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Coverage-guided fuzzing of the text normalization (Jazzer), with the fixed budget below in every build. */
class UserTextFuzzTest {

	@FuzzTest(maxDuration = "15s")
	void normalizedTextIsStableAndHoldsNothingRefused(FuzzedDataProvider data) {
		String raw = data.consumeRemainingAsString();
		UserText checked = UserText.of(raw);
		if (checked.fault() != null) {
			assertEquals("", checked.text());
			return;
		}
		String text = checked.text();
		assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
		assertFalse(text.contains("\r"));
		UserText again = UserText.of(text);
		assertNull(again.fault());
		assertEquals(text, again.text());
		for (int i = 0; i < text.length(); ) {
			int c = text.codePointAt(i);
			assertFalse(UserText.isControl(c) || UserText.isBidiControl(c) || UserText.isNoncharacter(c) || (c >= 0xD800 && c <= 0xDFFF),
				() -> "kept " + Integer.toHexString(c));
			i += Character.charCount(c);
		}
		assertEquals(text.isEmpty(), !UserText.hasVisibleCharacter(text));
	}

}
