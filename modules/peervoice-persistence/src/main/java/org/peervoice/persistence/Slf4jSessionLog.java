package org.peervoice.persistence;

import java.sql.SQLException;

import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EclipseLink's log, sent to SLF4J. Exceptions are reduced to their types and error codes:
 * their messages can quote rows (a database's "Key (...)=(...) already exists" detail), and
 * rows may hold anonymous writers' text, so no message of a failure is ever written.
 * Instantiated by EclipseLink by name, hence public.
 */
public final class Slf4jSessionLog extends AbstractSessionLog {

	private static final Logger LOG = LoggerFactory.getLogger("org.peervoice.persistence.EclipseLink");

	@Override
	public void log(SessionLogEntry entry) {
		if (!shouldLog(entry.getLevel(), entry.getNameSpace())) {
			return;
		}
		String message = entry.hasException() ? describe(entry.getException()) : formatMessage(entry);
		switch (entry.getLevel()) {
			case SessionLog.SEVERE:
				LOG.error("{}", message);
				break;
			case SessionLog.WARNING:
				LOG.warn("{}", message);
				break;
			case SessionLog.INFO:
			case SessionLog.CONFIG:
				LOG.info("{}", message);
				break;
			default:
				LOG.debug("{}", message);
				break;
		}
	}

	static String describe(Throwable failure) {
		StringBuilder description = new StringBuilder("EclipseLink failure:");
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 10; depth++) {
			description.append(' ').append(cause.getClass().getName());
			if (cause instanceof EclipseLinkException) {
				description.append(" [code ").append(((EclipseLinkException) cause).getErrorCode()).append(']');
			}
			if (cause instanceof SQLException) {
				description.append(" [SQL state ").append(((SQLException) cause).getSQLState()).append(']');
			}
			Throwable next = cause.getCause();
			if (next == null && cause instanceof EclipseLinkException) {
				next = ((EclipseLinkException) cause).getInternalException();
			}
			cause = next == cause ? null : next;
		}
		return description.toString();
	}

}
