package org.peervoice.core.kernel;

import java.util.List;
import java.util.Optional;

/**
 * Port: who makes the current request. Each host supplies one per request (Liferay from the
 * signed-in portal user and its permission checker; the dev portal from its demo users).
 */
public interface Identity {

	/** The portal instance the request belongs to. */
	long companyId();

	/** The signed-in person's opaque key (the same as {@link Actor#userKey()} in every site); empty for a guest. */
	Optional<String> userKey();

	/**
	 * The caller acting in one site of this company, with the permissions held there.
	 *
	 * @throws UnknownItem when the site does not exist or the caller cannot see it
	 */
	Actor actorIn(long siteId);

	/** The sites the caller can see, by name. */
	List<Site> visibleSites();

	/**
	 * Whether a user is signed in; false for the guest. A guest must get the same answer for a
	 * site or item that exists as for one that does not (sign in first), so the API turns every
	 * "unknown" into "not signed in" for a guest.
	 */
	default boolean isSignedIn() {
		return userKey().isPresent();
	}

}
