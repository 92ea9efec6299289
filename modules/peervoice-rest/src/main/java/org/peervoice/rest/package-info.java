/**
 * The PeerVoice REST API (JAX-RS 2.1, standard API only): thin resources per capability that
 * turn transfer objects into service calls, JSON and problem-details providers of our own, and
 * the one {@link org.peervoice.rest.PeerVoiceApplication} both hosts mount at {@code /o/peer-voice}.
 * No business rule lives here, and nothing here logs a request body, an identity or a receipt.
 */
package org.peervoice.rest;
