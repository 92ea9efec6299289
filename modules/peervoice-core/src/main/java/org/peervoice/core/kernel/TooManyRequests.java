package org.peervoice.core.kernel;

/** A flood limit was reached; the REST layer sends {@link #retryAfterSeconds()} as {@code Retry-After}. */
public final class TooManyRequests extends Problem {

	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	public TooManyRequests(long retryAfterSeconds) {
		super("Too many requests; try again later.");
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	/** Whole seconds until an attempt is counted again, at least 1. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	@Override
	public String type() {
		return "too-many-requests";
	}

}
