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

	/**
	 * @param table the table to update, with a string primary key {@code id}
	 * @param assignments the {@code SET} clause, e.g. {@code vote_count = (SELECT COUNT(*) ...)}
	 * @param idsQuery selects the ids of a site's rows to update; parameters: company id, site id
	 */
	public MixedUpdate(String table, String assignments, String idsQuery) {
		this.table = table;
		this.assignments = assignments;
		this.idsQuery = idsQuery;
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
