package org.peervoice.rest.http;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.Provider;

/**
 * Every API response: {@code X-Content-Type-Options: nosniff}, and {@code Cache-Control: no-store}
 * unless the resource chose its own caching. Almost every answer is private to its caller (the
 * review queue, unpublished items, threads, receipt look-ups, "mine", settings), so no shared or
 * browser cache may keep any of them; one rule for all cannot miss an endpoint added later.
 */
@Provider
public final class SecurityHeaders implements ContainerResponseFilter {

	public static final String NOSNIFF = "nosniff";
	public static final String NO_STORE = "no-store";

	@Override
	public void filter(ContainerRequestContext request, ContainerResponseContext response) {
		MultivaluedMap<String, Object> headers = response.getHeaders();
		headers.putSingle("X-Content-Type-Options", NOSNIFF);
		if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
			headers.putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
		}
	}

}
