package org.peervoice.core.kernel;

public final class NotPermitted extends Problem {

	private static final long serialVersionUID = 1L;

	public NotPermitted(Permission missing) {
		super("You do not have permission to do this (" + missing + ").");
	}

	public NotPermitted(String message) {
		super(message);
	}

	@Override
	public String type() {
		return "not-permitted";
	}

}
