package org.peervoice.core.anonymity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes that let the database enforce "one per person" without holding anything a
 * database reader could map back to a person: HMAC-SHA256 under a secret the database never sees.
 */
public final class VoterHash {

	private VoterHash() {
	}

	/** HMAC-SHA256(key, companyId|siteId|userKey) in lowercase hex (64 characters). */
	public static String of(byte[] key, long companyId, long siteId, String userKey) {
		return hmacHex(key, companyId + "|" + siteId + "|" + userKey);
	}

	public static String hmacHex(byte[] key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
			StringBuilder hex = new StringBuilder(digest.length * 2);
			for (byte b : digest) {
				hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
			}
			return hex.toString();
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("HmacSHA256 is unavailable", impossible);
		}
	}

}
