/**
 * PeerVoice's tables in the host's database: Flyway migrations ({@code db/peervoice/migration})
 * and an EclipseLink persistence unit built in code, exposed as the core's unit of work.
 * The only module that knows the JPA provider; hosts hand it their DataSource.
 */
package org.peervoice.persistence;
