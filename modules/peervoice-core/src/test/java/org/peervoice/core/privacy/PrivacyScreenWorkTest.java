package org.peervoice.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No text can crash or stall the screen: the work is measured in characters the patterns read (not in time),
 * and the timeouts are only a guard against a hang.
 */
class PrivacyScreenWorkTest {

	/** Characters read per character of text, at most (the worst generated input read about 19 when this was written). */
	private static final int READS_PER_CHARACTER = 40;

	// the characters each pattern is made of, so that generated texts come close to matching again and again
	private static final String[] ALPHABETS = {
		"a.@-_%+1", "a@a.", "123-  #:ssn", "12345678X YZ-dni:", "case #no.0-1 numero de", "n.o de cliente 1",
		"dob 1/2-. march de 1987 nacido el fecha de nacimiento", "1+()-. 2 00 34 52", "1 a St Street . ' ", "calle de la 12 av. , y",
		"0123456789", " \t\n", "aA", "1 ", "1-", "1.", "a.", "+1 ", "(555) ",
	};

	private final PrivacyScreen screen = new PrivacyScreen();

	@Test
	@Timeout(value = 20)
	void theReportedEmailOverflowIsScreenedWithoutFailing() {
		String text = "a@" + "a.".repeat(2499);
		PrivacyScreen.Screening screening = screen.screening(Map.of("body", text), true);
		assertTrue(screening.warnings.isEmpty(), screening.warnings::toString);
		assertTrue(screening.work <= (long) READS_PER_CHARACTER * text.length(), () -> "work " + screening.work);
	}

	@Test
	@Timeout(value = 60)
	void generatedAdversarialTextsCostWorkLinearInTheirLength() {
		Random random = new Random(1_2);
		long worst = 0;
		String worstText = "";
		for (int round = 0; round < 240; round++) {
			String alphabet = ALPHABETS[round % ALPHABETS.length];
			String text = round % 2 == 0 ? repeatedUnit(random, alphabet, 5000) : randomText(random, alphabet, 5000);
			PrivacyScreen.Screening screening = screen.screening(Map.of("body", text), true);
			List<String> codes = screening.warnings.stream().map(PrivacyWarning::getCode).collect(Collectors.toList());
			assertTrue(!codes.contains(PrivacyScreen.INCOMPLETE), () -> "over budget: " + text.substring(0, 60));
			if (screening.work > worst) {
				worst = screening.work;
				worstText = text;
			}
		}
		long bound = (long) READS_PER_CHARACTER * 5000;
		String shown = worstText.substring(0, 40);
		long measured = worst;
		assertTrue(worst <= bound, () -> "worst " + measured + " reads for " + shown);
	}

	@Test
	@Timeout(value = 20)
	void aTextOverTheBudgetGetsAWarningInsteadOfAFailure() {
		PrivacyScreen stingy = new PrivacyScreen(500);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Call 555-123-4567");
		fields.put("body", "1 ".repeat(2000));
		fields.put("message", "fine");
		List<PrivacyWarning> warnings = stingy.screen(fields);
		List<String> described = warnings.stream().map(warning -> warning.getCode() + " " + warning.getField()).collect(Collectors.toList());
		assertEquals(List.of("phone title", "screen-incomplete body", "screen-incomplete message"), described);
		assertEquals(4000, warnings.get(1).getEnd());
	}

	@Test
	void ordinaryLongTextsStayFarBelowTheBudget() {
		String paragraph = "Our team met on March 3 to talk about the 2 new groups, 10 minutes between sessions and room 12 on the "
			+ "second floor. Nos reunimos el 4 de diciembre para hablar de 3 grupos nuevos y de la sala 12. ";
		String text = paragraph.repeat(5000 / paragraph.length());
		PrivacyScreen.Screening screening = screen.screening(Map.of("body", text), true);
		assertTrue(screening.warnings.isEmpty(), screening.warnings::toString);
		assertTrue(screening.work < PrivacyScreen.WORK_BUDGET / 20, () -> "work " + screening.work);
	}

	private static String repeatedUnit(Random random, String alphabet, int length) {
		StringBuilder unit = new StringBuilder();
		int unitLength = 1 + random.nextInt(8);
		for (int i = 0; i < unitLength; i++) {
			unit.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			text.append(unit);
		}
		text.setLength(length);
		return text.toString();
	}

	private static String randomText(Random random, String alphabet, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

}
