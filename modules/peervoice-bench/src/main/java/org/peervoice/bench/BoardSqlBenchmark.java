package org.peervoice.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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

/**
 * For diagnosis, not a target: the board's ranking and page queries as plain SQL on the same
 * seeded database, so the database's share of {@link BoardBenchmark} can be told from JPA's
 * and from the per-item queries that build each view.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BoardSqlBenchmark {

	/** The ranking before the stored vote count (migration 2): every board row joined and grouped with its votes. */
	static final String RANK_BY_COUNTING_VOTES = "SELECT s.id, COUNT(v.id) FROM PV_SUGGESTION s"
		+ " LEFT JOIN PV_SUGGESTION_VOTE v ON v.suggestion_id = s.id"
		+ " WHERE s.company_id = ? AND s.site_id = ? AND s.published = TRUE AND s.status <> 'WITHDRAWN'"
		+ " GROUP BY s.id, s.created_at ORDER BY COUNT(v.id) DESC, s.created_at DESC, s.id LIMIT 20";
	static final String RANK_BY_STORED_COUNT = "SELECT * FROM PV_SUGGESTION s"
		+ " WHERE s.company_id = ? AND s.site_id = ? AND s.published = TRUE AND s.status <> 'WITHDRAWN'"
		+ " ORDER BY s.vote_count DESC, s.created_at DESC, s.id LIMIT 20";
	static final String NEWEST_PAGE = "SELECT * FROM PV_SUGGESTION s"
		+ " WHERE s.company_id = ? AND s.site_id = ? AND s.published = TRUE AND s.status <> 'WITHDRAWN'"
		+ " ORDER BY s.created_at DESC, s.id LIMIT 20";

	@Param("10000")
	public int suggestionCount;

	@Param("50000")
	public int voteCount;

	SeededBoard board;
	Connection connection;

	@Setup
	public void seedBoard() throws SQLException {
		board = SeededBoard.open(suggestionCount, voteCount);
		connection = board.dataSource().getConnection();
	}

	@TearDown
	public void close() throws SQLException {
		connection.close();
		board.close();
	}

	@Benchmark
	public List<String> rankByCountingVotes() throws SQLException {
		return firstColumn(RANK_BY_COUNTING_VOTES);
	}

	@Benchmark
	public List<String> rankByStoredCount() throws SQLException {
		return firstColumn(RANK_BY_STORED_COUNT);
	}

	@Benchmark
	public List<String> newestPage() throws SQLException {
		return firstColumn(NEWEST_PAGE);
	}

	private List<String> firstColumn(String sql) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			select.setLong(1, BenchmarkIdentity.COMPANY);
			select.setLong(2, BenchmarkIdentity.SITE);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
		}
		return ids;
	}

}
