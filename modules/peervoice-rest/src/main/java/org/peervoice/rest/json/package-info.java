/**
 * JSON of our own (Jackson), independent of the host's JSON provider; unreadable bodies become
 * 400 problem details that name the field but never quote the input.
 */
package org.peervoice.rest.json;
