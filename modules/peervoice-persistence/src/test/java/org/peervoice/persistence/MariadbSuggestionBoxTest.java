package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.mariadb.jdbc.MariaDbDataSource;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.suggestion.SuggestionDraft;
import org.peervoice.core.suggestion.SuggestionStatus;

/**
 * The same contract on a real MariaDB server, in a database of its own per test, and what only MariaDB needs. The server
 * is the one named by {@code PEERVOICE_TEST_MARIADB_URL} (e.g. {@code jdbc:mariadb://localhost:3306/}, with
 * {@code _USER} and {@code _PASSWORD}); the user must be allowed to create and drop databases named {@code pv_...}.
 * Without the variable the test is skipped on a developer's machine (docs/testing.md says how to start a server without
 * root), and fails in CI ({@code CI=true}), so CI never passes without having run it.
 */
@EnabledIf("serverNamedOrRunningInCi")
class MariadbSuggestionBoxTest extends SuggestionBoxContract {

	static final String URL_VARIABLE = "PEERVOICE_TEST_MARIADB_URL";

	static boolean serverNamedOrRunningInCi() {
		return isSet(System.getenv(URL_VARIABLE)) || "true".equalsIgnoreCase(System.getenv("CI"));
	}

	@Override
	DataSource createDataSource() throws Exception {
		return server(withDatabase(serverUrl(), createDatabase("")));
	}

