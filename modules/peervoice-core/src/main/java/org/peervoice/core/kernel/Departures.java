package org.peervoice.core.kernel;

/**
 * Port the hosts call when a person leaves the organization (Liferay: a user deactivated or deleted, heard by a model
 * listener; dev portal: an administrator's action). Every capability that keeps something about a person in public
 * view takes it out at once; {@code PeerVoiceServices#departures()} is the one that tells them all.
 */
public interface Departures {

	/** The person left (Liferay: user deactivated; dev portal: the administrator's action): out of public view, kept. */
	void personLeft(long companyId, String userKey);

	/** The person's account is being deleted (Liferay: user removed): what is kept about them as a listed person is deleted. */
	void personDeleted(long companyId, String userKey);

}
