package org.peervoice.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A value and what a reader could find instead of it: its lowercase form and its plain hashes. */
public final class Fingerprints {

	private Fingerprints() {
	}

	public static Set<String> of(String value) {
		Set<String> forms = new LinkedHashSet<>();
		String lower = value.toLowerCase(Locale.ROOT);
		forms.add(value);
		forms.add(lower);
		for (String form : new ArrayList<>(forms)) {
			forms.add(digest("SHA-256", form));
			forms.add(digest("MD5", form));
		}
		return forms;
	}

	public static Set<String> of(List<String> values) {
		Set<String> forms = new LinkedHashSet<>();
		values.forEach(value -> forms.addAll(of(value)));
		return forms;
	}

	static String digest(String algorithm, String value) {
		try {
			return hex(MessageDigest.getInstance(algorithm).digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String hex(byte[] bytes) {
		StringBuilder hex = new StringBuilder(bytes.length * 2);
		for (byte b : bytes) {
			hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
		}
		return hex.toString();
	}

}
