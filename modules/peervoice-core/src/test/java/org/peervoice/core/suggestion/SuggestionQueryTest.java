package org.peervoice.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionQueryTest {

	@Test
	void searchTextBecomesDistinctLowerCaseWordsSplitAtAnyWhiteSpace() {
		SuggestionQuery query = SuggestionQuery.board().searching("  Quiet\tROOM\nquiet  room ");

		assertEquals(List.of("quiet", "room"), query.getSearchWords());
	}

	@Test
	void blankOrMissingSearchTextSearchesNothing() {
		assertTrue(SuggestionQuery.board().searching(null).getSearchWords().isEmpty());
		assertTrue(SuggestionQuery.board().searching(" \t\n").getSearchWords().isEmpty());
		assertTrue(SuggestionQuery.board().getSearchWords().isEmpty());
	}

	@Test
	void searchingAndTheFirstResponseFilterKeepTheRestOfTheQuery() {
		SuggestionQuery query = new SuggestionQuery(SuggestionStatus.PLANNED, "other", SuggestionQuery.Sort.VOTES,
			SuggestionQuery.View.QUEUE).searching("rota").needingFirstResponse(true);

		assertEquals(SuggestionStatus.PLANNED, query.getStatus());
		assertEquals("other", query.getCategory());
		assertEquals(SuggestionQuery.Sort.VOTES, query.getSort());
		assertEquals(SuggestionQuery.View.QUEUE, query.getView());
		assertEquals(List.of("rota"), query.getSearchWords());
		assertTrue(query.isNeedsFirstResponse());
		assertFalse(SuggestionQuery.board().isNeedsFirstResponse());
	}

	@Test
	void theCountsAreTakenOverEveryStatusWithTheOtherFiltersKept() {
		SuggestionQuery counted = new SuggestionQuery(SuggestionStatus.DONE, "other", null, SuggestionQuery.View.QUEUE)
			.searching("rota").needingFirstResponse(true).anyStatus();

		assertNull(counted.getStatus());
		assertEquals("other", counted.getCategory());
		assertEquals(List.of("rota"), counted.getSearchWords());
		assertTrue(counted.isNeedsFirstResponse());
	}

	@Test
	void likeWildcardsInASearchWordAreEscapedAsPlainCharacters() {
		assertEquals("50!%", JpaSuggestionRepository.likeLiteral("50%"));
		assertEquals("a!_b", JpaSuggestionRepository.likeLiteral("a_b"));
		assertEquals("wow!!", JpaSuggestionRepository.likeLiteral("wow!"));
		assertEquals("!!!%", JpaSuggestionRepository.likeLiteral("!%"));
	}

}
