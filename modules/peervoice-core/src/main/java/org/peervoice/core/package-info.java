/**
 * The core's composition root ({@link org.peervoice.core.PeerVoiceServices}) and the list of its
 * JPA classes ({@link org.peervoice.core.PeerVoiceEntities}). Capabilities live in sub-packages.
 */
package org.peervoice.core;
