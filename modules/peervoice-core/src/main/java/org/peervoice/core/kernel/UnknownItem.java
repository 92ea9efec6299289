package org.peervoice.core.kernel;

public final class UnknownItem extends Problem {

	private static final long serialVersionUID = 1L;

	public UnknownItem(String message) {
		super(message);
	}

	@Override
	public String type() {
		return "unknown-item";
	}

}
