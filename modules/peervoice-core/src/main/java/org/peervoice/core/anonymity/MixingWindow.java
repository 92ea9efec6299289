package org.peervoice.core.anonymity;

import java.time.Duration;

import org.peervoice.core.kernel.Scope;

/** How long a site's anonymous writes gather before they are mixed. Called inside a unit of work. */
@FunctionalInterface
public interface MixingWindow {

	Duration of(Scope site);

}
