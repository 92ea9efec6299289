package org.peervoice.core.anonymity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class VoterHashTest {

	private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
	private static final String ITEM = "6f1c2a4e-0c1d-4b7e-9a55-2f0d9c3b8e11";

	/* The thread's Mac stays initialized with its last key: keys in any order (also a key changed in place) hash as fresh. */
	@Test
	void aHashUnderOneKeyIsTheStandardHmacWhateverKeyWasUsedBefore() throws Exception {
		Random random = new Random(20261204);
		byte[] reused = KEY.clone();
		for (int i = 0; i < 2_000; i++) {
			byte[] key;
			if (random.nextInt(3) == 0) {
				// the same array with other contents
				random.nextBytes(reused);
				key = reused;
			}
			else {
				key = random.nextBoolean() ? KEY : OTHER_KEY;
			}
			String field = Integer.toHexString(random.nextInt());
			javax.crypto.Mac fresh = javax.crypto.Mac.getInstance("HmacSHA256");
			fresh.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
			StringBuilder expected = new StringBuilder();
			for (byte b : fresh.doFinal(VoterHash.encode("purpose", field))) {
				expected.append(String.format("%02x", b & 0xff));
			}
			assertEquals(expected.toString(), VoterHash.hmacHex(key, "purpose", field));
		}
	}

	@Test
	void sameVoterSameItemSameHash() {
		assertEquals(VoterHash.of(KEY, 1, 2, ITEM, "user-7"), VoterHash.of(KEY, 1, 2, ITEM, "user-7"));
		assertTrue(VoterHash.of(KEY, 1, 2, ITEM, "user-7").matches("[0-9a-f]{64}"));
	}

	@Test
	void onePersonsHashesOnDifferentItemsDiffer() {
		Random random = new Random(11);
		for (int person = 0; person < 50; person++) {
			String userKey = "user-" + random.nextInt();
			Set<String> hashes = new HashSet<>();
			for (int item = 0; item < 20; item++) {
				assertTrue(hashes.add(VoterHash.of(KEY, 1, 2, new UUID(random.nextLong(), random.nextLong()).toString(), userKey)));
			}
		}
	}

	@Test
	void differentPeopleOnOneItemHashApart() {
		Set<String> hashes = new HashSet<>();
		for (int person = 0; person < 1000; person++) {
			assertTrue(hashes.add(VoterHash.of(KEY, 1, 2, ITEM, "user-" + person)));
		}
	}

	@Test
	void differsPerSiteCompanySecretAndFieldBoundary() {
		String hash = VoterHash.of(KEY, 1, 2, ITEM, "user-7");
		assertNotEquals(hash, VoterHash.of(KEY, 1, 3, ITEM, "user-7"));
		assertNotEquals(hash, VoterHash.of(KEY, 9, 2, ITEM, "user-7"));
		assertNotEquals(hash, VoterHash.of(OTHER_KEY, 1, 2, ITEM, "user-7"));
		assertNotEquals(VoterHash.of(KEY, 1, 2, "a|b", "c"), VoterHash.of(KEY, 1, 2, "a", "b|c"));
		assertNotEquals(VoterHash.of(KEY, 1, 23, "a", "b"), VoterHash.of(KEY, 12, 3, "a", "b"));
	}

	@Test
	void isNotAPlainHashOfTheUserNorTheFormerSiteWideHash() throws Exception {
		String userKey = "user-7";
		String hash = VoterHash.of(KEY, 1, 2, ITEM, userKey);
		List<String> texts = List.of(userKey, userKey.toUpperCase(), "1|2|" + userKey, ITEM + userKey, ITEM + "|" + userKey, "1|2|" + ITEM + "|" + userKey);
		for (String text : texts) {
			for (String algorithm : new String[] {"SHA-256", "MD5", "SHA-1"}) {
				String plain = hex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
				assertNotEquals(plain, hash);
				assertFalse(hash.contains(plain), algorithm + " of " + text);
			}
		}
		assertNotEquals(VoterHash.legacySiteWide(KEY, 1, 2, userKey), hash);
		assertFalse(hash.contains("user"));
	}

	@Test
	void oldVotesAreRecognizedOnlyOnTheirOwnItemAndNoLongerLink() {
		String legacy = VoterHash.legacySiteWide(KEY, 1, 2, "user-7");
		String onThisItem = VoterHash.unlinkedLegacy(ITEM, legacy);
		String onAnotherItem = VoterHash.unlinkedLegacy("another-item", legacy);
		assertNotEquals(onThisItem, onAnotherItem);
		assertNotEquals(legacy, onThisItem);
		assertTrue(VoterHash.candidates(List.of(KEY), 1, 2, ITEM, "user-7").contains(onThisItem));
		assertFalse(VoterHash.candidates(List.of(KEY), 1, 2, ITEM, "user-7").contains(onAnotherItem));
		assertFalse(VoterHash.candidates(List.of(KEY), 1, 2, ITEM, "user-8").contains(onThisItem));
	}

	@Test
	void candidatesCoverEveryListedSecretCurrentFirst() {
		List<byte[]> keys = new ArrayList<>(List.of(KEY, OTHER_KEY));
		List<String> candidates = new ArrayList<>(VoterHash.candidates(keys, 1, 2, ITEM, "user-7"));
		assertEquals(4, candidates.size());
		assertEquals(VoterHash.of(KEY, 1, 2, ITEM, "user-7"), candidates.get(0));
		assertTrue(candidates.contains(VoterHash.of(OTHER_KEY, 1, 2, ITEM, "user-7")));
	}

	private static String hex(byte[] digest) {
		StringBuilder hex = new StringBuilder();
		for (byte b : digest) {
			hex.append(String.format("%02x", b));
		}
		return hex.toString();
	}

}
