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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.hsqldb.jdbc.JDBCDataSource;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.champion.ChampionSearchKeys;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.persistence.PeerVoiceDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A champion directory of {@code listingCount} published listings, migrated by {@link PeerVoiceDatabase} and filled by
 * plain JDBC, with the search columns and facet rows derived by {@link ChampionSearchKeys} as the application derives
 * them. On the PostgreSQL server named by {@code PEERVOICE_BENCH_POSTGRES_URL} (with {@code _USER} and
 * {@code _PASSWORD}; a database of its own, dropped afterwards), else on HSQLDB in memory.
 */
final class SeededChampionDirectory implements AutoCloseable {

	static final String URL_VARIABLE = "PEERVOICE_BENCH_POSTGRES_URL";

	static final String[] FIRST = {"José", "Ana", "Núria", "Ñandú", "Óscar", "María", "Lee", "Sam", "Chris", "Álvaro", "Zoë", "Iñigo",
		"Pat", "Noor", "Kim", "Dana"};
	static final String[] LAST = {"Núñez", "Ruiz", "Park", "García", "Smith", "Ibáñez", "Okafor", "Nguyen", "Müller", "O'Brien",
		"Díaz", "Brown"};
	static final String[] CATEGORIES = {"LEADERSHIP", "PEER", "PROGRAM_MANAGER", "STAFF", "SUPERVISOR", "HUMAN_RESOURCES", "FINANCE",
		"CLINICAL_MEDICAL"};
	static final String[] PROGRAMS = {"Outpatient", "Crisis Line", "Hospital de día", "Inpatient", "Housing", "Youth", "Línea de crisis",
		"Recovery Center", "Family Services", "Telehealth", "Detox", "Residential"};
	static final String[] LANGUAGES = {"English", "Español", "Français", "Tagalog", "Tiếng Việt", "العربية"};
	static final String[] EXPERTISE = {"supervision", "onboarding", "supervisión", "incorporación", "documentation", "boundaries",
		"self-care", "trauma-informed care", "billing", "hiring", "training", "ethics", "crisis", "groups", "advocacy"};

	private static final Instant NOW = Instant.now();

	private final DataSource dataSource;
	private final PeerVoiceDatabase database;
	private final PeerVoiceServices services;
	private final String dropStatement;
	private final String kind;

	private SeededChampionDirectory(DataSource dataSource, String dropStatement, String kind) {
		this.dataSource = dataSource;
		this.database = PeerVoiceDatabase.open(dataSource);
		this.services = new PeerVoiceServices(database.unitOfWork(), () -> "a-benchmark-server-secret-32-bytes"
			.getBytes(StandardCharsets.US_ASCII), Clock.systemUTC(), PeopleDirectory.NONE);
		this.dropStatement = dropStatement;
		this.kind = kind;
	}

