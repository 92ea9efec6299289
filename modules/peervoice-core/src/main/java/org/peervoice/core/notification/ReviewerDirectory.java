package org.peervoice.core.notification;

import java.util.Collection;

import org.peervoice.core.kernel.Scope;

/** Port: who holds the review permission in a site, by user key (the host knows its roles). */
@FunctionalInterface
public interface ReviewerDirectory {

	Collection<String> reviewersOf(Scope site);

}
