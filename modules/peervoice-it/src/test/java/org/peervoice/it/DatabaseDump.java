package org.peervoice.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peervoice.it.arquillian.TestDatabase;

/** Every PeerVoice table, every row and column, as text: what a database reader sees. */
public final class DatabaseDump {

	private DatabaseDump() {
	}

	public static List<String> peerVoiceTables(TestDatabase database) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = database.connect()) {
			// MariaDB's databases are JDBC catalogs: the test's own, not every pv_ database the user may see.
			String catalog = "mariadb".equals(database.kind()) ? connection.getCatalog() : null;
			String quote = connection.getMetaData().getIdentifierQuoteString().trim();
			try (ResultSet found = connection.getMetaData().getTables(catalog, null, "%", new String[] { "TABLE" })) {
				while (found.next()) {
					String schema = found.getString("TABLE_SCHEM");
					String table = found.getString("TABLE_NAME");
					if (table.toUpperCase(Locale.ROOT).startsWith("PV_") && !isSystemSchema(schema)) {
						tables.add(schema == null ? quoted(table, quote) : quoted(schema, quote) + "." + quoted(table, quote));
					}
				}
			}
		}
		return tables;
	}

	private static boolean isSystemSchema(String schema) {
		return schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("SYSTEM_LOBS") || schema.equalsIgnoreCase("pg_catalog"));
	}

	private static String quoted(String name, String quote) {
		return quote + name.replace(quote, quote + quote) + quote;
	}

	/** One line per row: {@code table | column=value | ...}; binary values as lowercase hex. */
	public static List<String> rows(TestDatabase database) throws SQLException {
		List<String> lines = new ArrayList<>();
		List<String> tables = peerVoiceTables(database);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (String table : tables) {
				try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
					ResultSetMetaData columns = rows.getMetaData();
					while (rows.next()) {
						// the table as '"SCHEMA"."NAME"' whatever quotes the database uses (MariaDB's are backticks), so
						// that a search for a table's rows reads the same on every database
						StringBuilder line = new StringBuilder(table.replace('`', '"'));
						for (int i = 1; i <= columns.getColumnCount(); i++) {
							line.append(" | ").append(columns.getColumnName(i)).append('=').append(text(rows.getObject(i)));
						}
						lines.add(line.toString());
					}
				}
			}
		}
		return lines;
	}

	static String text(Object value) throws SQLException {
		if (value == null) {
			return "null";
		}
		if (value instanceof byte[]) {
			return Fingerprints.hex((byte[]) value) + " " + new String((byte[]) value, java.nio.charset.StandardCharsets.UTF_8);
		}
		if (value instanceof java.sql.Clob) {
			java.sql.Clob clob = (java.sql.Clob) value;
			return clob.getSubString(1, (int) clob.length());
		}
		if (value instanceof java.sql.Blob) {
			java.sql.Blob blob = (java.sql.Blob) value;
			return text(blob.getBytes(1, (int) blob.length()));
		}
		return String.valueOf(value);
	}

	/** Number of rows in all PeerVoice tables together, to prove nothing was stored half-way. */
	public static long totalRows(TestDatabase database) throws SQLException {
		long total = 0;
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (String table : peerVoiceTables(database)) {
				try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
					count.next();
					total += count.getLong(1);
				}
			}
		}
		return total;
	}


}
