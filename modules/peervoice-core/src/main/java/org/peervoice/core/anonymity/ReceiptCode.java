package org.peervoice.core.anonymity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * What an anonymous writer keeps instead of an account: {@code PV-} followed by a random
 * locator (stored, indexed, derived from nothing) and a secret of 160 random bits (only its
 * slow hash is stored), in base32, in groups of four separated by dashes.
 */
public final class ReceiptCode {

	static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	static final int LOCATOR_BYTES = 5;
	static final int SECRET_BYTES = 20;
	static final int LOCATOR_LENGTH = LOCATOR_BYTES * 8 / 5;
	static final int SECRET_LENGTH = SECRET_BYTES * 8 / 5;
	private static final String PREFIX = "PV";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String locator;
	private final String secret;

	private ReceiptCode(String locator, String secret) {
		this.locator = locator;
		this.secret = secret;
	}

	public static ReceiptCode generate() {
		return new ReceiptCode(randomBase32(LOCATOR_BYTES), randomBase32(SECRET_BYTES));
	}

	/** A random locator of the same shape a receipt has, for records that need one without a receipt. */
	public static String randomLocator() {
		return randomBase32(LOCATOR_BYTES);
	}

	/** Reads a receipt as a person might paste it (any case, spaces, with or without dashes); empty when malformed. */
	public static Optional<ReceiptCode> parse(String text) {
		if (text == null || text.length() > 200) {
			return Optional.empty();
		}
		String compact = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (!compact.startsWith(PREFIX)) {
			return Optional.empty();
		}
		compact = compact.substring(PREFIX.length());
		if (compact.length() != LOCATOR_LENGTH + SECRET_LENGTH) {
			return Optional.empty();
		}
		for (int i = 0; i < compact.length(); i++) {
			if (ALPHABET.indexOf(compact.charAt(i)) < 0) {
				return Optional.empty();
			}
		}
		return Optional.of(new ReceiptCode(compact.substring(0, LOCATOR_LENGTH), compact.substring(LOCATOR_LENGTH)));
	}

	public String locator() {
		return locator;
	}

	public String secret() {
		return secret;
	}

	/** The receipt as the writer sees it, e.g. {@code PV-ABCD-EFGH-IJKL-...}. */
	public String text() {
		StringBuilder text = new StringBuilder(PREFIX);
		String all = locator + secret;
		for (int i = 0; i < all.length(); i += 4) {
			text.append('-').append(all, i, Math.min(all.length(), i + 4));
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return "ReceiptCode[hidden]";
	}

	private static String randomBase32(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return base32(random);
	}

	static String base32(byte[] data) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

}
