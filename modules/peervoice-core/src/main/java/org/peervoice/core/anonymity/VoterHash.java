package org.peervoice.core.anonymity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes that let the database enforce "one vote per person and item" without holding
 * anything a database reader could map back to a person, or use to tie one person's votes on
 * different items together: HMAC-SHA256, under a secret the database never sees, of the item
 * and the voter together. Fields are length-prefixed, so no two inputs encode alike.
 */
public final class VoterHash {

	private static final String PURPOSE = "peervoice.vote.v2";
	private static final String LEGACY_PURPOSE = "peervoice.vote.legacy";

	private VoterHash() {
	}

	/** HMAC-SHA256 of (company, site, item, user) in lowercase hex (64 characters): one value per person and item. */
	public static String of(byte[] key, long companyId, long siteId, String itemId, String userKey) {
		return hmacHex(key, PURPOSE, Long.toString(companyId), Long.toString(siteId), itemId, userKey);
	}

	/**
	 * Every value under which this person's vote on this item may be stored: the hash under each
	 * secret still honoured (current first, see {@code ServerSecret}) and, under each, the form
	 * votes cast before version 2 were rewritten to (see {@link #unlinkedLegacy}).
	 */
	public static Set<String> candidates(List<byte[]> keys, long companyId, long siteId, String itemId, String userKey) {
		Set<String> candidates = new LinkedHashSet<>();
		for (byte[] key : keys) {
			candidates.add(of(key, companyId, siteId, itemId, userKey));
		}
		for (byte[] key : keys) {
			candidates.add(unlinkedLegacy(itemId, legacySiteWide(key, companyId, siteId, userKey)));
		}
		return candidates;
	}

	/**
	 * The value a vote stored before version 2 (one hash per person and site) is rewritten to, once, by a database
	 * migration: a plain SHA-256 of the item and the old value. Two of a person's old votes no longer share a value,
	 * and without the secret the old value cannot be recomputed, so neither can be linked; with the user key and
	 * the old secret the application still recognizes the vote.
	 */
	public static String unlinkedLegacy(String itemId, String legacyHash) {
		try {
			return hex(MessageDigest.getInstance("SHA-256").digest(encode(LEGACY_PURPOSE, itemId, legacyHash)));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("SHA-256 is unavailable", impossible);
		}
	}

	/** What version 1 stored for every vote of a person in a site; computed only to recognize those votes. */
	static String legacySiteWide(byte[] key, long companyId, long siteId, String userKey) {
		return hex(hmac(key, (companyId + "|" + siteId + "|" + userKey).getBytes(StandardCharsets.UTF_8)));
	}

	/** HMAC-SHA256 over the length-prefixed fields, in lowercase hex. */
	public static String hmacHex(byte[] key, String... fields) {
		return hex(hmac(key, encode(fields)));
	}

	/**
	 * One Mac per thread, kept initialized with the key it last used: Mac.getInstance looks up the provider each time,
	 * and a live view hashes about 50 times per refresh with the same key (doFinal leaves the Mac ready for that key).
	 */
	private static final ThreadLocal<KeyedMac> MACS = ThreadLocal.withInitial(KeyedMac::new);

	private static byte[] hmac(byte[] key, byte[] message) {
		try {
			return MACS.get().forKey(key).doFinal(message);
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("HmacSHA256 is unavailable", impossible);
		}
	}

	private static final class KeyedMac {

		private final Mac mac;
		private byte[] key;

		KeyedMac() {
			try {
				mac = Mac.getInstance("HmacSHA256");
			}
			catch (GeneralSecurityException impossible) {
				throw new IllegalStateException("HmacSHA256 is unavailable", impossible);
			}
		}

		Mac forKey(byte[] wanted) throws GeneralSecurityException {
			if (key == null || !MessageDigest.isEqual(key, wanted)) {
				mac.init(new SecretKeySpec(wanted, "HmacSHA256"));
				key = wanted.clone();
			}
			return mac;
		}

	}

	// Each field as its UTF-8 length (4 bytes, big-endian) and bytes: ("a|b", "c") and ("a", "b|c") differ.
	static byte[] encode(String... fields) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (String field : fields) {
			byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
			out.write(bytes.length >>> 24);
			out.write(bytes.length >>> 16);
			out.write(bytes.length >>> 8);
			out.write(bytes.length);
			out.write(bytes, 0, bytes.length);
		}
		return out.toByteArray();
	}

	private static final char[] DIGITS = "0123456789abcdef".toCharArray();

	private static String hex(byte[] digest) {
		char[] hex = new char[digest.length * 2];
		for (int i = 0; i < digest.length; i++) {
			hex[2 * i] = DIGITS[(digest[i] >> 4) & 0xf];
			hex[2 * i + 1] = DIGITS[digest[i] & 0xf];
		}
		return new String(hex);
	}

}
