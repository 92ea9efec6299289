package org.peervoice.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.RoleGroupRules;
import org.peervoice.core.recognition.RecognitionSettings;

/**
 * A recognition board of {@code recognitionCount} recognitions over the last 12 months among {@link #PEOPLE} people of
 * the site, migrated by {@link BenchDatabase} and filled by plain JDBC with a fixed random seed: 1–3 recipients
 * each, 1–3 of the site's default values, 85% on the board (the rest private), recipients' consent 90% shown, 6% hidden,
 * 4% pending; a celebration on every second one. On PostgreSQL or HSQLDB as {@link BenchDatabase} chooses.
 */
final class SeededRecognitionBoard implements AutoCloseable {

	static final int PEOPLE = 300;
	static final String[] GROUPS = {"PEER_STAFF", "CLINICAL_STAFF", "OTHER_STAFF", "LEADERSHIP"};

	private static final Instant NOW = Instant.now();

	private final BenchDatabase database;

	private SeededRecognitionBoard(BenchDatabase database) {
		this.database = database;
	}

	static SeededRecognitionBoard open(int recognitionCount) throws SQLException {
		SeededRecognitionBoard board = new SeededRecognitionBoard(BenchDatabase.open(new Staff()));
		board.seed(recognitionCount);
		return board;
	}

	PeerVoiceServices services() {
		return database.services();
	}

	static String person(int i) {
		return "user-" + i;
	}

	static String groupOf(int i) {
		return GROUPS[i % 7 < 3 ? 0 : i % 7 < 5 ? 1 : i % 7 < 6 ? 2 : 3];
	}

	private void seed(int recognitionCount) throws SQLException {
		Random random = new Random(20127);
		List<String> values = RecognitionSettings.DEFAULT_VALUES;
		long twelveMonths = Duration.ofDays(365).getSeconds();
		try (Connection connection = database.dataSource().getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement recognition = connection.prepareStatement("INSERT INTO PV_RECOGNITION (id, company_id, site_id, giver_key,"
				+ " giver_name, message, value_keys, visibility, confirmed_warnings, created_at, on_board, version)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 1)");
				PreparedStatement recipient = connection.prepareStatement("INSERT INTO PV_RECOGNITION_RECIPIENT (id, recognition_id, company_id,"
					+ " site_id, recipient_key, recipient_name, role_group, consent, comments_off, created_at, version)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, 1)");
				PreparedStatement reaction = connection.prepareStatement("INSERT INTO PV_RECOGNITION_REACTION (id, recognition_id, reactor_key,"
					+ " created_at) VALUES (?, ?, ?, ?)")) {
				for (int i = 0; i < recognitionCount; i++) {
					String id = UUID.randomUUID().toString();
					int giver = random.nextInt(PEOPLE);
					Timestamp at = Timestamp.from(NOW.minusSeconds((long) (random.nextDouble() * twelveMonths)));
					List<String> chosen = new ArrayList<>(values);
					Collections.shuffle(chosen, random);
					recognition.setString(1, id);
					recognition.setLong(2, BenchmarkIdentity.COMPANY);
					recognition.setLong(3, BenchmarkIdentity.SITE);
					recognition.setString(4, person(giver));
					recognition.setString(5, "Person " + giver);
					recognition.setString(6, "Thank you for staying late with the group on Thursday and for how you listened. " + i);
					recognition.setString(7, "\n" + String.join("\n", chosen.subList(0, 1 + random.nextInt(3))) + "\n");
					boolean board = random.nextInt(100) < 85;
					recognition.setString(8, board ? "BOARD" : "PRIVATE");
					recognition.setTimestamp(9, at);
					int recipients = 1 + random.nextInt(3);
					boolean shown = false;
					for (int r = 0; r < recipients; r++) {
						int who = (giver + 1 + r * 37 + random.nextInt(30)) % PEOPLE;
						int dice = random.nextInt(100);
						shown |= dice < 90;
						recipient.setString(1, UUID.randomUUID().toString());
						recipient.setString(2, id);
						recipient.setLong(3, BenchmarkIdentity.COMPANY);
						recipient.setLong(4, BenchmarkIdentity.SITE);
						recipient.setString(5, person(who));
						recipient.setString(6, "Person " + who);
						recipient.setString(7, groupOf(who));
						recipient.setString(8, dice < 90 ? "SHOWN" : dice < 96 ? "HIDDEN" : "PENDING");
						recipient.setTimestamp(9, at);
						recipient.addBatch();
					}
					recognition.setBoolean(10, board && shown);
					recognition.addBatch();
					if (i % 2 == 0) {
						reaction.setString(1, UUID.randomUUID().toString());
						reaction.setString(2, id);
						reaction.setString(3, person(random.nextInt(PEOPLE)));
						reaction.setTimestamp(4, at);
						reaction.addBatch();
					}
					if (i % 1000 == 999) {
						recognition.executeBatch();
						recipient.executeBatch();
						reaction.executeBatch();
					}
				}
				recognition.executeBatch();
				recipient.executeBatch();
				reaction.executeBatch();
			}
			connection.commit();
			database.analyze(connection);
		}
	}

	@Override
	public void close() throws SQLException {
		database.close();
	}

	/** The site's people as the equity view counts them: user-0 … user-299, in the seeded groups. */
	private static final class Staff implements PeopleDirectory {

		@Override
		public Optional<Profile> profile(long companyId, String userKey) {
			return Optional.empty();
		}

		@Override
		public Map<RoleGroup, Integer> headcount(long companyId, long siteId, RoleGroupRules rules) {
			Map<RoleGroup, Integer> counts = new EnumMap<>(RoleGroup.class);
			for (int i = 0; i < PEOPLE; i++) {
				counts.merge(RoleGroup.valueOf(groupOf(i)), 1, Integer::sum);
			}
			return counts;
		}

	}

}
