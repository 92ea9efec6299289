package org.peervoice.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/** The one session customizer EclipseLink takes: PeerVoice's settings of its database session, each a class of its own. */
public final class SessionSettings implements SessionCustomizer {

	@Override
	public void customize(Session session) throws Exception {
		new NoQueryRetry().customize(session);
		new ReadCommitted().customize(session);
	}

}
