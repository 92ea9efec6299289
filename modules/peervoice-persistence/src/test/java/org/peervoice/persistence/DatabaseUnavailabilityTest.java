package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import javax.persistence.PersistenceException;
import javax.persistence.RollbackException;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.DatabaseUnavailability;
import org.peervoice.core.kernel.ServiceUnavailable;

class DatabaseUnavailabilityTest {

	private static final String STATE_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	private static final int SAMPLES = 2_000;

	private final Random random = new Random(13);

	@Test
	void everyConnectionExceptionStateIsUnavailabilityHoweverDeeplyWrapped() {
		for (int i = 0; i < SAMPLES; i++) {
			String state = "08" + randomCharacters(3);
			assertTrue(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLException("lost", state))), state);
		}
	}

	@Test
	void serverShutdownAndTooManyConnectionsAndCancelledStatementsAreUnavailability() {
		for (int i = 0; i < SAMPLES; i++) {
			String state = "57P" + randomCharacters(2);
			assertTrue(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLException("shutting down", state))), state);
		}
		assertTrue(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLException("too many clients", "53300"))));
		assertTrue(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLException("statement timeout", "57014"))));
		assertTrue(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLException("canceling statement due to lock timeout", "55P03"))));
	}

	@Test
	void aPoolThatGaveNoConnectionInTimeAndAQueryTimeLimitAreUnavailabilityWithoutAnyState() {
		assertTrue(DatabaseUnavailability.isUnavailability(wrappedRandomly(
			new SQLTransientConnectionException("peervoice - Connection is not available, request timed out after 3000ms."))));
		assertTrue(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLTimeoutException("Query timed out"))));
	}

	@Test
	void aResetOrTimedOutSocketUnderAFailureWithoutStateIsUnavailability() {
		SQLException closedByThePool = new SQLException("Connection is closed");
		closedByThePool.initCause(new java.net.SocketException("Connection reset"));

		assertTrue(DatabaseUnavailability.isUnavailability(wrappedRandomly(closedByThePool)));
		assertTrue(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLException("I/O", new java.net.SocketTimeoutException("Read timed out")))));
		assertTrue(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLException("I/O", new java.net.ConnectException("Connection refused")))));
		assertFalse(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLException("I/O", new java.io.IOException("disk full")))));
	}

	@Test
	void everyOtherStateIsNotUnavailability() {
		int checked = 0;
		while (checked < SAMPLES) {
			String state = randomCharacters(5);
			if (DatabaseUnavailability.isUnavailabilityState(state) || state.startsWith("08") || state.startsWith("57P")) {
				continue;
			}
			assertFalse(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLException("refused by a rule", state))), state);
			checked++;
		}
		assertFalse(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLIntegrityConstraintViolationException("duplicate", "23505"))));
		assertFalse(DatabaseUnavailability.isUnavailability(wrappedRandomly(new SQLException("no state"))));
		assertFalse(DatabaseUnavailability.isUnavailability(new IllegalStateException("a bug")));
		assertFalse(DatabaseUnavailability.isUnavailability(null));
	}

	@Test
	void aConnectionFailureChainedAsTheNextExceptionOfABatchCounts() {
		BatchUpdateException batch = new BatchUpdateException("batch failed", "XX000", new int[0]);
		batch.setNextException(new SQLException("I/O error", "08006"));

		assertTrue(DatabaseUnavailability.isUnavailability(new PersistenceException(batch)));
	}

	@Test
	void aCauseChainThatLoopsEnds() {
		LoopingFailure first = new LoopingFailure();
		LoopingFailure second = new LoopingFailure();
		first.next = second;
		second.next = first;

		assertFalse(DatabaseUnavailability.isUnavailability(first));
	}

	@Test
	void theUnitOfWorkTurnsUnavailabilityIntoServiceUnavailableAndLeavesEverythingElse() {
		assertTrue(JpaUnitOfWork.translated(new PersistenceException(new SQLNonTransientConnectionException("refused", "08001")))
			instanceof ServiceUnavailable);
		Conflict conflict = new Conflict("You already voted for this suggestion.");
		assertSame(conflict, JpaUnitOfWork.translated(conflict));
		IllegalStateException bug = new IllegalStateException("a bug", new SQLException("syntax", "42601"));
		assertSame(bug, JpaUnitOfWork.translated(bug));
	}

	private String randomCharacters(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(STATE_CHARACTERS.charAt(random.nextInt(STATE_CHARACTERS.length())));
		}
		return text.toString();
	}

	/** As JPA, EclipseLink and the application wrap a driver's exception, 0 to 4 layers deep. */
	private RuntimeException wrappedRandomly(Exception driverFailure) {
		List<Function<Throwable, RuntimeException>> layers = new ArrayList<>();
		layers.add(cause -> new PersistenceException("wrapped", cause));
		layers.add(cause -> new RollbackException("rolled back", cause));
		layers.add(cause -> new IllegalStateException("wrapped", cause));
		layers.add(cause -> cause instanceof SQLException ? DatabaseException.sqlException((SQLException) cause) : new RuntimeException(cause));
		Throwable failure = driverFailure;
		int depth = random.nextInt(5);
		for (int i = 0; i < depth; i++) {
			failure = layers.get(random.nextInt(layers.size())).apply(failure);
		}
		return failure instanceof RuntimeException ? (RuntimeException) failure : new RuntimeException(failure);
	}

	private static final class LoopingFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private transient Throwable next;

		@Override
		public synchronized Throwable getCause() {
			return next;
		}

	}

}