	static SeededChampionDirectory open(int listingCount) throws SQLException {
		String server = System.getenv(URL_VARIABLE);
		SeededChampionDirectory directory;
		if (server != null && !server.isBlank()) {
			String name = "pv_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			PGSimpleDataSource admin = postgres(server);
			try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + name);
			}
			PGSimpleDataSource own = postgres(server);
			own.setDatabaseName(name);
			// pooled as in the dev portal: one connection per concurrent reader
			HikariConfig pool = new HikariConfig();
			pool.setDataSource(own);
			pool.setMaximumPoolSize(16);
			directory = new SeededChampionDirectory(new HikariDataSource(pool), "DROP DATABASE " + name, "postgresql");
		}
		else {
			JDBCDataSource memory = new JDBCDataSource();
			memory.setUrl("jdbc:hsqldb:mem:bench" + UUID.randomUUID().toString().replace("-", "") + ";hsqldb.tx=mvcc");
			memory.setUser("SA");
			memory.setPassword("");
			directory = new SeededChampionDirectory(memory, null, "hsqldb");
		}
		directory.seed(listingCount);
		return directory;
	}

	private static PGSimpleDataSource postgres(String url) {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(url);
		source.setUser(System.getenv("PEERVOICE_BENCH_POSTGRES_USER"));
		source.setPassword(System.getenv("PEERVOICE_BENCH_POSTGRES_PASSWORD"));
		return source;
	}

	PeerVoiceServices services() {
		return services;
	}

	String kind() {
		return kind;
	}

	// Fixed random seed: every run measures the same directory. Names from a small pool with accents and Ñ, 1–3
	// programs, 1–2 languages and 1–4 tags each, every contact field with one of the three audiences.
	private void seed(int listingCount) throws SQLException {
		Random random = new Random(20126);
		String[] audiences = {"EVERYONE", "CHAMPIONS_AND_LEADERSHIP", "NOBODY"};
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement listing = connection.prepareStatement("INSERT INTO PV_CHAMPION_LISTING (id, company_id, site_id,"
				+ " owner_key, stage, status, display_name, title, category, role_text, email, email_audience, phone, phone_extension,"
				+ " phone_audience, location, location_audience, office_hours, office_hours_audience, preferred_contact, pronouns,"
				+ " lived_experience, programs, languages, expertise, created_at, updated_at, submitted_at, published_at,"
				+ " last_confirmed_at, version, search_text, sort_key_en, sort_key_es, initial_en, initial_es) VALUES (?, ?, ?, ?,"
				+ " 'CURRENT', 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EMAIL', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)");
				PreparedStatement facet = connection.prepareStatement("INSERT INTO PV_CHAMPION_FACET (listing_id, facet, facet_value)"
					+ " VALUES (?, ?, ?)")) {
				for (int i = 0; i < listingCount; i++) {
					String id = UUID.randomUUID().toString();
					String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + i;
					String title = "Peer Support Specialist " + (i % 40);
					String role = "Questions about peer roles, supervision and onboarding; ask me about " + EXPERTISE[i % EXPERTISE.length] + ".";
					List<String> programs = pick(random, PROGRAMS, 1 + random.nextInt(3));
					List<String> languages = pick(random, LANGUAGES, 1 + random.nextInt(2));
					List<String> expertise = pick(random, EXPERTISE, 1 + random.nextInt(4));
					ChampionSearchKeys keys = ChampionSearchKeys.of(name, title, role, programs, languages, expertise);
					Timestamp confirmed = Timestamp.from(NOW.minus(Duration.ofDays(random.nextInt(150))));
					int column = 1;
					listing.setString(column++, id);
					listing.setLong(column++, BenchmarkIdentity.COMPANY);
					listing.setLong(column++, BenchmarkIdentity.SITE);
					listing.setString(column++, "user-champion-" + i);
					listing.setString(column++, name);
					listing.setString(column++, title);
					listing.setString(column++, CATEGORIES[random.nextInt(CATEGORIES.length)]);
					listing.setString(column++, role);
					listing.setString(column++, "champion" + i + "@example.org");
					listing.setString(column++, audiences[random.nextInt(3)]);
					listing.setString(column++, "+1202555" + String.format(Locale.ROOT, "%04d", i % 10000));
					listing.setString(column++, i % 5 == 0 ? String.valueOf(i % 1000) : "");
					listing.setString(column++, audiences[random.nextInt(3)]);
					listing.setString(column++, "Building " + (char) ('A' + i % 8) + ", room " + (100 + i % 300));
					listing.setString(column++, audiences[random.nextInt(3)]);
					listing.setString(column++, "Tuesdays 2–4 pm");
					listing.setString(column++, audiences[random.nextInt(3)]);
					listing.setBoolean(column++, i % 3 == 0);
					listing.setString(column++, String.join("\n", programs));
					listing.setString(column++, String.join("\n", languages));
					listing.setString(column++, String.join("\n", expertise));
					for (int times = 0; times < 5; times++) {
						listing.setTimestamp(column++, confirmed);
					}
					listing.setString(column++, keys.getSearchText());
					listing.setString(column++, keys.getSortKeyEn());
					listing.setString(column++, keys.getSortKeyEs());
					listing.setString(column++, keys.getInitialEn());
					listing.setString(column++, keys.getInitialEs());
					listing.addBatch();
					facets(facet, id, "PROGRAM", programs);
					facets(facet, id, "LANGUAGE", languages);
					facets(facet, id, "EXPERTISE", expertise);
					if (i % 500 == 499) {
						listing.executeBatch();
						facet.executeBatch();
					}
				}
				listing.executeBatch();
				facet.executeBatch();
			}
			connection.commit();
			if ("postgresql".equals(kind)) {
				// as autovacuum leaves a table some time after a bulk load: statistics, and the visibility map that lets
				// PostgreSQL read an index only. Outside a transaction: an ANALYZE in one that is never committed is lost,
				// and the planner then takes each condition for one row (nested loops over 10,000 listings).
				connection.setAutoCommit(true);
				try (Statement vacuum = connection.createStatement()) {
					vacuum.execute("VACUUM ANALYZE");
				}
			}
		}
	}

	private static void facets(PreparedStatement facet, String id, String kind, List<String> values) throws SQLException {
		for (String value : values) {
			facet.setString(1, id);
			facet.setString(2, kind);
			facet.setString(3, value);
			facet.addBatch();
		}
	}

	private static List<String> pick(Random random, String[] pool, int count) {
		List<String> all = new ArrayList<>(List.of(pool));
		Collections.shuffle(all, random);
		return List.copyOf(all.subList(0, count));
	}

	@Override
	public void close() throws SQLException {
		database.close();
		if (dataSource instanceof HikariDataSource) {
			((HikariDataSource) dataSource).close();
		}
		if (dropStatement != null) {
			PGSimpleDataSource admin = postgres(System.getenv(URL_VARIABLE));
			try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute(dropStatement);
			}
		}
		else {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
		}
	}

}