	@Override
	void dropDataSource(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE " + connection.getCatalog());
		}
	}

	/**
	 * A mixing rebuilds only the tables in which it moved rows: a vote moves a vote row, not its suggestion's, so the
	 * suggestion table (the parent every vote's foreign key is checked against) is not rebuilt under the votes. A
	 * rebuild gives the table a new creation time (seconds), hence the pause.
	 */
	@Test
	void aMixingRebuildsOnlyTheTablesInWhichItMovedRows() throws Exception {
		aPublishedSuggestion();
		Thread.sleep(1_100);
		String suggestions = createTime("PV_SUGGESTION");
		String votes = createTime("PV_SUGGESTION_VOTE");
		Thread.sleep(1_100);
		aVoteMixedAtOnce();
		assertEquals(suggestions, createTime("PV_SUGGESTION"), "the suggestion table was rebuilt though no suggestion row moved");
		org.junit.jupiter.api.Assertions.assertNotEquals(votes, createTime("PV_SUGGESTION_VOTE"),
			"the vote table, whose pending vote moved, was not rebuilt");
	}

	private String createTime(String table) throws Exception {
		try (Connection connection = dataSource().getConnection();
			PreparedStatement select = connection.prepareStatement(
				"SELECT CREATE_TIME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND UPPER(TABLE_NAME) = ?")) {
			select.setString(1, table);
			try (ResultSet found = select.executeQuery()) {
				found.next();
				return String.valueOf(found.getObject(1));
			}
		}
	}

	@Test
	void eclipseLinkSpeaksMysqlToMariadb() {
		assertEquals("MySQLPlatform", database().platformName());
	}

	@Test
	void everyTextColumnHoldsAnyCharacterComparedExactlyAndEveryTimeIsStoredAsWrittenToTheMicrosecond() throws Exception {
		List<String> wrong = new ArrayList<>();
		try (Connection connection = dataSource().getConnection();
			PreparedStatement columns = connection.prepareStatement("SELECT table_name, column_name, data_type, character_set_name,"
				+ " collation_name, datetime_precision FROM information_schema.columns WHERE table_schema = DATABASE()"
				+ " AND table_name LIKE 'PV\\_%' AND table_name <> 'PV_SCHEMA_HISTORY'");
			ResultSet rows = columns.executeQuery()) {
			while (rows.next()) {
				String column = rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3);
				String type = rows.getString(3).toLowerCase(Locale.ROOT);
				boolean text = type.contains("char") || type.contains("text");
				if (text && !("utf8mb4".equals(rows.getString(4)) && "utf8mb4_bin".equals(rows.getString(5)))) {
					wrong.add(column + " " + rows.getString(5));
				}
				boolean time = type.contains("time") || type.contains("date");
				if (time && !("datetime".equals(type) && rows.getInt(6) == 6)) {
					wrong.add(column + "(" + rows.getInt(6) + ")");
				}
			}
		}
		assertEquals(List.of(), wrong, "a migration added columns that need a MariaDB migration of their own (db/peervoice/mariadb)");
	}

	// A Liferay database created as `utf8` (3-byte), on a server that still rewrites TIMESTAMP columns (before 10.10).
	@Test
	void onAPortalDatabaseWithOlderDefaultsEmojiAndTimesStillRoundTrip() throws Exception {
		String name = createDatabase("CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci");
		String url = withDatabase(serverUrl(), name);
		MariaDbDataSource older = server(url + (url.contains("?") ? "&" : "?") + "sessionVariables=explicit_defaults_for_timestamp=OFF");
		Instant written = Instant.parse("2026-11-23T14:37:21.123456Z");
		MovableClock clock = new MovableClock(written);
		byte[] secret = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);
		try (PeerVoiceDatabase database = PeerVoiceDatabase.open(older)) {
			PeerVoiceServices services = new PeerVoiceServices(database.unitOfWork(), () -> secret.clone(), clock);
			String title = "Quiet room \uD83D\uDE00 \uD83C\uDF31 please";
			String id = services.suggestionBoard().submit(SiteMember.named("user-alex-20001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SiteMember.SITE), SiteMember.SITE,
				new SuggestionDraft(title, "Caf\u00E9 \uD83D\uDCDA corner.", "workplace-culture", false, false)).getSuggestion().getId();
			assertNull(storedTime(older, "first_response_at", id), "no response yet: the column stays NULL");
			clock.advance(Duration.ofHours(3));
			services.suggestionReview().respond(SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SiteMember.SITE, SiteMember.OTHER_SITE), id, SuggestionStatus.PLANNED, "Planned \uD83D\uDC4D");

			assertEquals(title, services.suggestionBoard().get(SiteMember.named("user-alex-20001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SiteMember.SITE), id).getTitle());
			assertEquals(LocalDateTime.ofInstant(written.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC), storedTime(older, "created_at", id),
				"the creation time (whole seconds, as the application keeps it) survives an update of the row");
			assertEquals(LocalDateTime.ofInstant(written.plus(Duration.ofHours(3)), ZoneOffset.UTC), storedTime(older, "first_response_at", id),
				"to the microsecond");
		}
		finally {
			dropDataSource(older);
		}
	}

	private static LocalDateTime storedTime(DataSource source, String column, String id) throws Exception {
		try (Connection connection = source.getConnection();
			PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM PV_SUGGESTION WHERE id = ?")) {
			select.setString(1, id);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getObject(1, LocalDateTime.class);
			}
		}
	}

	static String createDatabase(String options) throws Exception {
		String database = "pv_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection connection = server(serverUrl()).getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database + " " + options);
		}
		return database;
	}

	static String serverUrl() {
		String serverUrl = System.getenv(URL_VARIABLE);
		if (!isSet(serverUrl)) {
			throw new IllegalStateException("CI=true but " + URL_VARIABLE + " is not set: the MariaDB tests must run in CI "
				+ "(.ci/run starts a MariaDB server and sets it)");
		}
		return serverUrl;
	}

	static MariaDbDataSource server(String url) throws Exception {
		MariaDbDataSource server = new MariaDbDataSource(url);
		String user = System.getenv("PEERVOICE_TEST_MARIADB_USER");
		if (isSet(user)) {
			server.setUser(user);
			server.setPassword(System.getenv("PEERVOICE_TEST_MARIADB_PASSWORD"));
		}
		return server;
	}

	/** {@code jdbc:mariadb://host:port/any?x=y} with {@code any} replaced by {@code database}. */
	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String parameters = query < 0 ? "" : url.substring(query);
		int hostStart = base.indexOf("//");
		int slash = base.indexOf('/', hostStart < 0 ? 0 : hostStart + 2);
		String server = slash < 0 ? base : base.substring(0, slash);
		return server + "/" + database + parameters;
	}

	private static boolean isSet(String value) {
		return value != null && !value.isBlank();
	}

}
