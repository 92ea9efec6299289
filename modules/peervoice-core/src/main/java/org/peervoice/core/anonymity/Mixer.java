package org.peervoice.core.anonymity;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mixes anonymous writes (docs/privacy.md, "Storage order"). Anonymous rows are stored at once
 * with {@code mixed = FALSE}; once a site's window has passed since its last mixing, one
 * transaction deletes every pending row of the site and re-inserts them all in a random order
 * with {@code mixed = TRUE}, parents first. Afterwards the rows' physical order, PostgreSQL's
 * {@code xmin} and {@code ctid}, and (after the {@code CHECKPOINT} or table rebuild run here)
 * HSQLDB's and MariaDB's files date them to the mixing, not to the anonymous act.
 *
 * <p>The site's row in {@code PV_MIXING} is updated first, under its row lock: a second node
 * mixing at the same moment waits, then finds the window not yet passed. Mixing twice is
 * harmless: a mixed row is not pending any more.
 */
public final class Mixer {

	private static final Logger LOG = LoggerFactory.getLogger(Mixer.class);
	/** Rows one statement of a mixing deletes by id (bind parameters stay few on every database). */
	static final int DELETE_CHUNK = 1000;
	/** Rows one statement moves on PostgreSQL; the mixing pauses between parts ({@link #pace}). */
	static final int MOVE_CHUNK = 1000;
	/** The longest pause between two parts of a mixing ({@link #pace}). */
	static final long LONGEST_PAUSE_MILLIS = 100;
	/** Bind parameters of one statement that writes mixed rows back (far below every database's limit). */
	static final int INSERT_PARAMETERS = 2000;
	/** The suggestion box's table of each site's last mixing. */
	public static final String SITE_MIXINGS = "PV_MIXING";

	private final String lastMixingsQuery;
	private final String register;
	private final String lockQuery;
	private final String lockWhenDueQuery;
	private final String lastMixedQuery;

	private final UnitOfWork unitOfWork;
	private final Clock clock;
	private final MixingWindow window;
	private final List<MixedRows> tables;
	private final List<MixedUpdate> updates;
	private final MixingPoint mixingPoint;
	private final SecureRandom random = new SecureRandom();

	/**
	 * @param tables parents before their children
	 * @param updates run after the rows are rewritten
	 */
	public Mixer(UnitOfWork unitOfWork, Clock clock, MixingWindow window, List<MixedRows> tables, List<MixedUpdate> updates) {
		this(unitOfWork, clock, window, tables, updates, MixingPoint.none());
	}

	/** @param mixingPoint told in each mixing transaction that the site's pending writes reach reviewers now */
	public Mixer(UnitOfWork unitOfWork, Clock clock, MixingWindow window, List<MixedRows> tables, List<MixedUpdate> updates,
		MixingPoint mixingPoint) {
		this(SITE_MIXINGS, unitOfWork, clock, window, tables, updates, mixingPoint);
	}

	/**
	 * A mixer of other tables that keeps each site's last mixing in a table of its own ({@code company_id},
	 * {@code site_id}, {@code last_mixed_at}), so that its window runs apart from the suggestion box's (the town hall
	 * mixes every few seconds while a meeting is live).
	 */
	public Mixer(String mixingsTable, UnitOfWork unitOfWork, Clock clock, MixingWindow window, List<MixedRows> tables,
		List<MixedUpdate> updates, MixingPoint mixingPoint) {
		this.lastMixingsQuery = "SELECT company_id, site_id, last_mixed_at FROM " + mixingsTable;
		this.register = "INSERT INTO " + mixingsTable + " (company_id, site_id, last_mixed_at) VALUES (?1, ?2, ?3)";
		this.lockQuery = "UPDATE " + mixingsTable + " SET last_mixed_at = ?1 WHERE company_id = ?2 AND site_id = ?3";
		this.lockWhenDueQuery = lockQuery + " AND last_mixed_at <= ?4";
		this.lastMixedQuery = "SELECT last_mixed_at FROM " + mixingsTable + " WHERE company_id = ?1 AND site_id = ?2";
		this.mixingPoint = mixingPoint;
		this.unitOfWork = unitOfWork;
		this.clock = clock;
		this.window = window;
		this.tables = List.copyOf(tables);
		this.updates = List.copyOf(updates);
	}

