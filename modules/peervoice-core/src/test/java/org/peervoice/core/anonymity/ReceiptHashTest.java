package org.peervoice.core.anonymity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReceiptHashTest {

	@Test
	void theRightSecretMatchesAndAWrongOneDoesNot() {
		String secret = ReceiptCode.generate().secret();
		String hash = ReceiptHash.of(secret);
		assertTrue(ReceiptHash.matches(secret, hash));
		assertFalse(ReceiptHash.matches(ReceiptCode.generate().secret(), hash));
	}

	@Test
	void hashIsArgon2idSaltedAndHoldsNoSecret() {
		String secret = ReceiptCode.generate().secret();
		String first = ReceiptHash.of(secret);
		String second = ReceiptHash.of(secret);
		assertTrue(first.startsWith("argon2id$v=19$m=19456,t=2,p=1$"), first);
		assertNotEquals(first, second);
		assertFalse(first.contains(secret));
	}

	@Test
	void malformedStoredHashesNeverMatch() {
		assertFalse(ReceiptHash.matches("x", "garbage"));
		assertFalse(ReceiptHash.matches("x", "argon2id$v=19$m=x$a$b"));
	}

}
