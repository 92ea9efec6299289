package org.peervoice.core.anonymity;

import org.peervoice.core.kernel.Scope;

/**
 * What happens when a site's anonymous writes reach reviewers: called by the {@link Mixer} in the
 * mixing transaction, before the site's pending rows are rewritten (they are still {@code mixed =
 * FALSE}). Whatever it stores dates from the mixing, like the mixed rows; it must not look at the
 * rows' order or anything finer than "pending now".
 */
@FunctionalInterface
public interface MixingPoint {

	void reached(Scope site);

	static MixingPoint none() {
		return site -> {
		};
	}

}
