package org.peervoice.core.kernel;

/**
 * Port the hosts call when a person leaves the organization (Liferay: a user deactivated or deleted, heard by a model
 * listener; dev portal: an administrator's action). Every capability that keeps something about a person in public
 * view takes it out at once; {@code PeerVoiceServices#departures()} is the one that tells them all.
 */
@FunctionalInterface
public interface Departures {

	void personLeft(long companyId, String userKey);

}
