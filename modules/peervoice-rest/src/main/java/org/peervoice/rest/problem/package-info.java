/**
 * Errors as RFC 7807 problem details ({@code application/problem+json}): core problems, the
 * runtime's own refusals, and a last-resort 500 that never echoes the request.
 */
package org.peervoice.rest.problem;
