package org.peervoice.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the screen (Jazzer). The build fuzzes for the fixed time below; an exception, an input
 * that needs more work than the screen's budget, a warning pointing outside its text, or a difference between the
 * screen and a scan from every position fails the build. Crashing inputs saved under
 * src/test/resources/org/peervoice/core/privacy/PrivacyScreenFuzzTestInputs are replayed by every build. Longer local
 * runs: docs/privacy.md.
 */
class PrivacyScreenFuzzTest {

	private static final int LONGEST_FIELD = 5000;
	private static final int COMPARED_FIELD = 300;

	private final PrivacyScreen screen = new PrivacyScreen();

	@FuzzTest(maxDuration = "15s")
	void screeningEndsWithinItsBudgetAndPointsIntoTheText(FuzzedDataProvider data) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", data.consumeString(150));
		fields.put("body", data.consumeRemainingAsString());
		fields.replaceAll((field, text) -> text.length() > LONGEST_FIELD ? text.substring(0, LONGEST_FIELD) : text);

		PrivacyScreen.Screening screening = screen.screening(fields, true);
		for (PrivacyWarning warning : screening.warnings) {
			assertFalse(PrivacyScreen.INCOMPLETE.equals(warning.getCode()), "a text of allowed length needs more work than the budget");
			String text = fields.get(warning.getField());
			assertTrue(0 <= warning.getStart() && warning.getStart() < warning.getEnd() && warning.getEnd() <= text.length(), warning::toString);
		}

		String body = fields.get("body");
		if (body.length() <= COMPARED_FIELD) {
			assertEquals(describe(screen.screenWithEveryPattern("body", body)), describe(screen.screen("body", body)));
		}
	}

	private static String describe(List<PrivacyWarning> warnings) {
		return warnings.stream().map(warning -> warning.getCode() + " " + warning.getStart() + "-" + warning.getEnd())
			.collect(Collectors.joining(", "));
	}

}
