package org.peervoice.core.kernel;

/** A site the caller can see: its Liferay group id and its name. */
public record Site(long id, String name) {
}