	/**
	 * What the hosts' timers call: mixes each site whose window has passed since its last mixing.
	 * A site seen with pending writes for the first time starts its window now. A failing site is
	 * logged and left for the next run. Rows a table holds back ({@link MixedRows#heldWhile}) stay pending.
	 *
	 * @return how many sites were mixed
	 */
	public int mixDueSites() {
		Instant now = clock.instant();
		Map<Scope, Instant> lastMixings = unitOfWork.inTransaction(this::lastMixings);
		for (Scope site : unitOfWork.inTransaction(this::sitesWithPendingRows)) {
			if (!lastMixings.containsKey(site)) {
				register(site, now);
			}
		}
		int mixed = 0;
		for (Map.Entry<Scope, Instant> last : lastMixings.entrySet()) {
			Scope site = last.getKey();
			try {
				Duration siteWindow = unitOfWork.inTransaction(() -> window.of(site));
				if (!last.getValue().plus(siteWindow).isAfter(now) && mix(site, now, now.minus(siteWindow), true)) {
					mixed++;
				}
			}
			catch (RuntimeException failed) {
				LOG.warn("Mixing the anonymous writes of site {} failed; the next run tries again", site.siteId(), failed);
			}
		}
		return mixed;
	}

	/**
	 * Mixes one site's pending writes now, whatever its window and whatever a table holds back: for tests, and for an
	 * administrator who knows the site has enough writers since its last mixing. Mixing fewer writes than a window
	 * gathers narrows the time each of them hides in.
	 */
	public void mixNow(Scope site) {
		mixNow(site, false);
	}

	/**
	 * Mixes one site's pending writes now, whatever its window, but like the timed mixing leaves the rows a table
	 * holds back ({@link MixedRows#heldWhile}) pending: for the moment a hold ends (a town hall's meeting ends), so that
	 * what it held need not wait for the site's next window.
	 */
	public void mixNowKeepingHeld(Scope site) {
		mixNow(site, true);
	}

	private void mixNow(Scope site, boolean keepHeld) {
		Instant now = clock.instant();
		if (unitOfWork.inTransaction(() -> lastMixed(site)).isEmpty()) {
			register(site, now);
		}
		mix(site, now, null, keepHeld);
	}

	/** {@link #mixNow} for every site with pending writes. */
	public void mixEverySiteNow() {
		for (Scope site : unitOfWork.inTransaction(this::sitesWithPendingRows)) {
			mixNow(site);
		}
	}

	/** When the site's pending writes will be mixed at the latest (as the timers run, give or take their interval). */
	public Instant nextMixingOf(Scope site) {
		return unitOfWork.inTransaction(() -> {
			Duration siteWindow = window.of(site);
			return lastMixed(site).orElse(clock.instant()).plus(siteWindow);
		});
	}

	private Map<Scope, Instant> lastMixings() {
		Map<Scope, Instant> found = new LinkedHashMap<>();
		@SuppressWarnings("unchecked")
		List<Object[]> rows = em().createNativeQuery(lastMixingsQuery).getResultList();
		for (Object[] row : rows) {
			found.put(new Scope(((Number) row[0]).longValue(), ((Number) row[1]).longValue()), instant(row[2]));
		}
		return found;
	}

	private Optional<Instant> lastMixed(Scope site) {
		List<?> rows = em().createNativeQuery(lastMixedQuery).setParameter(1, site.companyId()).setParameter(2, site.siteId()).getResultList();
		return rows.isEmpty() ? Optional.empty() : Optional.of(instant(rows.get(0)));
	}

