package org.peervoice.core.kernel;

/**
 * The database cannot be reached right now (down, unreachable, or every connection busy): the
 * work was rolled back, nothing of it is stored, and the same request may succeed in a moment.
 * The REST layer answers 503 with {@link #retryAfterSeconds()} as {@code Retry-After}
 * (docs/reliability.md).
 */
public final class ServiceUnavailable extends Problem {

	private static final long serialVersionUID = 1L;

	/** How long a client waits before it tries again, unless told otherwise. */
	public static final long DEFAULT_RETRY_AFTER_SECONDS = 5;

	private final long retryAfterSeconds;

	public ServiceUnavailable() {
		this(DEFAULT_RETRY_AFTER_SECONDS);
	}

	public ServiceUnavailable(long retryAfterSeconds) {
		super("The service is briefly unavailable; nothing was changed. Try again in a moment.");
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	/** Whole seconds to wait before trying again, at least 1. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	@Override
	public String type() {
		return "service-unavailable";
	}

}
