package org.peervoice.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The shortcut for plain addresses answers exactly as the whole check does. */
class UnreadableRequestFilterTest {

	// what addresses are made of, and what breaks them: escapes (good, broken, of bad UTF-8), controls, spaces, non-ASCII
	private static final String[] PIECES = {"a", "Z", "0", "/", "-", "_", ".", "~", "?", "=", "&", "+", ":", "@", "!", "$", "'", "(", ")", "*",
		",", ";", "%20", "%2F", "%C3%A9", "%E2%82%AC", "%F0%9F%98%80", "%", "%2", "%G1", "%C0%AF", "%ED%A0%80", "%FF", "%00", "%7F", "%0A",
		" ", "\t", "\n", "\u0000", "\u007f", "\u0080", "é", "€", "\ud83d\ude00", "\ud800", "\u202e", "v1.0", "town-halls", "live"};

	@Test
	void plainAddressesAreReadableWithoutDecodingAndEveryAddressGetsTheWholeChecksAnswer() {
		Random random = new Random(Long.getLong("peervoice.seed", 20261204L));
		int plain = 0;
		for (int i = 0; i < 50_000; i++) {
			StringBuilder raw = new StringBuilder();
			int length = random.nextInt(12);
			for (int j = 0; j < length; j++) {
				// mostly ordinary pieces, so that plain addresses are common too
				raw.append(PIECES[random.nextInt(4) == 0 ? random.nextInt(PIECES.length) : random.nextInt(22)]);
			}
			String address = raw.toString();
			assertEquals(UnreadableRequestFilter.decodesCleanly(address), UnreadableRequestFilter.isReadableComponent(address), address);
			if (address.chars().allMatch(c -> c > ' ' && c < 0x7f && c != '%')) {
				plain++;
			}
		}
		assertTrue(plain > 5_000, "generated plain addresses: " + plain);
	}

	@Test
	void examples() {
		assertTrue(UnreadableRequestFilter.isReadableComponent("/o/peer-voice/v1.0/town-halls/0b7e/live"));
		assertTrue(UnreadableRequestFilter.isReadableComponent(null));
		assertTrue(UnreadableRequestFilter.isReadableComponent("/caf%C3%A9"));
		assertFalse(UnreadableRequestFilter.isReadableComponent("/caf%C3"));
		assertFalse(UnreadableRequestFilter.isReadableComponent("/a%0Ab"));
		assertFalse(UnreadableRequestFilter.isReadableComponent("/a\u0001b"));
		assertFalse(UnreadableRequestFilter.isReadableComponent("/%ED%A0%80"));
	}

}
