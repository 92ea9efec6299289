package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.peervoice.core.recognition.RecipientMentions;

/**
 * Brings stored recognitions under the board's naming condition (Recognition.showsOnBoard: a recognition whose message
 * names a recipient who hides it or has not approved it is off the board), with the same {@link RecipientMentions} the
 * application uses now; only recognitions on the board with a recipient who does not let them show can change. Run by
 * each migration that made the comparison of names find more ({@code V20}, {@code V23}).
 */
final class RecognitionNamings {

	private RecognitionNamings() {
	}

	static void offBoardWhenNamingAHiddenRecipient(Connection connection) throws SQLException {
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
