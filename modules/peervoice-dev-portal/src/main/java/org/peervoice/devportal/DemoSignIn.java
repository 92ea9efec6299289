package org.peervoice.devportal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Checks demo users' passwords against bcrypt hashes, as a real directory would, so no password
 * is ever compared as plain text. Unknown names cost the same as wrong passwords.
 */
@Singleton
class DemoSignIn {

	private static final int COST = 8;
	private static final String CHEAP = "sha256:";

	private final DemoDirectory directory;
	private final Map<String, String> passwordHashes = new HashMap<>();
	private final String decoyHash;

	@Inject
	DemoSignIn(DemoDirectory directory) {
		this.directory = directory;
		SecureRandom random = new SecureRandom();
		for (DemoUser user : directory.users()) {
			passwordHashes.put(user.screenName(), DemoDirectory.isLoadTestUser(user) ? cheapHash(DemoDirectory.DEMO_PASSWORD, random)
				: hash(DemoDirectory.DEMO_PASSWORD, random));
		}
		decoyHash = hash("not-a-password-" + random.nextLong(), random);
	}

	private static String hash(String password, SecureRandom random) {
		byte[] salt = new byte[16];
		random.nextBytes(salt);
		return OpenBSDBCrypt.generate(password.toCharArray(), salt, COST);
	}

	/*
	 * The load-test directory's synthetic users only (never there by default): one salted SHA-256, so that 2,000 users
	 * signing in with HTTP Basic on every request measure the town hall, not bcrypt.
	 */
	private static String cheapHash(String password, SecureRandom random) {
		byte[] salt = new byte[16];
		random.nextBytes(salt);
		return CHEAP + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(sha256(salt, password));
	}

	private static byte[] sha256(byte[] salt, String password) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			return digest.digest(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

	private static boolean checkCheap(String hash, String password) {
		String[] parts = hash.substring(CHEAP.length()).split(":");
		return MessageDigest.isEqual(Base64.getDecoder().decode(parts[1]), sha256(Base64.getDecoder().decode(parts[0]), password));
	}

	Optional<DemoUser> authenticate(String screenName, String password) {
		if (screenName == null || password == null || password.length() > 72) {
			return Optional.empty();
		}
		Optional<DemoUser> user = directory.user(screenName.trim());
		String hash = user.map(found -> passwordHashes.get(found.screenName())).orElse(decoyHash);
		boolean matches = hash.startsWith(CHEAP) ? checkCheap(hash, password) : OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
		return matches ? user : Optional.empty();
	}

}
