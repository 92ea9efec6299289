package org.peervoice.core.anonymity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A vote on one item of a group (a question of a town hall) that can follow the item when moderators merge it into
 * another item of the group, counting each voter once. Like {@link VoterHash}, the stored hash is keyed per item, so
 * a database reader without the server secret can neither tell whose a vote is nor link one person's votes. Besides
 * the hash, each vote holds its voter's tag within the group sealed with AES-GCM under a key derived from the server
 * secret and a random nonce: seals of one person differ on every vote. Only the application, holding the secret, opens
 * them, to find the voters two merged items share; it never learns a person from a tag.
 */
public final class MergeableVote {

	private static final String TAG_PURPOSE = "peervoice.group-voter.v1";
	private static final String SEAL_PURPOSE = "peervoice.group-voter-seal.v1";
	private static final int NONCE_BYTES = 12;
	private static final int GCM_TAG_BITS = 128;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final String hash;
	private final String seal;

	private MergeableVote(String hash, String seal) {
		this.hash = hash;
		this.seal = seal;
	}

	/** The vote of a person on an item of a group, under the current key. */
	static MergeableVote of(byte[] key, long companyId, long siteId, String groupId, String itemId, String userKey) {
		return ofTag(key, companyId, siteId, itemId, tag(key, companyId, siteId, groupId, userKey));
	}

	/** Every hash this person's vote on this item may be stored under (one per key still honoured). */
	static Set<String> candidates(List<byte[]> keys, long companyId, long siteId, String groupId, String itemId, String userKey) {
		Set<String> hashes = new LinkedHashSet<>();
		for (byte[] key : keys) {
			hashes.add(VoterHash.of(key, companyId, siteId, itemId, tag(key, companyId, siteId, groupId, userKey)));
		}
		return hashes;
	}

	/**
	 * The same for several items of one group: the person's tag in the group made once per key (a live view asks for
	 * its 50 questions on every refresh), then one hash per item and key.
	 */
	static Map<String, Set<String>> candidates(List<byte[]> keys, long companyId, long siteId, String groupId, List<String> itemIds,
		String userKey) {
		Map<String, Set<String>> hashes = new HashMap<>();
		for (byte[] key : keys) {
			String tag = tag(key, companyId, siteId, groupId, userKey);
			for (String itemId : itemIds) {
				hashes.computeIfAbsent(itemId, id -> new LinkedHashSet<>()).add(VoterHash.of(key, companyId, siteId, itemId, tag));
			}
		}
		return hashes;
	}

	/** The same voter's vote on another item of the group, from a stored seal; empty if no honoured key opens it. */
	static Optional<MergeableVote> movedTo(List<byte[]> keys, long companyId, long siteId, String itemId, String seal) {
		for (byte[] key : keys) {
			Optional<String> tag = open(key, seal);
			if (tag.isPresent()) {
				return Optional.of(ofTag(keys.get(0), companyId, siteId, itemId, tag.get()));
			}
		}
		return Optional.empty();
	}

	public String hash() {
		return hash;
	}

	public String seal() {
		return seal;
	}

	private static MergeableVote ofTag(byte[] key, long companyId, long siteId, String itemId, String tag) {
		return new MergeableVote(VoterHash.of(key, companyId, siteId, itemId, tag), seal(key, tag));
	}

	private static String tag(byte[] key, long companyId, long siteId, String groupId, String userKey) {
		return VoterHash.hmacHex(key, TAG_PURPOSE, Long.toString(companyId), Long.toString(siteId), groupId, userKey);
	}

	private static SecretKeySpec sealKey(byte[] key) {
		byte[] derived = hexBytes(VoterHash.hmacHex(key, SEAL_PURPOSE));
		return new SecretKeySpec(derived, "AES");
	}

	/**
	 * One AES-GCM cipher per thread: Cipher.getInstance looks up the provider each time (a tenth of a vote's CPU in the
	 * town-hall load benchmark); every use initializes it anew with its key and a fresh nonce, so no nonce is reused.
	 */
	private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("AES-GCM is unavailable", impossible);
		}
	});

	private static String seal(byte[] key, String tag) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = CIPHERS.get();
			cipher.init(Cipher.ENCRYPT_MODE, sealKey(key), new GCMParameterSpec(GCM_TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(hexBytes(tag));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
				.put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("AES-GCM is unavailable", impossible);
		}
	}

	private static Optional<String> open(byte[] key, String seal) {
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(seal);
			if (bytes.length <= NONCE_BYTES) {
				return Optional.empty();
			}
			Cipher cipher = CIPHERS.get();
			cipher.init(Cipher.DECRYPT_MODE, sealKey(key), new GCMParameterSpec(GCM_TAG_BITS, bytes, 0, NONCE_BYTES));
			byte[] tag = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return Optional.of(hex(tag));
		}
		catch (GeneralSecurityException | IllegalArgumentException notOpenedByThisKey) {
			return Optional.empty();
		}
	}

	private static byte[] hexBytes(String hex) {
		byte[] bytes = new byte[hex.length() / 2];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
		}
		return bytes;
	}

	private static String hex(byte[] bytes) {
		StringBuilder hex = new StringBuilder(bytes.length * 2);
		for (byte b : bytes) {
			hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
		}
		return hex.toString();
	}

	@Override
	public String toString() {
		return "MergeableVote[hidden]";
	}

}
