package org.peervoice.core.kernel;

import java.util.Objects;

/**
 * Where a record belongs: a portal instance ({@code companyId}) and one of its sites
 * ({@code siteId}, a Liferay group id). Every query filters by scope.
 */
public final class Scope {

	private final long companyId;
	private final long siteId;

	public Scope(long companyId, long siteId) {
		if (companyId <= 0 || siteId <= 0) {
			throw new IllegalArgumentException("companyId and siteId must be positive");
		}
		this.companyId = companyId;
		this.siteId = siteId;
	}

	public long companyId() {
		return companyId;
	}

	public long siteId() {
		return siteId;
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof Scope)) {
			return false;
		}
		Scope that = (Scope) other;
		return companyId == that.companyId && siteId == that.siteId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(companyId, siteId);
	}

	@Override
	public String toString() {
		return "Scope[" + companyId + "/" + siteId + "]";
	}

}
