package org.peervoice.core.anonymity;

/**
 * One table whose rows a {@link Mixer} rewrites. Its rows have a string primary key {@code id}.
 * A row is pending while its {@code mixed} column is {@code FALSE}; the mixing run deletes and
 * re-inserts every pending row of a site with {@code mixed = TRUE}. A row whose parent is
 * pending is rewritten with it (a parent cannot be re-inserted under its children), so every
 * table with a foreign key to a mixed table must be registered as a child or as carried along.
 */
public final class MixedRows {

	private final String table;
	private final boolean hasMixedColumn;
	private final String pendingCondition;
	private final String siteCondition;
	private final String pendingSitesQuery;
	private final String heldCondition;

	private MixedRows(String table, boolean hasMixedColumn, String pendingCondition, String siteCondition, String pendingSitesQuery,
		String heldCondition) {
		this.table = table;
		this.hasMixedColumn = hasMixedColumn;
		this.pendingCondition = pendingCondition;
		this.siteCondition = siteCondition;
		this.pendingSitesQuery = pendingSitesQuery;
		this.heldCondition = heldCondition;
	}

	private MixedRows(String table, boolean hasMixedColumn, String pendingCondition, String siteCondition, String pendingSitesQuery) {
		this(table, hasMixedColumn, pendingCondition, siteCondition, pendingSitesQuery, null);
	}

	/** A table whose rows carry their own {@code company_id} and {@code site_id}. */
	public static MixedRows ofSites(String table) {
		return new MixedRows(table, true, "t.mixed = FALSE", "t.company_id = ? AND t.site_id = ?",
			"SELECT DISTINCT t.company_id, t.site_id FROM " + table + " t WHERE t.mixed = FALSE");
	}

	/**
	 * A table of rows that belong to a row of {@code parentTable} (registered before it with
	 * {@link #ofSites}) through {@code parentColumn}, with pending rows of its own.
	 */
	public static MixedRows childOf(String table, String parentColumn, String parentTable) {
		return new MixedRows(table, true, "(t.mixed = FALSE OR " + pendingParent(parentColumn, parentTable) + ")",
			siteOfParent(parentColumn, parentTable),
			"SELECT DISTINCT p.company_id, p.site_id FROM " + table + " t JOIN " + parentTable + " p ON p.id = t." + parentColumn
				+ " WHERE t.mixed = FALSE");
	}

	/** A child table without anonymous writes of its own: its rows are rewritten only with a pending parent. */
	public static MixedRows carriedWith(String table, String parentColumn, String parentTable) {
		return new MixedRows(table, false, pendingParent(parentColumn, parentTable), siteOfParent(parentColumn, parentTable), null);
	}

	/**
	 * These rows, of which the timed mixing ({@link Mixer#mixDueSites}, {@link Mixer#mixNowKeepingHeld}) leaves pending
	 * those for which {@code condition} (SQL on the row as {@code t}) holds: they wait for a later mixing. An explicit
	 * {@link Mixer#mixNow} mixes them all the same. A held row stays where it is; rows of its children are still
	 * rewritten (they are deleted and re-inserted under it), which moves nothing a reader could date the held row by.
	 */
	public MixedRows heldWhile(String condition) {
		return new MixedRows(table, hasMixedColumn, pendingCondition, siteCondition, pendingSitesQuery, "NOT (" + condition + ")");
	}

	private static String pendingParent(String parentColumn, String parentTable) {
		return "t." + parentColumn + " IN (SELECT p.id FROM " + parentTable + " p WHERE p.mixed = FALSE)";
	}

	private static String siteOfParent(String parentColumn, String parentTable) {
		return "t." + parentColumn + " IN (SELECT p.id FROM " + parentTable + " p WHERE p.company_id = ? AND p.site_id = ?)";
	}

	String table() {
		return table;
	}

	boolean hasMixedColumn() {
		return hasMixedColumn;
	}

	/**
	 * Every column of a site's pending rows, without the held ones when {@code keepHeld}; parameters: company id, site
	 * id. One statement, so the rows and the condition that holds some of them back are read from one snapshot.
	 */
	String selectPending(boolean keepHeld) {
		return select("t.*", keepHeld);
	}

	/** As {@link #selectPending}, the ids only. */
	String selectPendingIds(boolean keepHeld) {
		return select("t.id", keepHeld);
	}

	private String select(String columns, boolean keepHeld) {
		String select = "SELECT " + columns + " FROM " + table + " t WHERE " + pendingCondition + " AND " + siteCondition;
		return keepHeld && heldCondition != null ? select + " AND " + heldCondition : select;
	}

	/** Company and site ids of the sites with pending rows, or {@code null} for a table that has none of its own. */
	String pendingSitesQuery() {
		return pendingSitesQuery;
	}

	@Override
	public String toString() {
		return "MixedRows[" + table + "]";
	}

}
