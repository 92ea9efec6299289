package org.peervoice.core.kernel;

/**
 * Where a record belongs: a portal instance ({@code companyId}) and one of its sites
 * ({@code siteId}, a Liferay group id). Every query filters by scope.
 */
public record Scope(long companyId, long siteId) {

	public Scope {
		if (companyId <= 0 || siteId <= 0) {
			throw new IllegalArgumentException("companyId and siteId must be positive");
		}
	}

}
