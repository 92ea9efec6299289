package org.peervoice.core.anonymity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A slow, salted Argon2id hash of a receipt's secret, encoded with its parameters
 * ({@code argon2id$v=19$m=19456,t=2,p=1$salt$hash}) so they can be raised later.
 */
public final class ReceiptHash {

	private static final int MEMORY_KIB = 19456;
	private static final int ITERATIONS = 2;
	private static final int PARALLELISM = 1;
	private static final int SALT_BYTES = 16;
	private static final int HASH_BYTES = 32;
	private static final SecureRandom RANDOM = new SecureRandom();

	private ReceiptHash() {
	}

	public static String of(String secret) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		byte[] hash = argon2(secret, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
		Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
		return "argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + base64.encodeToString(salt) + "$"
			+ base64.encodeToString(hash);
	}

	public static boolean matches(String secret, String encoded) {
		try {
			String[] parts = encoded.split("\\$");
			if (parts.length != 5 || !"argon2id".equals(parts[0])) {
				return false;
			}
			int memory = 0;
			int iterations = 0;
			int parallelism = 0;
			for (String parameter : parts[2].split(",")) {
				String[] pair = parameter.split("=");
				int value = Integer.parseInt(pair[1]);
				if ("m".equals(pair[0])) {
					memory = value;
				}
				else if ("t".equals(pair[0])) {
					iterations = value;
				}
				else if ("p".equals(pair[0])) {
					parallelism = value;
				}
			}
			byte[] salt = Base64.getDecoder().decode(parts[3]);
			byte[] expected = Base64.getDecoder().decode(parts[4]);
			return MessageDigest.isEqual(expected, argon2(secret, salt, memory, iterations, parallelism));
		}
		catch (RuntimeException malformed) {
			return false;
		}
	}

	/** Spends the time a real check would, so an unknown receipt answers as slowly as a known one. */
	public static void spendVerificationTime(String secret) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		argon2(secret == null ? "" : secret, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
	}

	private static byte[] argon2(String secret, byte[] salt, int memory, int iterations, int parallelism) {
		Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
			.withVersion(Argon2Parameters.ARGON2_VERSION_13)
			.withMemoryAsKB(memory)
			.withIterations(iterations)
			.withParallelism(parallelism)
			.withSalt(salt)
			.build();
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		byte[] hash = new byte[HASH_BYTES];
		generator.generateBytes(secret.getBytes(StandardCharsets.UTF_8), hash);
		return hash;
	}

}
