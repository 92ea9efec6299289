package org.peervoice.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.suggestion.SuggestionStatus;

class QueryParametersTest {

	@Test
	void pageDefaultsToTheFirstTwenty() {
		PageRequest page = QueryParameters.pageRequest(null, "");

		assertEquals(1, page.page());
		assertEquals(20, page.pageSize());
	}

	@Test
	void pageThatIsNoNumberIsInvalidInput() {
		InvalidInput invalid = assertThrows(InvalidInput.class, () -> QueryParameters.pageRequest("abc", null));

		assertEquals(Map.of("page", "must be a whole number between 1 and 1000000"), invalid.fieldErrors());
	}

	@Test
	void everyNumberHasOneSpellingOnly() {
		java.util.Random random = new java.util.Random(7_4);
		for (int i = 0; i < 1_000; i++) {
			int number = 1 + random.nextInt(100);
			String written = String.valueOf(number);
			assertEquals(number, QueryParameters.pageRequest(written, written).page());
			assertEquals(number, QueryParameters.pageRequest("1", written).pageSize());
			for (String other : new String[] { "+" + written, "0" + written, " " + written, written + " ", "\t" + written, "00" + written }) {
				assertThrows(InvalidInput.class, () -> QueryParameters.pageRequest(other, null), other);
				assertThrows(InvalidInput.class, () -> QueryParameters.pageRequest(null, other), other);
				assertThrows(InvalidInput.class, () -> QueryParameters.requiredId("siteId", other), other);
			}
		}
	}

	@Test
	void pageSizeOverAHundredIsInvalidInput() {
		InvalidInput invalid = assertThrows(InvalidInput.class, () -> QueryParameters.pageRequest("1", "1000"));

		assertEquals(Map.of("pageSize", "must be between 1 and 100"), invalid.fieldErrors());
	}

	@Test
	void pageNumbersThatWouldOverflowAnOffsetAreInvalidInputNamingEachField() {
		for (String page : new String[] { "\uff11", "2147483647", "2147483648", "30000000", "1000001", "-1", "0", "99999999999999999999999", "-9223372036854775809" }) {
			InvalidInput invalid = assertThrows(InvalidInput.class, () -> QueryParameters.pageRequest(page, "100"), page);
			assertEquals(java.util.Set.of("page"), invalid.fieldErrors().keySet(), page);
		}
		InvalidInput both = assertThrows(InvalidInput.class, () -> QueryParameters.pageRequest("1e3", "0x10"));
		assertEquals(java.util.Set.of("page", "pageSize"), both.fieldErrors().keySet());
	}

	@Test
	void theLastAllowedPageHasAnOffsetInLong() {
		PageRequest last = QueryParameters.pageRequest(String.valueOf(PageRequest.MAX_PAGE), "100");

		assertEquals((PageRequest.MAX_PAGE - 1L) * 100, last.offset());
	}

	@Test
	void enumValuesAreCaseInsensitiveAndCheckedAgainstTheAllowedOnes() {
		assertEquals(SuggestionStatus.DONE, QueryParameters.optionalEnum("status", "done", SuggestionStatus.class));
		assertNull(QueryParameters.optionalEnum("status", " ", SuggestionStatus.class));
		assertThrows(InvalidInput.class, () -> QueryParameters.optionalEnum("status", "FINISHED", SuggestionStatus.class));
	}

	@Test
	void siteIdMustBeAPositiveNumber() {
		assertEquals(20121L, QueryParameters.requiredId("siteId", "20121"));
		assertThrows(InvalidInput.class, () -> QueryParameters.requiredId("siteId", null));
		assertThrows(InvalidInput.class, () -> QueryParameters.requiredId("siteId", "-1"));
		assertThrows(InvalidInput.class, () -> QueryParameters.requiredId("siteId", "x"));
		assertThrows(InvalidInput.class, () -> QueryParameters.requiredId("siteId", "\uff11"), "fullwidth digit one");
		assertThrows(InvalidInput.class, () -> QueryParameters.requiredId("siteId", "\u0661\u0662"), "Arabic-Indic digits");
		assertThrows(InvalidInput.class, () -> QueryParameters.requiredId("siteId", "99999999999999999999"));
	}

}
