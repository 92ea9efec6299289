package org.peervoice.devportal;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.servlet.http.HttpServletRequest;

import org.peervoice.core.kernel.Identity;
import org.peervoice.rest.IdentityResolver;

/** Gives the REST API the identity {@link AuthenticationFilter} established for the request. */
@Singleton
class DemoIdentityResolver implements IdentityResolver {

	private final DemoDirectory directory;

	@Inject
	DemoIdentityResolver(DemoDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Identity resolve(HttpServletRequest request) {
		return new DemoIdentity(directory, SignedInUser.userOrNull(request));
	}

}
