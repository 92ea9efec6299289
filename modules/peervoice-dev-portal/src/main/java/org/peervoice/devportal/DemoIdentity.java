package org.peervoice.devportal;

import java.util.List;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Site;

/** The caller of one request as the core sees them: a demo user, or a guest when {@code user} is null. */
final class DemoIdentity implements Identity {

	private final DemoDirectory directory;
	private final DemoUser user;

	DemoIdentity(DemoDirectory directory, DemoUser user) {
		this.directory = directory;
		this.user = user;
	}

	@Override
	public long companyId() {
		return directory.companyId();
	}

	@Override
	public boolean isSignedIn() {
		return user != null;
	}

	@Override
	public Actor actorIn(long siteId) {
		return directory.actorIn(user, siteId);
	}

	@Override
	public List<Site> visibleSites() {
		return directory.sitesOf(user);
	}

}
