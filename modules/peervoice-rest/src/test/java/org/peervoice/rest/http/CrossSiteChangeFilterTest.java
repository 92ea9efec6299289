package org.peervoice.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CrossSiteChangeFilterTest {

	@Test
	void theBrowsersOwnVerdictDecidesWhenItGivesOne() {
		assertTrue(CrossSiteChangeFilter.isCrossSite("cross-site", null, "intranet.example.org"));
		assertTrue(CrossSiteChangeFilter.isCrossSite("Cross-Site", "https://intranet.example.org", "intranet.example.org"));
		assertFalse(CrossSiteChangeFilter.isCrossSite("same-origin", "https://attacker.example", "intranet.example.org"));
		assertFalse(CrossSiteChangeFilter.isCrossSite("same-site", null, "intranet.example.org"));
		assertFalse(CrossSiteChangeFilter.isCrossSite("none", null, "intranet.example.org"));
	}

	@Test
	void withoutItTheOriginMustNameTheRequestedHost() {
		assertFalse(CrossSiteChangeFilter.isCrossSite(null, "https://intranet.example.org", "intranet.example.org"));
		assertFalse(CrossSiteChangeFilter.isCrossSite(null, "https://INTRANET.example.org:8443", "intranet.example.org:8080"));
		assertFalse(CrossSiteChangeFilter.isCrossSite(null, "http://[::1]:8080", "[::1]:8080"));
		assertTrue(CrossSiteChangeFilter.isCrossSite(null, "https://attacker.example", "intranet.example.org"));
		assertTrue(CrossSiteChangeFilter.isCrossSite(null, "https://intranet.example.org.attacker.example", "intranet.example.org"));
		assertTrue(CrossSiteChangeFilter.isCrossSite(null, "null", "intranet.example.org"));
		assertTrue(CrossSiteChangeFilter.isCrossSite(null, "https://intranet.example.org", null));
		assertTrue(CrossSiteChangeFilter.isCrossSite(null, "not a url \u0000", "intranet.example.org"));
	}

	@Test
	void clientsThatAreNotBrowsersSendNeitherHeaderAndPass() {
		assertFalse(CrossSiteChangeFilter.isCrossSite(null, null, "intranet.example.org"));
		assertFalse(CrossSiteChangeFilter.isCrossSite("", " ", "intranet.example.org"));
	}

	@Test
	void generatedOriginsPassOnlyWhenTheirHostIsTheRequestedOne() {
		Random random = new Random(8_0102);
		List<String> hosts = List.of("intranet.example.org", "example.org", "intranet.example.org.evil", "xintranet.example.org", "10.0.0.7", "[fe80::1]");
		for (int i = 0; i < 2_000; i++) {
			String requested = hosts.get(random.nextInt(hosts.size()));
			String from = hosts.get(random.nextInt(hosts.size()));
			String origin = (random.nextBoolean() ? "https://" : "http://") + from + (random.nextBoolean() ? ":" + (1 + random.nextInt(65_535)) : "");
			String requestedWithPort = requested + (random.nextBoolean() ? ":" + (1 + random.nextInt(65_535)) : "");
			assertEquals(!from.equals(requested), CrossSiteChangeFilter.isCrossSite(null, origin, requestedWithPort), origin + " -> " + requestedWithPort);
		}
	}

}
