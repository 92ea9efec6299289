package org.peervoice.devportal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.Site;
import org.peervoice.core.kernel.UnknownItem;

/**
 * The dev portal's company, sites and users: fixed demo data standing in for Liferay's. Every
 * demo user signs in with the password {@value #DEMO_PASSWORD} and holds one {@link PeerVoiceRole}
 * in its sites, with that role's default permissions.
 */
@Singleton
public class DemoDirectory {

	public static final long COMPANY_ID = 20097;
	public static final long RIVERSIDE = 20121;
	public static final long NORTHSIDE = 20145;
	static final String DEMO_PASSWORD = "demo";

	private final Map<Long, Site> sites = new LinkedHashMap<>();
	private final Map<String, DemoUser> usersByScreenName = new LinkedHashMap<>();

	@Inject
	DemoDirectory(DevPortalSettings settings) {
		addSite(new Site(RIVERSIDE, "Riverside Community Clinic"));
		addSite(new Site(NORTHSIDE, "Northside Recovery Center"));
		addUser(new DemoUser("u-1001", "alex", "Alex Rivera", Set.of(RIVERSIDE), PeerVoiceRole.SITE_MEMBER));
		addUser(new DemoUser("u-1002", "casey", "Casey Morgan", Set.of(RIVERSIDE), PeerVoiceRole.PEER_CHAMPION));
		addUser(new DemoUser("u-1003", "lee", "Lee Park", Set.of(RIVERSIDE, NORTHSIDE), PeerVoiceRole.PEER_VOICE_LEADERSHIP));
		addUser(new DemoUser("u-1004", "admin", "Avery Admin", Set.of(RIVERSIDE, NORTHSIDE), PeerVoiceRole.SITE_ADMINISTRATOR));
		for (DemoUser extra : settings.extraUsers()) {
			addUser(extra);
		}
	}

	private void addSite(Site site) {
		sites.put(site.id(), site);
	}

	private void addUser(DemoUser user) {
		usersByScreenName.put(user.screenName().toLowerCase(Locale.ROOT), user);
	}

	long companyId() {
		return COMPANY_ID;
	}

	Optional<DemoUser> user(String screenName) {
		return Optional.ofNullable(screenName == null ? null : usersByScreenName.get(screenName.toLowerCase(Locale.ROOT)));
	}

	List<DemoUser> users() {
		return List.copyOf(usersByScreenName.values());
	}

	Optional<Site> site(long siteId) {
		return Optional.ofNullable(sites.get(siteId));
	}

	/** The user keys of the site's members who hold REVIEW there: who gets the site's review digest. */
	List<String> reviewersOf(Scope site) {
		List<String> reviewers = new ArrayList<>();
		for (DemoUser user : usersByScreenName.values()) {
			if (site.companyId() == COMPANY_ID && user.isMemberOf(site.siteId()) && user.permissions().contains(Permission.REVIEW)) {
				reviewers.add(user.userKey());
			}
		}
		return reviewers;
	}

	/** The sites a user belongs to, in directory order; none for a guest ({@code null}). */
	List<Site> sitesOf(DemoUser user) {
		if (user == null) {
			return Collections.emptyList();
		}
		List<Site> visible = new ArrayList<>();
		for (Site site : sites.values()) {
			if (user.isMemberOf(site.id())) {
				visible.add(site);
			}
		}
		return visible;
	}

	/**
	 * The user acting in a site; a guest ({@code null}) is the same permission-less guest in every
	 * site id, existing or not, because the demo intranet has no public pages.
	 *
	 * @throws UnknownItem when the site does not exist or the user is not a member
	 */
	Actor actorIn(DemoUser user, long siteId) {
		Scope scope = new Scope(COMPANY_ID, siteId);
		if (user == null) {
			// the same guest, without permissions, whether or not the site exists: guests must not learn site ids
			return Actor.guest(scope);
		}
		if (!sites.containsKey(siteId) || !user.isMemberOf(siteId)) {
			throw new UnknownItem("There is no site " + siteId + ".");
		}
		return new Actor(user.userKey(), user.displayName(), scope, user.permissions());
	}

	// champion directory
	/**
	 * The demo users' profiles, which prefill what they write about themselves: the display name, an address at
	 * example.org (a domain that never delivers) and the role's name as a job title.
	 */
	PeopleDirectory people() {
		return (companyId, userKey) -> usersByScreenName.values().stream()
			.filter(user -> companyId == COMPANY_ID && user.userKey().equals(userKey))
			.findFirst()
			.map(user -> new PeopleDirectory.Profile(user.displayName(), user.screenName() + "@example.org", user.role().roleName()));
	}

}
