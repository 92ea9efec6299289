package org.peervoice.persistence;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The board's rule gained a condition (Recognition.showsOnBoard): a recognition whose message names a recipient who
 * hides it or has not approved it is off the board, since the message shows as written. This applies the condition to
 * the recognitions stored before ({@link RecognitionNamings}).
 */
final class V20__Recognition_off_board_when_it_names_a_hidden_recipient extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		RecognitionNamings.offBoardWhenNamingAHiddenRecipient(context.getConnection());
	}

}
