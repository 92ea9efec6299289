package org.peervoice.core.kernel;

/** A site the caller can see: its Liferay group id and its name. */
public final class Site {

	private final long id;
	private final String name;

	public Site(long id, String name) {
		this.id = id;
		this.name = name;
	}

	public long id() {
		return id;
	}

	public String name() {
		return name;
	}

}
