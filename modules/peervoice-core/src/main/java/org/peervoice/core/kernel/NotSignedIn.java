package org.peervoice.core.kernel;

public final class NotSignedIn extends Problem {

	private static final long serialVersionUID = 1L;

	public NotSignedIn() {
		super("Sign in to do this.");
	}

	@Override
	public String type() {
		return "not-signed-in";
	}

}
