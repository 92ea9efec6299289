package org.peervoice.core.kernel;

/**
 * Something the caller asked for that cannot be done, with a stable type. The REST layer turns
 * each subtype into problem details with its status; none of them is a server error.
 */
public abstract class Problem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	protected Problem(String message) {
		super(message, null, false, false);
	}

	/** Stable, lowercase-hyphenated problem type, e.g. {@code not-permitted}. */
	public abstract String type();

}
