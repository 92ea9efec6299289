package org.peervoice.bench;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.peervoice.core.anonymity.ReceiptCode;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.suggestion.SuggestionDraft;
import org.peervoice.core.suggestion.SuggestionReceipts;

/**
 * Looking up a suggestion by receipt through the service, on a seeded board. Target: an unknown
 * receipt takes as long as a known one (within the noise), so timing reveals nothing; a text not of
 * a receipt's form is refused at once (400), before any hashing: the form is public.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReceiptLookupBenchmark {

	@Param("10000")
	public int suggestionCount;

	@Param("50000")
	public int voteCount;

	SeededBoard board;
	SuggestionReceipts receipts;
	BenchmarkIdentity writer;
	String knownReceipt;
	String unknownReceipt;

	@Setup
	public void seedBoardAndSubmitAnonymously() throws SQLException {
		board = SeededBoard.open(suggestionCount, voteCount);
		receipts = board.services().suggestionReceipts();
		writer = BenchmarkIdentity.staff("user-bench-writer");
		knownReceipt = board.services().suggestionBoard().submit(writer, BenchmarkIdentity.SITE,
			new SuggestionDraft("Debrief after groups", SeededBoard.BODY, "workplace-culture", true, false)).receipt().orElseThrow();
		unknownReceipt = ReceiptCode.generate().text();
	}

	@TearDown
	public void close() throws SQLException {
		board.close();
	}

	@Benchmark
	public Object knownReceipt() {
		return receipts.lookUpReceipt(writer, knownReceipt);
	}

	@Benchmark
	public Object unknownReceipt() {
		try {
			return receipts.lookUpReceipt(writer, unknownReceipt);
		}
		catch (UnknownItem expected) {
			return expected;
		}
	}

	@Benchmark
	public Object malformedReceipt() {
		try {
			return receipts.lookUpReceipt(writer, "PV-NOT-A-RECEIPT");
		}
		catch (InvalidInput expected) {
			// not of a receipt's form: refused before any hashing (the form is public; nothing of stored receipts shows)
			return expected;
		}
	}

}
