package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class Slf4jSessionLogTest {

	@Test
	void failuresAreDescribedWithoutTheRowsTheyQuote() {
		SQLException duplicate = new SQLException(
			"ERROR: duplicate key value violates unique constraint\n  Detail: Key (voter_hash)=(canary-value) already exists.", "23505");
		String description = Slf4jSessionLog.describe(new javax.persistence.PersistenceException(DatabaseException.sqlException(duplicate)));
		assertFalse(description.contains("canary-value"), description);
		assertTrue(description.contains("23505"), description);
		assertTrue(description.contains("DatabaseException [code 4002]"), description);
	}

}
