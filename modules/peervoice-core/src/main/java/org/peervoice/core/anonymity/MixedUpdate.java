package org.peervoice.core.anonymity;

/**
 * A change the mixing run makes to rows whose state follows from mixed rows, such as a stored
 * count of votes: done in the mixing transaction, one row at a time in a random order, so the
 * change (and the row's system columns) dates from the mixing and not from the anonymous act.
 */
public final class MixedUpdate {

	private final String table;
	private final String assignments;
	private final String idsQuery;
	private final boolean inQueryOrder;

	/**
	 * @param table the table to update, with a string primary key {@code id}
	 * @param assignments the {@code SET} clause, e.g. {@code vote_count = (SELECT COUNT(*) ...)}
	 * @param idsQuery selects the ids of a site's rows to update; parameters: company id, site id
	 */
	public MixedUpdate(String table, String assignments, String idsQuery) {
		this(table, assignments, idsQuery, false);
	}

	private MixedUpdate(String table, String assignments, String idsQuery, boolean inQueryOrder) {
		this.table = table;
		this.assignments = assignments;
		this.idsQuery = idsQuery;
		this.inQueryOrder = inQueryOrder;
	}

	/**
	 * The same, but applied in the order of {@code idsQuery} instead of a random one: for changes that build on
	 * each other (a thread position after the one placed just before). The order must tell nothing the rows do not.
	 */
	public static MixedUpdate inQueryOrder(String table, String assignments, String idsQuery) {
		return new MixedUpdate(table, assignments, idsQuery, true);
	}

	boolean isInQueryOrder() {
		return inQueryOrder;
	}

	String idsQuery() {
		return idsQuery;
	}

	String updateOne() {
		return "UPDATE " + table + " SET " + assignments + " WHERE id = ?";
	}

	@Override
	public String toString() {
		return "MixedUpdate[" + table + "]";
	}

}
