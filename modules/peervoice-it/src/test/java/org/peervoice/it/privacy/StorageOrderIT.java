package org.peervoice.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.peervoice.it.ApiClient;
import org.peervoice.it.PortalTestCase;
import org.peervoice.it.arquillian.CanaryUser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The database reader of docs/privacy.md ("Storage order"): identified and anonymous writes are
 * interleaved, then the test reads what plain SQL and the database files show. Before the mixing
 * the anonymous rows can be placed among the identified ones (the control: the reading works);
 * after it, every mixed row on PostgreSQL has the mixing transaction's {@code xmin}, later than
 * every write before the mixing, and a new {@code ctid}; HSQLDB's files hold the rows in id order only, and so
 * do MariaDB's (InnoDB pages fill in write order until the table is rebuilt).
 */
@RunAsClient
class StorageOrderIT extends PortalTestCase {

	private static final Pattern CTID = Pattern.compile("\\((\\d+),(\\d+)\\)");
	/** FIL_PAGE_INDEX: a B-tree page; its header holds the level (0 for leaves) at 64 and the index id at 66. */
	private static final short INNODB_INDEX_PAGE = 17855;

	@Test
	void afterMixingNothingPlacesAnAnonymousWriteAmongTheWritesAroundIt() throws Exception {
		mixAnonymousWrites();
		CanaryUser canary = portal.anonymousCanary();
		ApiClient writer = guest().as(canary.screenName(), canary.password());

		String before = identified("Written before, answered later");
		String justBefore = identified("Written just before the first anonymous one");
		JsonNode firstAnonymous = writer.post(suggestions(), anonymous("First anonymous")).expect(201);
		String first = firstAnonymous.path("id").asText();
		String afterFirst = identified("Written after the first anonymous one");
		JsonNode reply = writer.post("/receipts/messages", json("receipt", firstAnonymous.path("receipt").asText(), "message", "More detail.")).expect(201);
		String question = as("lee").post("/suggestions/" + before + "/messages", json("message", "Which team?")).expect(201).path("id").asText();
		writer.post("/suggestions/" + before + "/votes", "{}").expect(201);
		String afterVote = identified("Written after the vote");
		JsonNode secondAnonymous = writer.post(suggestions(), anonymous("Second anonymous, withdrawn")).expect(201);
		String second = secondAnonymous.path("id").asText();
		writer.post("/receipts/withdraw", json("receipt", secondAnonymous.path("receipt").asText())).expect(200);
		String last = identified("Written last");
		List<String> identifiedSuggestions = List.of(before, justBefore, afterFirst, afterVote, last);
		List<String> anonymousSuggestions = List.of(first, second);

		Map<String, long[]> ctidBefore = isPostgresql() ? ctids("pv_suggestion") : Map.of();
		if (isPostgresql()) {
			Map<String, Long> xmin = systemColumn("pv_suggestion", "xmin::text::bigint");
			assertTrue(xmin.get(justBefore) < xmin.get(first) && xmin.get(first) < xmin.get(afterFirst),
				"control: before the mixing, xmin places the anonymous row between its neighbours: " + xmin);
		}
		else if (isMariadb()) {
			assertFalse(innodbFileHoldsRowsInIdOrder("PV_SUGGESTION"), "control: before the mixing, InnoDB's file holds rows in write order");
		}
		else {
			String log = hsqldbLogContaining(last);
			assertTrue(log.indexOf(justBefore) < log.indexOf(first) && log.indexOf(first) < log.indexOf(afterFirst),
				"control: before the mixing, HSQLDB's log places the anonymous row between its neighbours");
		}

		mixAnonymousWrites();

		if (isPostgresql()) {
			Map<String, Long> suggestionXmin = systemColumn("pv_suggestion", "xmin::text::bigint");
			Map<String, Long> messageXmin = systemColumn("pv_suggestion_message", "xmin::text::bigint");
			Set<Long> mixing = new TreeSet<>();
			anonymousSuggestions.forEach(id -> mixing.add(suggestionXmin.get(id)));
			mixing.add(messageXmin.get(reply.path("id").asText()));
			mixing.addAll(xminOf("pv_suggestion_vote", "suggestion_id", before));
			mixing.addAll(xminOf("pv_suggestion_transition", "suggestion_id", second));
			assertEquals(1, mixing.size(), "every mixed row was written by the one mixing transaction: " + mixing);
			long mixingXmin = mixing.iterator().next();
			for (String id : List.of(justBefore, afterFirst, afterVote, last)) {
				assertTrue(suggestionXmin.get(id) < mixingXmin, "the mixing comes after every write before it");
			}
			assertEquals(mixingXmin, suggestionXmin.get(before), "the voted item's stored count is set by the mixing, not by the vote");
			assertTrue(messageXmin.get(question) < mixingXmin);

			// Re-inserted rows go to the table's end, or into space VACUUM freed in older pages: either way their place
			// dates from the mixing (or from whatever row left the space), never from the anonymous write.
			Map<String, long[]> ctid = ctids("pv_suggestion");
			for (String mixed : anonymousSuggestions) {
				assertTrue(compare(ctid.get(mixed), ctidBefore.get(mixed)) != 0, "a mixed row was moved from where its write put it");
			}
		}
		else if (isMariadb()) {
			for (String table : List.of("PV_SUGGESTION", "PV_SUGGESTION_MESSAGE", "PV_SUGGESTION_VOTE", "PV_SUGGESTION_TRANSITION")) {
				assertTrue(innodbFileHoldsRowsInIdOrder(table), table + ": after the mixing, InnoDB's file holds the rows in id order (random ids)");
			}
		}
		else {
			Path folder = portal.hsqldbFolder();
			Path logFile = folder.resolve("peervoice.log");
			String log = Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.ISO_8859_1) : "";
			for (String id : List.of(before, justBefore, first, afterFirst, afterVote, second, last)) {
				assertFalse(log.contains(id), "the checkpoint after the mixing emptied HSQLDB's log of the rows written before it");
			}
			List<String> scriptOrder = new ArrayList<>();
			Matcher insert = Pattern.compile("INSERT INTO (?:\"?PUBLIC\"?\\.)?\"?PV_SUGGESTION\"? VALUES\\('([0-9a-f-]{36})'")
				.matcher(Files.readString(folder.resolve("peervoice.script"), StandardCharsets.ISO_8859_1));
			while (insert.find()) {
				scriptOrder.add(insert.group(1));
			}
			assertTrue(scriptOrder.containsAll(anonymousSuggestions) && scriptOrder.containsAll(identifiedSuggestions), "the script holds the rows");
			List<String> sorted = new ArrayList<>(scriptOrder);
			sorted.sort(null);
			assertEquals(sorted, scriptOrder, "HSQLDB's script holds the rows in id order (random ids), so their order tells nothing");
		}
	}

	private String identified(String title) {
		String id = as("alex").post(suggestions(), json("title", unique(title), "body", "Written for the storage order test.", "category", "other",
			"anonymous", false, "confirmPrivacyWarnings", true)).expect(201).path("id").asText();
		as("lee").post("/suggestions/" + id + "/publish", "{}").expect(200);
		return id;
	}

	private static Object anonymous(String title) {
		return json("title", unique(title), "body", "Written for the storage order test.", "category", "other", "anonymous", true,
			"confirmPrivacyWarnings", true);
	}

	private static String suggestions() {
		return "/sites/" + RIVERSIDE + "/suggestions";
	}

	private boolean isPostgresql() {
		return "postgresql".equals(portal.database().kind());
	}

	private boolean isMariadb() {
		return "mariadb".equals(portal.database().kind());
	}

	/**
	 * Whether the table's rows lie in its InnoDB file in id order: the leaf pages of its clustered index (the first index
	 * created), in page order, each holding its records where they were written. Reads the file itself, as a reader of
	 * the server's files or backups would: the test needs the server on this machine, and the RELOAD privilege for
	 * FLUSH TABLES ... FOR EXPORT, which writes the table's pages out (scripts/mariadb-test-server and .ci/run grant it).
	 */
	private boolean innodbFileHoldsRowsInIdOrder(String table) throws Exception {
		List<String> ids = new ArrayList<>();
		byte[] file;
		int pageSize;
		try (Connection connection = portal.database().connect(); Statement statement = connection.createStatement()) {
			Path path;
			try (ResultSet rows = statement.executeQuery("SELECT @@datadir, DATABASE(), @@innodb_page_size")) {
				rows.next();
				path = Path.of(rows.getString(1), rows.getString(2), table + ".ibd");
				pageSize = rows.getInt(3);
			}
			try (ResultSet rows = statement.executeQuery("SELECT id FROM " + table)) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
			statement.execute("FLUSH TABLES " + table + " FOR EXPORT");
			try {
				assertTrue(Files.isReadable(path), "the storage order test reads MariaDB's files: run it on the server's machine (" + path + ")");
				file = Files.readAllBytes(path);
			}
			finally {
				statement.execute("UNLOCK TABLES");
			}
		}
		ByteBuffer pages = ByteBuffer.wrap(file);
		long clusteredIndex = Long.MAX_VALUE;
		for (int page = 0; (page + 1) * pageSize <= file.length; page++) {
			if (pages.getShort(page * pageSize + 24) == INNODB_INDEX_PAGE) {
				clusteredIndex = Math.min(clusteredIndex, pages.getLong(page * pageSize + 66));
			}
		}
		StringBuilder leaves = new StringBuilder();
		for (int page = 0; (page + 1) * pageSize <= file.length; page++) {
			int start = page * pageSize;
			if (pages.getShort(start + 24) == INNODB_INDEX_PAGE && pages.getLong(start + 66) == clusteredIndex && pages.getShort(start + 64) == 0) {
				leaves.append(new String(file, start, pageSize, StandardCharsets.ISO_8859_1));
			}
		}
		Map<String, Integer> place = new HashMap<>();
		for (String id : ids) {
			int at = leaves.indexOf(id);
			assertTrue(at >= 0, table + "'s file holds row " + id);
			place.put(id, at);
		}
		assertTrue(ids.size() >= 2, table + " has rows to compare: " + ids.size());
		List<String> inFileOrder = new ArrayList<>(ids);
		inFileOrder.sort((a, b) -> Integer.compare(place.get(a), place.get(b)));
		List<String> inIdOrder = new ArrayList<>(ids);
		inIdOrder.sort(null);
		return inFileOrder.equals(inIdOrder);
	}

	private Map<String, Long> systemColumn(String table, String column) throws SQLException {
		Map<String, Long> values = new HashMap<>();
		try (Connection connection = portal.database().connect();
			PreparedStatement select = connection.prepareStatement("SELECT " + column + ", id FROM " + table);
			ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				values.put(rows.getString(2), rows.getLong(1));
			}
		}
		return values;
	}

	private List<Long> xminOf(String table, String column, String value) throws SQLException {
		List<Long> values = new ArrayList<>();
		try (Connection connection = portal.database().connect();
			PreparedStatement select = connection.prepareStatement("SELECT xmin::text::bigint FROM " + table + " WHERE " + column + " = ?")) {
			select.setString(1, value);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getLong(1));
				}
			}
		}
		assertFalse(values.isEmpty(), table + " has the mixed row");
		return values;
	}

	private Map<String, long[]> ctids(String table) throws SQLException {
		Map<String, long[]> places = new HashMap<>();
		try (Connection connection = portal.database().connect();
			PreparedStatement select = connection.prepareStatement("SELECT ctid::text, id FROM " + table);
			ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				Matcher ctid = CTID.matcher(rows.getString(1));
				assertTrue(ctid.matches(), rows.getString(1));
				places.put(rows.getString(2), new long[] { Long.parseLong(ctid.group(1)), Long.parseLong(ctid.group(2)) });
			}
		}
		return places;
	}

	private static int compare(long[] a, long[] b) {
		return a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]);
	}

	// HSQLDB writes its log within half a second of a commit (its default write delay).
	private String hsqldbLogContaining(String id) throws IOException, InterruptedException {
		Path logFile = portal.hsqldbFolder().resolve("peervoice.log");
		String log = "";
		for (int attempt = 0; attempt < 50 && !log.contains(id); attempt++) {
			Thread.sleep(100);
			log = Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.ISO_8859_1) : "";
		}
		assertTrue(log.contains(id), "HSQLDB's log holds the last write");
		return log;
	}

}
