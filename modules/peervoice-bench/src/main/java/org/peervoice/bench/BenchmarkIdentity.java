package org.peervoice.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.Site;
import org.peervoice.core.kernel.UnknownItem;

/** A staff member of the one benchmark site, as the identity port. */
final class BenchmarkIdentity implements Identity {

	@Override
	public boolean isSignedIn() {
		return true;
	}

	static final long COMPANY = 20097;
	static final long SITE = 20121;

	private static final Set<Permission> STAFF = EnumSet.of(Permission.VIEW, Permission.SUBMIT, Permission.VOTE, Permission.RECOGNIZE);

	private final String userKey;
	private final String name;

	private BenchmarkIdentity(String userKey, String name) {
		this.userKey = userKey;
		this.name = name;
	}

	static BenchmarkIdentity staff(String userKey) {
		return new BenchmarkIdentity(userKey, "Staff " + userKey);
	}

	@Override
	public long companyId() {
		return COMPANY;
	}

	@Override
	public Actor actorIn(long siteId) {
		if (siteId != SITE) {
			throw new UnknownItem("No such site.");
		}
		return new Actor(userKey, name, new Scope(COMPANY, siteId), STAFF);
	}

	@Override
	public List<Site> visibleSites() {
		return List.of(new Site(SITE, "Benchmark Clinic"));
	}

}
