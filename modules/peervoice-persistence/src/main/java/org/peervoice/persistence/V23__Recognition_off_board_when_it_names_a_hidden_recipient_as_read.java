package org.peervoice.persistence;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Names are now compared as a reader sees them (RecipientMentions: invisible characters left out, full-width letters as
 * plain ones, one apostrophe and one hyphen), so a stored recognition naming a hidden recipient as "Ro\u00ADsa" or
 * "O\u2019Brien" left the board only from its next change: this applies the comparison to every stored recognition
 * ({@link RecognitionNamings}).
 */
final class V23__Recognition_off_board_when_it_names_a_hidden_recipient_as_read extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		RecognitionNamings.offBoardWhenNamingAHiddenRecipient(context.getConnection());
	}

}
