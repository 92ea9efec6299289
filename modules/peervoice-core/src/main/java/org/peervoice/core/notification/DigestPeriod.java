package org.peervoice.core.notification;

import java.time.Duration;

import org.peervoice.core.kernel.Scope;

/** How long a site's reviewer digest gathers (a site setting). Called inside a unit of work. */
@FunctionalInterface
public interface DigestPeriod {

	Duration of(Scope site);

}
