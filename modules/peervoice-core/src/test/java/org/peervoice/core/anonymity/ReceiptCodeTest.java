package org.peervoice.core.anonymity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReceiptCodeTest {

	// the look-up hint in peervoice-ui's content/Language*.properties shows this shape (LanguageKeysTest)
	@Test
	void receiptIsPrefixedBase32InGroupsOfFour() {
		String text = ReceiptCode.generate().text();
		assertTrue(text.matches("PV(-[A-Z2-7]{4}){10}"), text);
	}

	@Test
	void secretCarriesAtLeast128RandomBits() {
		ReceiptCode code = ReceiptCode.generate();
		assertTrue(code.secret().length() * 5 >= 128, "secret bits: " + code.secret().length() * 5);
		assertEquals(160, ReceiptCode.SECRET_BYTES * 8);
	}

	@Test
	void receiptsDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			assertTrue(seen.add(ReceiptCode.generate().text()));
		}
	}

	@Test
	void parsesWhatWasPrintedHoweverItIsPasted() {
		ReceiptCode code = ReceiptCode.generate();
		String pasted = "  " + code.text().toLowerCase(Locale.ROOT).replace("-", " ") + " ";
		ReceiptCode parsed = ReceiptCode.parse(pasted).orElseThrow();
		assertEquals(code.locator(), parsed.locator());
		assertEquals(code.secret(), parsed.secret());
		assertEquals(code.text(), ReceiptCode.parse(code.text()).orElseThrow().text());
	}

	@Test
	void malformedReceiptsAreRejected() {
		assertFalse(ReceiptCode.parse(null).isPresent());
		assertFalse(ReceiptCode.parse("").isPresent());
		assertFalse(ReceiptCode.parse("PV-1234").isPresent());
		assertFalse(ReceiptCode.parse("XX" + ReceiptCode.generate().text().substring(2)).isPresent());
		assertFalse(ReceiptCode.parse(ReceiptCode.generate().text().replace('A', '1').replace('B', '1').replace('C', '1') + "-AAAA").isPresent());
	}

	@Test
	void locatorIsNotPartOfTheSecret() {
		ReceiptCode code = ReceiptCode.generate();
		assertNotEquals(code.locator(), code.secret());
		assertFalse(code.toString().contains(code.secret()));
	}

	@Test
	void base32MatchesRfc4648() {
		assertEquals("MZXW6YTBOI", ReceiptCode.base32("foobar".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
	}

}
