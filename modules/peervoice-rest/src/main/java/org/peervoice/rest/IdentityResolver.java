package org.peervoice.rest;

import javax.servlet.http.HttpServletRequest;

import org.peervoice.core.kernel.Identity;

/**
 * Host-supplied: who makes this request. The dev portal answers from its session or HTTP Basic
 * credentials, Liferay from the portal user and its permission checker. A session request that
 * mutates without its CSRF token must be resolved as a guest, so it cannot mutate.
 */
public interface IdentityResolver {

	Identity resolve(HttpServletRequest request);

}