	private Set<Scope> sitesWithPendingRows() {
		Set<Scope> sites = new LinkedHashSet<>();
		for (MixedRows table : tables) {
			if (table.pendingSitesQuery() == null) {
				continue;
			}
			@SuppressWarnings("unchecked")
			List<Object[]> rows = em().createNativeQuery(table.pendingSitesQuery()).getResultList();
			for (Object[] row : rows) {
				sites.add(new Scope(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
			}
		}
		return sites;
	}

	// Two nodes may register the same site at once: the primary key keeps one row, the other insert fails harmlessly.
	private void register(Scope site, Instant now) {
		try {
			unitOfWork.run(() -> em().createNativeQuery(register).setParameter(1, site.companyId()).setParameter(2, site.siteId())
				.setParameter(3, timestamp(now)).executeUpdate());
		}
		catch (PersistenceException registeredMeanwhile) {
			if (ConflictingWrites.isConflict(registeredMeanwhile)) {
				LOG.debug("Site {} was registered for mixing by another node", site.siteId());
			}
			else {
				LOG.warn("Registering site {} for mixing failed; the next run tries again", site.siteId(), registeredMeanwhile);
			}
		}
	}

	private boolean mix(Scope site, Instant now, Instant dueBefore, boolean keepHeld) {
		Set<String> moved = unitOfWork.inTransaction(() -> {
			javax.persistence.Query lock = em().createNativeQuery(dueBefore == null ? lockQuery : lockWhenDueQuery)
				.setParameter(1, timestamp(now)).setParameter(2, site.companyId()).setParameter(3, site.siteId());
			if (dueBefore != null) {
				lock.setParameter(4, timestamp(dueBefore));
			}
			if (lock.executeUpdate() == 0) {
				return null;
			}
			mixingPoint.reached(site);
			em().flush();
			try {
				return rewrite(em().unwrap(Connection.class), site, keepHeld);
			}
			catch (SQLException failed) {
				throw new IllegalStateException("Could not mix the anonymous writes of site " + site.siteId() + ": " + failed.getMessage(), failed);
			}
		});
		if (moved == null) {
			return false;
		}
		if (!moved.isEmpty()) {
			foldWriteOrderOutOfTheFiles(moved);
		}
		return true;
	}

	/** @return the tables whose rows this moved (deleted and wrote anew); only their files can keep an order of writes */
	private Set<String> rewrite(Connection connection, Scope site, boolean keepHeld) throws SQLException {
		String product = product(connection);
		return product.contains("POSTGRESQL") ? moveInPlace(connection, site, keepHeld) : moveThroughHere(connection, product, site, keepHeld);
	}

	/**
	 * PostgreSQL: each table's pending rows moved by one statement that deletes them and writes them back in the order of
	 * the ids given, shuffled here: {@code WITH moved AS (DELETE ... RETURNING *) INSERT ... ORDER BY} the id's place in
	 * that list. Nothing travels to this node but ids; the rows written back are the ones the delete removed, as they
	 * are then (a concurrent retraction's row is not among them, a concurrent edit's is, edited). A parent goes first:
	 * its children's foreign keys are checked at the end of the statement, when the parent's key exists again. On an
	 * idle server 11,000 votes move in about 0.13 s (docs/benchmarks.md, town hall, "The mixing moved inside the database").
	 */
	private Set<String> moveInPlace(Connection connection, Scope site, boolean keepHeld) throws SQLException {
		long started = System.nanoTime();
		Map<MixedRows, List<Object>> pending = new LinkedHashMap<>();
		int count = 0;
		for (MixedRows table : tables) {
			List<Object> ids = idsOf(connection, table.selectPendingIds(keepHeld), site);
			pending.put(table, ids);
			count += ids.size();
		}
		long selected = System.nanoTime();
		Set<String> moved = new LinkedHashSet<>();
		for (MixedRows table : tables) {
			List<Object> ids = pending.get(table);
			if (ids.isEmpty()) {
				continue;
			}
			StringBuilder values = new StringBuilder();
			List<String> columns = columnsOf(connection, table);
			for (String column : columns) {
				values.append(values.length() == 0 ? "" : ", ").append(table.hasMixedColumn() && "mixed".equals(column) ? "TRUE" : "m." + column);
			}
			List<Object> order = shuffled(ids);
			try (PreparedStatement move = connection.prepareStatement("WITH moved AS (DELETE FROM " + table.table() + " WHERE id = ANY(?) RETURNING *)"
				+ " INSERT INTO " + table.table() + " (" + String.join(", ", columns) + ") SELECT " + values
				+ " FROM moved m JOIN unnest(?) WITH ORDINALITY AS o(id, place) ON o.id = m.id ORDER BY o.place")) {
				// consecutive parts of a shuffled list are random parts: the rows' order in the table stays one random order
				for (int from = 0; from < order.size(); from += MOVE_CHUNK) {
					long moving = System.nanoTime();
					Array part = connection.createArrayOf("varchar", order.subList(from, Math.min(order.size(), from + MOVE_CHUNK)).toArray());
					move.setArray(1, part);
					move.setArray(2, part);
					if (move.executeUpdate() > 0) {
						moved.add(table.table());
					}
					if (from + MOVE_CHUNK < order.size()) {
						pace(System.nanoTime() - moving);
					}
				}
			}
		}
		long written = System.nanoTime();
		for (MixedUpdate update : updates) {
			apply(connection, update, site);
		}
		long done = System.nanoTime();
		LOG.info("Mixed {} anonymous rows of site {} in {} ms (read {}, move {}, updates {})", count, site.siteId(), millis(started, done),
			millis(started, selected), millis(selected, written), millis(written, done));
		return moved;
	}

	/**
	 * A pause as long as the part just moved took (at most {@link #LONGEST_PAUSE_MILLIS}), as PostgreSQL's vacuum paces
	 * itself: a live meeting's mixing of thousands of rows then takes half of what the database can give for its
	 * duration, not all of it, and the votes meanwhile wait for a part at most (docs/benchmarks.md, town hall).
	 */
	private static void pace(long partNanos) {
		try {
			Thread.sleep(Math.min(LONGEST_PAUSE_MILLIS, partNanos / 1_000_000));
		}
		catch (InterruptedException stop) {
			Thread.currentThread().interrupt();
		}
	}

	private static List<String> columnsOf(Connection connection, MixedRows table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement none = connection.prepareStatement("SELECT * FROM " + table.table() + " WHERE 1 = 0");
			ResultSet empty = none.executeQuery()) {
			ResultSetMetaData meta = empty.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
			}
		}
		return columns;
	}

