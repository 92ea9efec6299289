package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.UnitOfWork;

class JpaUnitOfWorkTest {

	@Test
	void aThreadKnowsWhetherAUnitOfWorkRunsOnItWithoutAskingForItsEntityManager() throws Exception {
		JDBCDataSource hsqldb = new JDBCDataSource();
		hsqldb.setUrl("jdbc:hsqldb:mem:pv" + UUID.randomUUID().toString().replace("-", ""));
		hsqldb.setUser("SA");
		try (PeerVoiceDatabase database = PeerVoiceDatabase.open(hsqldb)) {
			UnitOfWork unitOfWork = database.unitOfWork();
			assertFalse(unitOfWork.isInTransaction());
			assertThrows(IllegalStateException.class, unitOfWork::entityManager);
			List<Boolean> seen = unitOfWork.inTransaction(() -> List.of(unitOfWork.isInTransaction(),
				unitOfWork.inTransaction(unitOfWork::isInTransaction)));
			assertEquals(List.of(true, true), seen, "inside, and inside a unit of work that joins it");
			assertFalse(unitOfWork.isInTransaction(), "not after it");
			boolean[] onOther = {true};
			unitOfWork.run(() -> {
				Thread probe = new Thread(() -> onOther[0] = unitOfWork.isInTransaction());
				probe.start();
				try {
					probe.join();
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			});
			assertFalse(onOther[0], "another thread's unit of work is not this thread's");
		}
		finally {
			try (Connection connection = hsqldb.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
		}
	}

}
