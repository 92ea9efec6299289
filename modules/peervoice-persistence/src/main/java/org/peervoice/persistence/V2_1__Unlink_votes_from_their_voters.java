package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.peervoice.core.anonymity.VoterHash;

/**
 * Votes cast before this version carry one keyed hash per person and site, so all of a
 * person's votes share a value. Each is rewritten to a hash of its item and that value
 * ({@link VoterHash#unlinkedLegacy}): no two of a person's votes share a value any more, and
 * the application still recognizes them while the secret they were made under is listed. In
 * Java because not every database PeerVoice runs on has SHA-256 in SQL.
 */
final class V2_1__Unlink_votes_from_their_voters extends BaseJavaMigration {

	private static final int BATCH = 500;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<String[]> votes = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("SELECT id, suggestion_id, voter_hash FROM PV_SUGGESTION_VOTE")) {
			while (rows.next()) {
				votes.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
			}
		}
		try (PreparedStatement update = connection.prepareStatement("UPDATE PV_SUGGESTION_VOTE SET voter_hash = ? WHERE id = ?")) {
			int pending = 0;
			for (String[] vote : votes) {
				update.setString(1, VoterHash.unlinkedLegacy(vote[1], vote[2]));
				update.setString(2, vote[0]);
				update.addBatch();
				if (++pending == BATCH) {
					update.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				update.executeBatch();
			}
		}
	}

}