	/** MariaDB and HSQLDB: the rows read, deleted and written back in a random order by this node. */
	private Set<String> moveThroughHere(Connection connection, String product, Scope site, boolean keepHeld) throws SQLException {
		long started = System.nanoTime();
		Map<MixedRows, List<Row>> pending = new LinkedHashMap<>();
		int count = 0;
		for (MixedRows table : tables) {
			List<Row> rows = select(connection, table, site, keepHeld);
			pending.put(table, rows);
			count += rows.size();
		}
		List<MixedRows> childrenFirst = new ArrayList<>(tables);
		Collections.reverse(childrenFirst);
		boolean returnsDeletes = !product.contains("HSQL");
		long selected = System.nanoTime();
		for (MixedRows table : childrenFirst) {
			// only what this run removed goes back: a row a concurrent write removed meanwhile (a retracted vote) stays gone
			List<Row> rows = shuffled(pending.get(table));
			pending.put(table, returnsDeletes ? deleteReturning(connection, table, rows) : deleteEach(connection, table, rows));
		}
		long deleted = System.nanoTime();
		Set<String> moved = new LinkedHashSet<>();
		for (MixedRows table : tables) {
			List<Row> rows = pending.get(table);
			insert(connection, table, shuffled(rows));
			if (!rows.isEmpty()) {
				moved.add(table.table());
			}
		}
		long inserted = System.nanoTime();
		for (MixedUpdate update : updates) {
			apply(connection, update, site);
		}
		long done = System.nanoTime();
		// the phases' times tell an administrator (and docs/benchmarks.md) what a large mixing costs
		LOG.info("Mixed {} anonymous rows of site {} in {} ms (read {}, delete {}, write back {}, updates {})", count, site.siteId(),
			millis(started, done), millis(started, selected), millis(selected, deleted), millis(deleted, inserted), millis(inserted, done));
		return moved;
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static List<Row> select(Connection connection, MixedRows table, Scope site, boolean keepHeld) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(table.selectPending(keepHeld))) {
			select.setLong(1, site.companyId());
			select.setLong(2, site.siteId());
			try (ResultSet found = select.executeQuery()) {
				ResultSetMetaData meta = found.getMetaData();
				while (found.next()) {
					Row row = new Row();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						row.columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
						row.types.add(meta.getColumnType(i));
						row.values.add(found.getObject(i));
					}
					rows.add(row);
				}
			}
		}
		return rows;
	}

	/**
	 * The rows this deleted, in the order given: per {@link #DELETE_CHUNK} rows one {@code DELETE ... RETURNING id}, which
	 * names exactly the rows it removed (a row a concurrent write removed meanwhile, a retracted vote, is left out: the
	 * delete skips a row whose deletion it waited for). One statement per thousand rows rather than one per row, or a
	 * lock and a delete per hundred: a live meeting's mixing rewrites thousands of votes while votes go on
	 * (docs/benchmarks.md, town hall, "The mixer's statements"). For MariaDB, whose {@code DELETE} returns its rows.
	 */
	private static List<Row> deleteReturning(Connection connection, MixedRows table, List<Row> rows) throws SQLException {
		List<Row> deleted = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += DELETE_CHUNK) {
			List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + DELETE_CHUNK));
			Set<Object> removed = new HashSet<>();
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.table() + " WHERE id IN (" + marks(chunk.size())
				+ ") RETURNING id")) {
				bindIds(delete, chunk);
				try (ResultSet found = delete.executeQuery()) {
					while (found.next()) {
						removed.add(found.getObject(1));
					}
				}
			}
			for (Row row : chunk) {
				if (removed.contains(row.value("id"))) {
					deleted.add(row);
				}
			}
		}
		return deleted;
	}

	/**
	 * The rows this deleted, in the order given; one statement each, since batches need not report their counts: for
	 * HSQLDB, whose {@code DELETE} returns no rows.
	 */
	private static List<Row> deleteEach(Connection connection, MixedRows table, List<Row> rows) throws SQLException {
		List<Row> deleted = new ArrayList<>();
		if (rows.isEmpty()) {
			return deleted;
		}
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.table() + " WHERE id = ?")) {
			for (Row row : rows) {
				delete.setObject(1, row.value("id"));
				if (delete.executeUpdate() > 0) {
					deleted.add(row);
				}
			}
		}
		return deleted;
	}

	private static String product(Connection connection) throws SQLException {
		DatabaseMetaData database = connection.getMetaData();
		return (database.getDatabaseProductName() + " " + database.getDatabaseProductVersion()).toUpperCase(Locale.ROOT);
	}

	private static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private static void bindIds(PreparedStatement statement, List<Row> rows) throws SQLException {
		for (int i = 0; i < rows.size(); i++) {
			statement.setObject(i + 1, rows.get(i).value("id"));
		}
	}

	/**
	 * Writes the rows back in the order given, as few statements as the bind limit allows ({@link #INSERT_PARAMETERS}):
	 * one multi-row {@code INSERT} stores its rows in the order of its {@code VALUES}, so the shuffled order reaches the
	 * files as a batch of single-row statements did, for a fraction of the statements (a live meeting's mixing rewrites
	 * thousands of votes while votes go on; docs/benchmarks.md, town hall).
	 */
	private static void insert(Connection connection, MixedRows table, List<Row> rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		List<String> columns = rows.get(0).columns;
		String tuple = "(" + marks(columns.size()) + ")";
		int perStatement = Math.max(1, INSERT_PARAMETERS / columns.size());
		for (int from = 0; from < rows.size(); from += perStatement) {
			List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.table() + " (" + String.join(", ", columns)
				+ ") VALUES " + String.join(", ", Collections.nCopies(chunk.size(), tuple)))) {
				int parameter = 1;
				for (Row row : chunk) {
					for (int i = 0; i < columns.size(); i++, parameter++) {
						Object value = table.hasMixedColumn() && "mixed".equals(columns.get(i)) ? Boolean.TRUE : row.values.get(i);
						if (value == null) {
							insert.setNull(parameter, row.types.get(i));
						}
						else {
							insert.setObject(parameter, value);
						}
					}
				}
				if (insert.executeUpdate() != chunk.size()) {
					throw new SQLException("Not every row of " + table.table() + " could be written back while it was mixed");
				}
			}
		}
	}

	private void apply(Connection connection, MixedUpdate update, Scope site) throws SQLException {
		List<Object> ids = idsOf(connection, update.idsQuery(), site);
		if (!update.isInQueryOrder()) {
			Collections.shuffle(ids, random);
		}
		try (PreparedStatement each = connection.prepareStatement(update.updateOne())) {
			for (Object id : ids) {
				each.setObject(1, id);
				each.executeUpdate();
			}
		}
	}

	/** The first column of a query whose parameters are the site's company and site ids. */
	private static List<Object> idsOf(Connection connection, String query, Scope site) throws SQLException {
		List<Object> ids = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(query)) {
			select.setLong(1, site.companyId());
			select.setLong(2, site.siteId());
			try (ResultSet found = select.executeQuery()) {
				while (found.next()) {
					ids.add(found.getObject(1));
				}
			}
		}
		return ids;
	}

	private <T> List<T> shuffled(List<T> rows) {
		List<T> copy = new ArrayList<>(rows);
		Collections.shuffle(copy, random);
		return copy;
	}

	/*
	 * HSQLDB appends every change to its .log file in commit order until a checkpoint, which rewrites the .script
	 * file from the tables (MEMORY tables, HSQLDB's default, are written in primary-key order: for our random ids, a
	 * random order) and empties the log. Without it the log would keep the anonymous rows between their neighbours.
	 *
	 * MariaDB's InnoDB turns the re-insert of a key deleted in the same transaction back into the deleted record, in
	 * place: the row keeps the place in its page that the anonymous write gave it (pages fill in write order).
	 * Rebuilding the table writes every row anew in primary-key order (random ids). Online, so writes go on; DDL
	 * commits by itself, hence outside the mixing transaction, like the checkpoint.
	 */
	private void foldWriteOrderOutOfTheFiles(Set<String> moved) {
		try {
			unitOfWork.run(() -> {
				try {
					String product = product(em().unwrap(Connection.class));
					if (product.contains("HSQL")) {
						em().createNativeQuery("CHECKPOINT").executeUpdate();
					}
					else if (product.contains("MARIADB")) {
						for (String table : moved) {
							em().createNativeQuery("ALTER TABLE " + table + " WAIT 30 FORCE").executeUpdate();
						}
					}
				}
				catch (SQLException unknownDatabase) {
					throw new IllegalStateException(unknownDatabase);
				}
			});
		}
		catch (RuntimeException failed) {
			LOG.warn("Could not fold the order of writes out of the database's files after mixing; they keep it until the next mixing", failed);
		}
	}

	private EntityManager em() {
		return unitOfWork.entityManager();
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	private static Instant instant(Object value) {
		if (value instanceof Timestamp) {
			return ((Timestamp) value).toLocalDateTime().toInstant(ZoneOffset.UTC);
		}
		if (value instanceof LocalDateTime) {
			return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
		}
		throw new IllegalStateException("Unexpected timestamp type " + (value == null ? "null" : value.getClass().getName()));
	}

	private static final class Row {

		final List<String> columns = new ArrayList<>();
		final List<Integer> types = new ArrayList<>();
		final List<Object> values = new ArrayList<>();

		Object value(String column) {
			return values.get(columns.indexOf(column));
		}

	}

}
