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
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.suggestion.SuggestionQuery;
import org.peervoice.core.suggestion.SuggestionBoard;
import org.peervoice.core.suggestion.SuggestionView;

/**
 * One page of the board as staff see it, through {@link SuggestionBoard#list}, on 10,000
 * suggestions with 50,000 votes in HSQLDB. Target: under 50 ms per page (p99).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BoardBenchmark {

	@Param("10000")
	public int suggestionCount;

	@Param("50000")
	public int voteCount;

	/** 1 is what most people see; a deep page shows what offset paging costs. */
	@Param({"1", "100"})
	public int page;

	SeededBoard board;
	SuggestionBoard suggestions;
	BenchmarkIdentity viewer;
	SuggestionQuery byVotes;
	SuggestionQuery newest;
	PageRequest pageRequest;

	@Setup
	public void seedBoard() throws SQLException {
		board = SeededBoard.open(suggestionCount, voteCount);
		suggestions = board.services().suggestionBoard();
		viewer = BenchmarkIdentity.staff("user-7");
		byVotes = new SuggestionQuery(null, null, SuggestionQuery.Sort.VOTES, SuggestionQuery.View.BOARD);
		newest = new SuggestionQuery(null, null, SuggestionQuery.Sort.NEWEST, SuggestionQuery.View.BOARD);
		pageRequest = new PageRequest(page, PageRequest.DEFAULT_PAGE_SIZE);
	}

	@TearDown
	public void close() throws SQLException {
		board.close();
	}

	@Benchmark
	public Page<SuggestionView> boardByVotes() {
		return suggestions.list(viewer, BenchmarkIdentity.SITE, byVotes, pageRequest);
	}

	@Benchmark
	public Page<SuggestionView> boardNewestFirst() {
		return suggestions.list(viewer, BenchmarkIdentity.SITE, newest, pageRequest);
	}

}
