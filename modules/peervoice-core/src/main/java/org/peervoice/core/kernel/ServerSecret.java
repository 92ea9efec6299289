package org.peervoice.core.kernel;

/**
 * Port: a secret key known to the servers and never stored in the database, used for keyed
 * hashes (vote de-duplication). Every node of a cluster must be given the same secret.
 */
public interface ServerSecret {

	/** At least 32 bytes. */
	byte[] key();

}
