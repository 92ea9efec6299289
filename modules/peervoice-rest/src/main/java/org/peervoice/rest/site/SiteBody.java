package org.peervoice.rest.site;

import org.peervoice.core.kernel.Site;

public final class SiteBody {

	private final long id;
	private final String name;

	SiteBody(Site site) {
		this.id = site.id();
		this.name = site.name();
	}

	public long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

}
