package org.peervoice.devportal;

import java.security.SecureRandom;
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

	private final DemoDirectory directory;
	private final Map<String, String> passwordHashes = new HashMap<>();
	private final String decoyHash;

	@Inject
	DemoSignIn(DemoDirectory directory) {
		this.directory = directory;
		SecureRandom random = new SecureRandom();
		for (DemoUser user : directory.users()) {
			passwordHashes.put(user.screenName(), hash(DemoDirectory.DEMO_PASSWORD, random));
		}
		decoyHash = hash("not-a-password-" + random.nextLong(), random);
	}

	private static String hash(String password, SecureRandom random) {
		byte[] salt = new byte[16];
		random.nextBytes(salt);
		return OpenBSDBCrypt.generate(password.toCharArray(), salt, COST);
	}

	Optional<DemoUser> authenticate(String screenName, String password) {
		if (screenName == null || password == null || password.length() > 72) {
			return Optional.empty();
		}
		Optional<DemoUser> user = directory.user(screenName.trim());
		String hash = user.map(found -> passwordHashes.get(found.screenName())).orElse(decoyHash);
		boolean matches = OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
		return matches ? user : Optional.empty();
	}

}
