package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.peervoice.core.recognition.RecipientMentions;

/**
 * The board's rule gained a condition (Recognition.showsOnBoard): a recognition whose message names a recipient who
 * hides it or has not approved it is off the board, since the message shows as written. This applies the condition to
 * the recognitions stored before, with the same {@link RecipientMentions} the application uses; only recognitions on
 * the board with a recipient who does not let them show can change.
 */
final class V20__Recognition_off_board_when_it_names_a_hidden_recipient extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		Set<String> offBoard = new LinkedHashSet<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT g.id, g.message, r.recipient_name FROM PV_RECOGNITION g"
			+ " JOIN PV_RECOGNITION_RECIPIENT r ON r.recognition_id = g.id WHERE g.on_board = ? AND r.consent <> 'SHOWN'")) {
			select.setBoolean(1, true);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					if (RecipientMentions.names(rows.getString(2), rows.getString(3))) {
						offBoard.add(rows.getString(1));
					}
				}
			}
		}
		try (PreparedStatement update = connection.prepareStatement("UPDATE PV_RECOGNITION SET on_board = ? WHERE id = ?")) {
			for (String id : offBoard) {
				update.setBoolean(1, false);
				update.setString(2, id);
				update.addBatch();
			}
			if (!offBoard.isEmpty()) {
				update.executeBatch();
			}
		}
	}

}
