/**
 * The API's HTTP edge, the same in every host: requests whose address or headers cannot be read
 * are refused as problem details before routing, and every response carries the security headers.
 */
package org.peervoice.rest.http;
