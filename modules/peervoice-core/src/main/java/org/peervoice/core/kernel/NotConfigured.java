package org.peervoice.core.kernel;

/**
 * A feature this installation cannot offer until an administrator configures it (e.g. votes
 * without the shared server secret). The one problem that is the server's, not the caller's:
 * the REST layer answers 503, and the detail stays generic; the log tells the administrator.
 */
public final class NotConfigured extends Problem {

	private static final long serialVersionUID = 1L;

	public NotConfigured() {
		super("This feature is not available until an administrator completes the configuration.");
	}

	@Override
	public String type() {
		return "not-configured";
	}

}
