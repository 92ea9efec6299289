package org.peervoice.core.kernel;

public final class Conflict extends Problem {

	private static final long serialVersionUID = 1L;

	public Conflict(String message) {
		super(message);
	}

	@Override
	public String type() {
		return "conflict";
	}

}
