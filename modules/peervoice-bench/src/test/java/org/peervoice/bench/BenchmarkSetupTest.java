package org.peervoice.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.suggestion.ReceiptView;

/** Each benchmark's set-up works and each benchmark runs once, on small data; nothing is timed. */
class BenchmarkSetupTest {

	@Test
	void receiptHashBenchmarkTellsRightFromWrongSecrets() {
		ReceiptHashBenchmark benchmark = new ReceiptHashBenchmark();
		benchmark.createReceipt();
		assertTrue(benchmark.hash().startsWith("argon2id$"));
		assertTrue(benchmark.verifyRightSecret());
		assertFalse(benchmark.verifyWrongSecret());
		benchmark.spendTimeForUnknownReceipt();
	}

	@Test
	void receiptLookupBenchmarkFindsOnlyTheKnownReceipt() throws Exception {
		ReceiptLookupBenchmark benchmark = new ReceiptLookupBenchmark();
		benchmark.suggestionCount = 30;
		benchmark.voteCount = 100;
		benchmark.seedBoardAndSubmitAnonymously();
		try {
			assertInstanceOf(ReceiptView.class, benchmark.knownReceipt());
			assertInstanceOf(UnknownItem.class, benchmark.unknownReceipt());
			assertInstanceOf(InvalidInput.class, benchmark.malformedReceipt());
		}
		finally {
			benchmark.close();
		}
	}

	@Test
	void privacyScreenBenchmarkScreensFullLengthBodies() {
		for (String kind : new String[] {"prose", "details", "digits"}) {
			PrivacyScreenBenchmark benchmark = new PrivacyScreenBenchmark();
			benchmark.text = kind;
			benchmark.writeBody();
			assertEquals(PrivacyScreenBenchmark.BODY_LENGTH, benchmark.body.length());
			assertNotNull(benchmark.screenBody());
		}
		PrivacyScreenBenchmark details = new PrivacyScreenBenchmark();
		details.text = "details";
		details.writeBody();
		assertFalse(details.screenBody().isEmpty());
	}

	@Test
	void boardBenchmarkListsAFullPageBothWays() throws Exception {
		BoardBenchmark benchmark = new BoardBenchmark();
		benchmark.suggestionCount = 200;
		benchmark.voteCount = 1000;
		benchmark.page = 2;
		benchmark.seedBoard();
		try {
			assertEquals(20, benchmark.boardByVotes().items().size());
			assertEquals(20, benchmark.boardNewestFirst().items().size());
			long votesOnTop = benchmark.boardByVotes().items().get(0).getVoteCount();
			assertTrue(votesOnTop > 0, "the vote-sorted page should show voted items");
		}
		finally {
			benchmark.close();
		}
	}

	@Test
	void boardSqlBenchmarkReturnsAFullPageBothWays() throws Exception {
		BoardSqlBenchmark benchmark = new BoardSqlBenchmark();
		benchmark.suggestionCount = 200;
		benchmark.voteCount = 1000;
		benchmark.seedBoard();
		try {
			assertEquals(20, benchmark.rankByCountingVotes().size());
			assertEquals(benchmark.rankByCountingVotes(), benchmark.rankByStoredCount(), "the stored count ranks as counting does");
			assertEquals(20, benchmark.newestPage().size());
		}
		finally {
			benchmark.close();
		}
	}

	@Test
	void submitBenchmarkSubmitsBothWays() throws Exception {
		SubmitBenchmark benchmark = new SubmitBenchmark();
		benchmark.suggestionCount = 30;
		benchmark.voteCount = 100;
		benchmark.seedBoard();
		try {
			assertTrue(benchmark.submitIdentified().receipt().isEmpty());
			assertTrue(benchmark.submitAnonymous().receipt().isPresent());
			assertTrue(benchmark.submitAnonymous().receipt().isPresent());
		}
		finally {
			benchmark.close();
		}
	}

	@Test
	void championBenchmarksSearchAndCopyASmallDirectory() throws Exception {
		ChampionSearchBenchmark search = new ChampionSearchBenchmark();
		search.listingCount = 60;
		search.seed();
		try {
			ChampionSearchBenchmark.Reader reader = new ChampionSearchBenchmark.Reader();
			assertEquals(60, search.search(reader).getTotalCount());
			// the turns alternate: a random word of the vocabulary (which 60 listings may not hold), then the fixed mix
			for (int i = 1; i < ChampionSearchBenchmark.QUERIES.size(); i++) {
				search.search(reader);
				assertTrue(search.search(reader).getTotalCount() > 0, "query " + i + " of the fixed mix finds someone");
			}
		}
		finally {
			search.close();
		}
		ChampionExportBenchmark export = new ChampionExportBenchmark();
		export.listingCount = 30;
		export.seed();
		try {
			assertTrue(export.pdf() > 1000);
			assertTrue(export.csv() > 1000);
		}
		finally {
			export.close();
		}
	}

	@Test
	void recognitionBenchmarkReadsTheBoardAndTheEquityOfASmallSite() throws Exception {
		RecognitionBoardBenchmark benchmark = new RecognitionBoardBenchmark();
		benchmark.recognitionCount = 400;
		benchmark.seed();
		try {
			RecognitionBoardBenchmark.Reader reader = new RecognitionBoardBenchmark.Reader();
			int found = 0;
			for (int i = 0; i < 70; i++) {
				found += benchmark.feed(reader).items().isEmpty() ? 0 : 1;
			}
			assertTrue(found > 35, "most of the mix finds recognitions: " + found + " of 70");
			benchmark.hitRate();
			long[] servedAndRead = benchmark.board.feedServedAndRead();
			assertEquals(70, servedAndRead[0] + servedAndRead[1], "every page counted, from memory or read");
			assertEquals(12, benchmark.equity().getMonths().size());
		}
		finally {
			benchmark.close();
		}
	}

}
