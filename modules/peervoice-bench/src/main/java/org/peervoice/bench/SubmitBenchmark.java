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
import org.peervoice.core.suggestion.SubmittedSuggestion;
import org.peervoice.core.suggestion.SuggestionDraft;
import org.peervoice.core.suggestion.SuggestionBoard;

/**
 * Submitting through {@link SuggestionBoard#submit} into the seeded board: validation,
 * privacy screen, insert and commit, plus the Argon2 receipt hash when anonymous.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class SubmitBenchmark {

	@Param("10000")
	public int suggestionCount;

	@Param("50000")
	public int voteCount;

	SeededBoard board;
	SuggestionBoard suggestions;
	BenchmarkIdentity writer;
	SuggestionDraft identified;
	SuggestionDraft anonymous;
	long anonymousWriters;

	@Setup
	public void seedBoard() throws SQLException {
		board = SeededBoard.open(suggestionCount, voteCount);
		suggestions = board.services().suggestionBoard();
		writer = BenchmarkIdentity.staff("user-bench-writer");
		identified = new SuggestionDraft("Debrief after groups", SeededBoard.BODY, "workplace-culture", false, false);
		anonymous = new SuggestionDraft("Debrief after groups", SeededBoard.BODY, "workplace-culture", true, false);
	}

	@TearDown
	public void close() throws SQLException {
		board.close();
	}

	@Benchmark
	public SubmittedSuggestion submitIdentified() {
		return suggestions.submit(writer, BenchmarkIdentity.SITE, identified);
	}

	/** A different writer each time, so the hourly limit on anonymous posts does not interfere. */
	@Benchmark
	public SubmittedSuggestion submitAnonymous() {
		anonymousWriters++;
		return suggestions.submit(BenchmarkIdentity.staff("user-anonymous-" + anonymousWriters), BenchmarkIdentity.SITE, anonymous);
	}

}
