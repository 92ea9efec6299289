package org.peervoice.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query that failed on a lost connection (3 times, 5 seconds apart, by default): during a
 * database outage that alone keeps a request waiting 15 seconds or more. The pool already replaces broken
 * connections, so a failure answers 503 at once and the client retries (docs/reliability.md).
 */
public final class NoQueryRetry implements SessionCustomizer {

	@Override
	public void customize(Session session) {
		session.getLogin().setQueryRetryAttemptCount(0);
		session.getLogin().setDelayBetweenConnectionAttempts(0);
	}

}
