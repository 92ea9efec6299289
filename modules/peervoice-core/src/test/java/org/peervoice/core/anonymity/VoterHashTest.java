package org.peervoice.core.anonymity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

class VoterHashTest {

	private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

	@Test
	void sameVoterSameScopeSameHash() {
		assertEquals(VoterHash.of(KEY, 1, 2, "user-7"), VoterHash.of(KEY, 1, 2, "user-7"));
		assertEquals(64, VoterHash.of(KEY, 1, 2, "user-7").length());
	}

	@Test
	void differsPerSiteCompanyUserAndSecret() {
		String hash = VoterHash.of(KEY, 1, 2, "user-7");
		assertNotEquals(hash, VoterHash.of(KEY, 1, 3, "user-7"));
		assertNotEquals(hash, VoterHash.of(KEY, 9, 2, "user-7"));
		assertNotEquals(hash, VoterHash.of(KEY, 1, 2, "user-8"));
		assertNotEquals(hash, VoterHash.of(OTHER_KEY, 1, 2, "user-7"));
	}

	@Test
	void isNotAPlainHashOfTheUser() throws Exception {
		String hash = VoterHash.of(KEY, 1, 2, "user-7");
		for (String text : new String[] {"user-7", "1|2|user-7"}) {
			for (String algorithm : new String[] {"SHA-256", "MD5"}) {
				byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
				StringBuilder hex = new StringBuilder();
				for (byte b : digest) {
					hex.append(String.format("%02x", b));
				}
				assertNotEquals(hex.toString(), hash);
			}
		}
		assertFalse(hash.contains("user"));
		assertTrue(hash.matches("[0-9a-f]{64}"));
	}

}
