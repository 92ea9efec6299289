package org.peervoice.core.kernel;

import java.util.List;

/**
 * Port: a secret key known to the servers and never stored in the database, used for keyed
 * hashes (one vote per person and item). Every node of a cluster must be given the same
 * secret. It can be rotated: new hashes use the current key, checks accept hashes under any
 * key still listed.
 */
public interface ServerSecret {

	/**
	 * The current key, at least 32 bytes.
	 *
	 * @throws NotConfigured when this host has no secret it may use
	 */
	byte[] key();

	/** Every key still honoured, current first; empty when this host has no secret it may use. */
	default List<byte[]> keys() {
		return List.of(key());
	}

}
