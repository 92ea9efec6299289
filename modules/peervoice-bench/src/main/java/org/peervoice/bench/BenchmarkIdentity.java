package org.peervoice.bench;

import java.util.List;
import java.util.Optional;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.Site;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.kernel.PeerVoiceRole;

/** A staff member (or a leader) of the one benchmark site, as the identity port. */
final class BenchmarkIdentity implements Identity {

	static final long COMPANY = 20097;
	static final long SITE = 20121;

	private final String userKey;
	private final String name;
	private final PeerVoiceRole role;

	private BenchmarkIdentity(String userKey, String name, PeerVoiceRole role) {
		this.userKey = userKey;
		this.name = name;
		this.role = role;
	}

	static BenchmarkIdentity staff(String userKey) {
		return new BenchmarkIdentity(userKey, "Staff " + userKey, PeerVoiceRole.SITE_MEMBER);
	}

	/** Leadership of the site (champion directory copies are for champions and leadership). */
	static BenchmarkIdentity leadership(String userKey) {
		return new BenchmarkIdentity(userKey, "Leader " + userKey, PeerVoiceRole.PEER_VOICE_LEADERSHIP);
	}

	@Override
	public long companyId() {
		return COMPANY;
	}

	@Override
	public Optional<String> userKey() {
		return Optional.of(userKey);
	}

	@Override
	public Actor actorIn(long siteId) {
		if (siteId != SITE) {
			throw new UnknownItem("No such site.");
		}
		return new Actor(userKey, name, new Scope(COMPANY, siteId), role.permissions());
	}

	@Override
	public List<Site> visibleSites() {
		return List.of(new Site(SITE, "Benchmark Clinic"));
	}

}
