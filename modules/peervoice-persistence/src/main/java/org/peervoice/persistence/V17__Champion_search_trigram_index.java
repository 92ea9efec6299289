package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL only: a trigram GIN index ({@code pg_trgm}) on the champion listings' folded search text, so that a word
 * search ({@code search_text LIKE '%word%'}) reads the listings holding the word's trigrams instead of walking the
 * name index until a page is full. {@code CREATE EXTENSION} needs a right a portal's database user may lack, so this
 * migration never fails start-up: it uses the extension if present, creates it if it may, and otherwise logs and
 * skips (the search is the same without the index, only slower on a large directory). Other databases: nothing.
 * docs/champion-directory.md, "Search".
 */
final class V17__Champion_search_trigram_index extends BaseJavaMigration {

	static final String INDEX = "pv_champion_listing_trgm_ix";

	private static final Logger LOG = LoggerFactory.getLogger(V17__Champion_search_trigram_index.class);

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql")) {
			return;
		}
		// Flyway runs this in a transaction: a refused statement must not abort it, so it is undone to a savepoint.
		Savepoint before = connection.getAutoCommit() ? null : connection.setSavepoint();
		try (Statement statement = connection.createStatement()) {
			String schema = trigramSchema(connection);
			if (schema == null) {
				statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
				schema = trigramSchema(connection);
			}
			statement.execute("CREATE INDEX " + INDEX + " ON PV_CHAMPION_LISTING USING gin (search_text \""
				+ schema.replace("\"", "\"\"") + "\".gin_trgm_ops)");
			if (before != null) {
				connection.releaseSavepoint(before);
			}
			LOG.info("Champion directory search: trigram index {} created (pg_trgm in schema {})", INDEX, schema);
		}
		catch (SQLException refused) {
			if (before != null) {
				connection.rollback(before);
			}
			LOG.warn("Champion directory search runs without a trigram index: pg_trgm could not be used ({}: {}). A database"
				+ " administrator may run CREATE EXTENSION pg_trgm and CREATE INDEX {} ON PV_CHAMPION_LISTING USING gin"
				+ " (search_text gin_trgm_ops) later; see docs/champion-directory.md, \"Search\"", refused.getSQLState(),
				refused.getMessage(), INDEX);
		}
	}

	/** The schema pg_trgm is installed in, or null if it is not installed in this database. */
	private static String trigramSchema(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n"
				+ " ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'");
				ResultSet row = query.executeQuery()) {
			return row.next() ? row.getString(1) : null;
		}
	}

}
