package org.peervoice.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The screen for text about others also finds words that disclose someone's health or recovery, in English and Spanish. */
class HealthDisclosureScreenTest {

	private final PrivacyScreen aboutOthers = PrivacyScreen.aboutOthers();

	private List<String> codes(String text) {
		return aboutOthers.screen("message", text).stream().map(PrivacyWarning::getCode).collect(Collectors.toList());
	}

	@Test
	void findsHealthAndRecoveryWordsInEnglish() {
		for (String text : List.of("So proud of you in recovery", "even after the relapse you came back", "since your diagnosis",
			"beating addiction", "living with mental illness", "two years SOBER today", "after her overdose", "back from rehab",
			"sharing her Lived Experience with the group", "as a peer with lived experience")) {
			assertEquals(List.of("health-disclosure"), codes(text), text);
		}
	}

	@Test
	void findsHealthAndRecoveryWordsInSpanishWithOrWithoutAccents() {
		for (String text : List.of("Admiro tu camino en recuperación", "tras la recaída volviste", "desde tu diagnóstico",
			"superando la adicción", "vivir con una enfermedad mental", "después de la sobredosis", "tu depresion no te frenó",
			"DIAGNOSTICADA el año pasado", "compartió su experiencia vivida", "desde su experiencia de vida")) {
			assertEquals(List.of("health-disclosure"), codes(text), text);
		}
	}

	@Test
	void everydayPraiseAndTheValuesThemselvesPass() {
		for (String text : List.of("Your recovery-oriented approach to the group was wonderful", "Gracias por tu trabajo orientado a la"
			+ " recuperación", "Thank you for your hope and dignity", "predictable, addictive music", "a soberbia presentation")) {
			assertTrue(codes(text).isEmpty(), text);
		}
	}

	@Test
	void theOtherDetailsAreStillFound() {
		assertEquals(List.of("phone", "health-disclosure"), codes("call 555-123-4567 about her relapse"));
	}

	@Test
	void theScreenForSuggestionsDoesNotLookForThem() {
		assertTrue(new PrivacyScreen().screen("body", "in recovery since the diagnosis").isEmpty());
	}

	@Test
	void skippingPositionsFindsWhatEveryPositionFinds() {
		String[] fragments = {"in recovery", "recaída", "rehab", "RELAPSED", "the", "diagnóstico", "addict", "adicta", "recovery",
			"her recovery", "sober", "a", "mental", "illness", "x", "lived experience", "experiencia vivida", "lived"};
		String[] separators = {" ", "  ", ", ", "-", "", "\n"};
		Random random = new Random(9);
		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			for (int part = 1 + random.nextInt(10); part > 0; part--) {
				String fragment = fragments[random.nextInt(fragments.length)];
				text.append(random.nextBoolean() ? fragment : fragment.toUpperCase(Locale.ROOT)).append(separators[random.nextInt(separators.length)]);
			}
			String body = text.toString();
			assertEquals(describe(aboutOthers.screenWithEveryPattern("body", body)), describe(aboutOthers.screen("body", body)), body);
		}
	}

	private static List<String> describe(List<PrivacyWarning> warnings) {
		return warnings.stream().map(warning -> warning.getCode() + " " + warning.getStart() + "-" + warning.getEnd()).collect(Collectors.toList());
	}

}
