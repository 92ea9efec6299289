package org.peervoice.core.kernel;

public final class TooManyRequests extends Problem {

	private static final long serialVersionUID = 1L;

	public TooManyRequests() {
		super("Too many requests; try again later.");
	}

	@Override
	public String type() {
		return "too-many-requests";
	}

}
