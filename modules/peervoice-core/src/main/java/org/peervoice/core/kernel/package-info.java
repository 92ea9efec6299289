/**
 * The shared kernel: scope, actors and permissions, paging, problems, and the ports every
 * capability uses. Nothing here knows a host (Liferay or the dev portal), the web, or a
 * JPA provider; capabilities depend on this package, never the other way round.
 */
package org.peervoice.core.kernel;
