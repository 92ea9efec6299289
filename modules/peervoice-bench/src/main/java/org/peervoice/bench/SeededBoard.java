package org.peervoice.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.anonymity.FloodLimit;
import org.peervoice.core.anonymity.ReceiptCode;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.persistence.PeerVoiceDatabase;

/**
 * A suggestion box on a fresh HSQLDB in-memory database, migrated by {@link PeerVoiceDatabase}
 * and filled with a board's worth of suggestions and votes. Rows are inserted with plain JDBC
 * because going through the service would spend minutes on Argon2 for the anonymous ones; the
 * stored vote counts are then set as the migration sets them.
 */
final class SeededBoard implements AutoCloseable {

	static final String[] CATEGORIES = {"workplace-culture", "peer-role-and-scope", "supervision-and-training", "services-and-access",
		"policies-and-procedures", "other"};
	static final String BODY = "Peer staff would like a short debrief after each group so we can hand over what came up, "
		+ "agree who follows up, and make sure nobody carries a hard session home alone. Fifteen minutes would be enough. ";

	private static final byte[] SECRET = "a-benchmark-server-secret-32-bytes".getBytes(StandardCharsets.US_ASCII);
	private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	private final JDBCDataSource dataSource;
	private final PeerVoiceDatabase database;
	private final PeerVoiceServices services;

	private SeededBoard(JDBCDataSource dataSource, PeerVoiceDatabase database) {
		this.dataSource = dataSource;
		this.database = database;
		// flood limits lifted: a benchmark makes thousands of receipt checks a minute as one person
		Clock clock = Clock.systemUTC();
		UnitOfWork unitOfWork = database.unitOfWork();
		this.services = new PeerVoiceServices(unitOfWork, clock,
			new AnonymousWriting(() -> SECRET.clone(), unlimited(clock), unlimited(clock), unlimited(clock)));
	}

	private static FloodLimit unlimited(Clock clock) {
		return new FloodLimit(clock, Integer.MAX_VALUE, Duration.ofMillis(1));
	}

	static SeededBoard open(int suggestionCount, int voteCount) throws SQLException {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:mem:bench" + UUID.randomUUID().toString().replace("-", "") + ";hsqldb.tx=mvcc");
		dataSource.setUser("SA");
		dataSource.setPassword("");
		PeerVoiceDatabase database = PeerVoiceDatabase.open(dataSource);
		seed(dataSource, suggestionCount, voteCount);
		return new SeededBoard(dataSource, database);
	}

	PeerVoiceServices services() {
		return services;
	}

	DataSource dataSource() {
		return dataSource;
	}

	// Fixed random seed: every run measures the same board. About 90% published, 5% withdrawn, a third anonymous,
	// votes skewed so a few items collect most of them, as on a real board.
	private static void seed(DataSource dataSource, int suggestionCount, int voteCount) throws SQLException {
		Random random = new Random(20121);
		List<String> ids = new ArrayList<>(suggestionCount);
		Set<String> locators = new HashSet<>();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PV_SUGGESTION (id, company_id, site_id, title, body, "
				+ "category, anonymous, author_key, author_name, status, published, redacted, created_at, first_response_at, "
				+ "receipt_locator, receipt_hash, version, mixed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, NULL, ?, ?, 1, TRUE)")) {
				for (int i = 0; i < suggestionCount; i++) {
					String id = UUID.randomUUID().toString();
					ids.add(id);
					boolean anonymous = i % 3 == 0;
					int roll = random.nextInt(100);
					String status = roll < 5 ? "WITHDRAWN" : roll < 40 ? "SUBMITTED" : roll < 60 ? "UNDER_REVIEW" : roll < 75 ? "PLANNED"
						: roll < 85 ? "IN_PROGRESS" : roll < 95 ? "DONE" : "DECLINED";
					Instant created = NOW.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
					insert.setString(1, id);
					insert.setLong(2, BenchmarkIdentity.COMPANY);
					insert.setLong(3, BenchmarkIdentity.SITE);
					insert.setString(4, "Suggestion " + i + ": a debrief after each group");
					insert.setString(5, BODY + BODY);
					insert.setString(6, CATEGORIES[i % CATEGORIES.length]);
					insert.setBoolean(7, anonymous);
					insert.setString(8, anonymous ? null : "user-" + (i % 400));
					insert.setString(9, anonymous ? null : "Staff member " + (i % 400));
					insert.setString(10, status);
					insert.setBoolean(11, random.nextInt(10) != 0);
					insert.setTimestamp(12, Timestamp.valueOf(LocalDateTime.ofInstant(created, ZoneOffset.UTC)));
					insert.setString(13, anonymous ? uniqueLocator(locators) : null);
					insert.setString(14, anonymous ? "argon2id$v=19$m=19456,t=2,p=1$c2VlZGVk$c2VlZGVk" : null);
					insert.addBatch();
					if (i % 500 == 499 || i == suggestionCount - 1) {
						insert.executeBatch();
					}
				}
			}
			try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO PV_SUGGESTION_VOTE (id, suggestion_id, voter_hash, mixed) VALUES (?, ?, ?, TRUE)")) {
				for (int i = 0; i < voteCount; i++) {
					double skewed = random.nextDouble() * random.nextDouble() * random.nextDouble();
					insert.setString(1, UUID.randomUUID().toString());
					insert.setString(2, ids.get((int) (skewed * ids.size())));
					insert.setString(3, String.format("%064x", i));
					insert.addBatch();
					if (i % 1000 == 999 || i == voteCount - 1) {
						insert.executeBatch();
					}
				}
			}
			// As a mixing run leaves them (SuggestionMixing): rows inserted here bypass the service, as if long mixed.
			try (Statement count = connection.createStatement()) {
				count.executeUpdate("UPDATE PV_SUGGESTION SET vote_count ="
					+ " (SELECT COUNT(*) FROM PV_SUGGESTION_VOTE v WHERE v.suggestion_id = PV_SUGGESTION.id)");
			}
			connection.commit();
		}
	}

	private static String uniqueLocator(Set<String> taken) {
		String locator = ReceiptCode.randomLocator();
		while (!taken.add(locator)) {
			locator = ReceiptCode.randomLocator();
		}
		return locator;
	}

	@Override
	public void close() throws SQLException {
		database.close();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
	}

}
