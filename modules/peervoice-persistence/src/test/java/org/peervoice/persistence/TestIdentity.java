package org.peervoice.persistence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.Site;
import org.peervoice.core.kernel.UnknownItem;

/** The demo users of the API contract, as an identity port. */
final class TestIdentity implements Identity {

	static final long COMPANY = 20097;
	static final long RIVERSIDE = 20121;
	static final long NORTHSIDE = 20145;

	private static final Set<Permission> STAFF = PeerVoiceRole.SITE_MEMBER.permissions();
	private static final Set<Permission> LEADERSHIP = PeerVoiceRole.PEER_VOICE_LEADERSHIP.permissions();
	private static final Set<Permission> SITE_ADMINISTRATOR = PeerVoiceRole.SITE_ADMINISTRATOR.permissions();

	private final String userKey;
	private final String name;
	private final Map<Long, Set<Permission>> sites;

	private TestIdentity(String userKey, String name, Map<Long, Set<Permission>> sites) {
		this.userKey = userKey;
		this.name = name;
		this.sites = sites;
	}

	static TestIdentity staff(String userKey, String name) {
		Map<Long, Set<Permission>> sites = new LinkedHashMap<>();
		sites.put(RIVERSIDE, STAFF);
		return new TestIdentity(userKey, name, sites);
	}

	static TestIdentity alex() {
		return staff("user-alex-20001", "Alex Rivera");
	}

	static TestIdentity casey() {
		return staff("user-casey-20002", "Casey Morgan");
	}

	static TestIdentity lee() {
		Map<Long, Set<Permission>> sites = new LinkedHashMap<>();
		sites.put(RIVERSIDE, LEADERSHIP);
		sites.put(NORTHSIDE, LEADERSHIP);
		return new TestIdentity("user-lee-20003", "Lee Park", sites);
	}

	static TestIdentity admin() {
		Map<Long, Set<Permission>> sites = new LinkedHashMap<>();
		sites.put(RIVERSIDE, SITE_ADMINISTRATOR);
		sites.put(NORTHSIDE, SITE_ADMINISTRATOR);
		return new TestIdentity("user-admin-20004", "Site Admin", sites);
	}

	// champion directory
	static TestIdentity champion(String userKey, String name) {
		Map<Long, Set<Permission>> sites = new LinkedHashMap<>();
		sites.put(RIVERSIDE, PeerVoiceRole.PEER_CHAMPION.permissions());
		return new TestIdentity(userKey, name, sites);
	}

	static TestIdentity guest() {
		Map<Long, Set<Permission>> sites = new LinkedHashMap<>();
		sites.put(RIVERSIDE, EnumSet.noneOf(Permission.class));
		return new TestIdentity(null, "", sites);
	}

	@Override
	public long companyId() {
		return COMPANY;
	}

	@Override
	public Optional<String> userKey() {
		return Optional.ofNullable(userKey);
	}

	@Override
	public Actor actorIn(long siteId) {
		Set<Permission> permissions = sites.get(siteId);
		if (permissions == null) {
			throw new UnknownItem("No such site.");
		}
		return new Actor(userKey, name, new Scope(COMPANY, siteId), permissions);
	}

	@Override
	public List<Site> visibleSites() {
		List<Site> visible = new ArrayList<>();
		for (Long id : sites.keySet()) {
			visible.add(new Site(id, "Site " + id));
		}
		return visible;
	}

}
