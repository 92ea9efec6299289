/**
 * The site's people as Peer Voice uses them through the {@link org.peervoice.core.kernel.PeopleDirectory} port:
 * the people picker's search and an administrator's "this person has left". See docs/architecture.md.
 */
package org.peervoice.core.people;
