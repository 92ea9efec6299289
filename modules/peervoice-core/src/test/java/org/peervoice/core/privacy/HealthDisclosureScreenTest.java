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

	/**
	 * Generated: each way of naming someone's own recovery, in English and Spanish, in upper, lower and title case, with
	 * and without accents, in every sentence, is found; the same words going on as praise or as the name of a service
	 * pass, and the whole sentence is found again as soon as a health word is added.
	 */
	@Test
	void someonesOwnRecoveryIsFoundButTheSameWordsAsPraiseOrAServicePass() {
		List<String> english = List.of("his recovery", "her recovery", "their recovery", "your recovery", "our recovery");
		List<String> spanish = List.of("su recuperación", "tu recuperación", "vuestra recuperación", "nuestra recuperación",
			"su recuperacion", "TU RECUPERACIÓN", "Nuestra Recuperación");
		List<String> sentences = List.of("Thank you for sharing %s with us", "%s inspires me", "I admire %s.", "(%s) matters",
			"Gracias por compartir %s", "%s, admirable", "Admiro %s!");
		List<String> praise = List.of("-oriented approach", " oriented work", " coach", " coaches", " team", " services",
			"-focused care", " Month events", " specialists", " program", "-informed practice");
		List<String> spanishPraise = List.of(" orientada al grupo", " centrada en la persona", " enfocada", " basada en pares");
		int found = 0;
		int passed = 0;
		for (String sentence : sentences) {
			for (String words : concat(english, spanish)) {
				for (String cased : List.of(words, words.toUpperCase(Locale.ROOT), title(words))) {
					String text = String.format(Locale.ROOT, sentence, cased);
					assertEquals(List.of("health-disclosure"), codes(text), text);
					found++;
				}
			}
			for (String words : english) {
				for (String going : praise) {
					String text = String.format(Locale.ROOT, sentence, words + going);
					assertTrue(codes(text).isEmpty(), text);
					assertEquals(List.of("health-disclosure"), codes(text + " after the relapse"), text + " after the relapse");
					passed++;
				}
			}
			for (String words : spanish) {
				for (String going : spanishPraise) {
					String text = String.format(Locale.ROOT, sentence, words + going);
					assertTrue(codes(text).isEmpty(), text);
					assertEquals(List.of("health-disclosure"), codes(text + " tras la recaída"), text + " tras la recaída");
					passed++;
				}
			}
		}
		assertEquals(sentences.size() * (english.size() + spanish.size()) * 3, found);
		assertEquals(sentences.size() * (english.size() * praise.size() + spanish.size() * spanishPraise.size()), passed);
	}

	@Test
	void aWordThatOnlyStartsLikePraiseDoesNotHideTheDisclosure() {
		for (String text : List.of("after her recovery months ago", "your recovery teammates noticed", "su recuperación orienta a otros",
			"our recovery worked out")) {
			assertEquals(List.of("health-disclosure"), codes(text), text);
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new java.util.ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static String title(String words) {
		return java.util.Arrays.stream(words.split(" ")).map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
			.collect(Collectors.joining(" "));
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
			"her recovery", "sober", "a", "mental", "illness", "x", "lived experience", "experiencia vivida", "lived", "your recovery",
			"-oriented", " coach", "nuestra recuperación", "orientada", "month"};
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
