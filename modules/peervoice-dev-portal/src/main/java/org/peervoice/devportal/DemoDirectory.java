package org.peervoice.devportal;

import static org.peervoice.core.kernel.PeopleDirectory.RoleGroup.CLINICAL_STAFF;
import static org.peervoice.core.kernel.PeopleDirectory.RoleGroup.LEADERSHIP;
import static org.peervoice.core.kernel.PeopleDirectory.RoleGroup.OTHER_STAFF;
import static org.peervoice.core.kernel.PeopleDirectory.RoleGroup.PEER_STAFF;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.NameQuery;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.RoleGroupRules;
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
	private static final String LOAD_TEST_KEY_PREFIX = "u-load-";

	private final Map<Long, Site> sites = new LinkedHashMap<>();
	private final Map<String, DemoUser> usersByScreenName = new LinkedHashMap<>();
	private final Set<String> leavers = ConcurrentHashMap.newKeySet();

	@Inject
	DemoDirectory(DevPortalSettings settings) {
		addSite(new Site(RIVERSIDE, "Riverside Community Clinic"));
		addSite(new Site(NORTHSIDE, "Northside Recovery Center"));
		addUser(new DemoUser("u-1001", "alex", "Alex Rivera", Set.of(RIVERSIDE), PeerVoiceRole.SITE_MEMBER, "Peer Support Specialist", PEER_STAFF));
		addUser(new DemoUser("u-1002", "casey", "Casey Morgan", Set.of(RIVERSIDE), PeerVoiceRole.PEER_CHAMPION, "Recovery Coach", PEER_STAFF));
		addUser(new DemoUser("u-1003", "lee", "Lee Park", Set.of(RIVERSIDE, NORTHSIDE), PeerVoiceRole.PEER_VOICE_LEADERSHIP, "Director of Peer Services",
			LEADERSHIP));
		addUser(new DemoUser("u-1004", "admin", "Avery Admin", Set.of(RIVERSIDE, NORTHSIDE), PeerVoiceRole.SITE_ADMINISTRATOR, "Systems Administrator",
			OTHER_STAFF));
		addStaff();
		for (DemoUser extra : settings.extraUsers()) {
			addUser(extra);
		}
		for (int i = 1; i <= settings.loadTestUsers(); i++) {
			addUser(new DemoUser(LOAD_TEST_KEY_PREFIX + i, "load-" + i, "Load User " + i, Set.of(RIVERSIDE), PeerVoiceRole.SITE_MEMBER));
		}
	}

	/** A synthetic user of the load-test directory (DevPortalSettings.loadTestUsers), never there by default. */
	static boolean isLoadTestUser(DemoUser user) {
		return user.userKey().startsWith(LOAD_TEST_KEY_PREFIX);
	}

	/*
	 * The rest of the organization, for the people picker, role-group equity and champion listings: staff only in
	 * Peer Voice (some champions), so that lee and admin stay the only reviewers. Names with accents show that
	 * searches without them still find people.
	 */
	private void addStaff() {
		staff("u-1005", "jose", "José Núñez", "Peer Support Specialist", PEER_STAFF, PeerVoiceRole.PEER_CHAMPION, RIVERSIDE);
		staff("u-1006", "maria", "María Fernández", "Recovery Coach", PEER_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1007", "jordan", "Jordan Ellis", "Recovery Coach", PEER_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1008", "sofia", "Sofía Ramírez", "Peer Support Specialist", PEER_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE, NORTHSIDE);
		staff("u-1009", "tomas", "Tomás Ortega", "Peer Support Specialist", PEER_STAFF, PeerVoiceRole.SITE_MEMBER, NORTHSIDE);
		staff("u-1010", "kim", "Kim Nguyen", "Recovery Coach", PEER_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1011", "dana", "Dana Whitfield", "Peer Services Supervisor", PEER_STAFF, PeerVoiceRole.PEER_CHAMPION, RIVERSIDE);
		staff("u-1012", "priya", "Priya Shah", "Licensed Clinical Social Worker", CLINICAL_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1013", "marcus", "Marcus Bell", "Psychiatric Nurse Practitioner", CLINICAL_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1014", "elena", "Elena Castillo", "Licensed Professional Counselor", CLINICAL_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1015", "sam", "Sam O'Connor", "Registered Nurse", CLINICAL_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE, NORTHSIDE);
		staff("u-1016", "noah", "Noah Brooks", "Addiction Counselor", CLINICAL_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1017", "renee", "Renée Dubois", "Clinical Supervisor", CLINICAL_STAFF, PeerVoiceRole.PEER_CHAMPION, RIVERSIDE);
		staff("u-1018", "grace", "Grace Liu", "HR Generalist", OTHER_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1019", "omar", "Omar Haddad", "Human Resources Manager", OTHER_STAFF, PeerVoiceRole.PEER_CHAMPION, RIVERSIDE, NORTHSIDE);
		staff("u-1020", "beatriz", "Beatriz Gómez", "Finance Officer", OTHER_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1021", "ethan", "Ethan Clarke", "Billing Specialist", OTHER_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1022", "lucia", "Lucía Torres", "Front Desk Coordinator", OTHER_STAFF, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1023", "helen", "Helen Okafor", "Executive Director", LEADERSHIP, PeerVoiceRole.PEER_CHAMPION, RIVERSIDE, NORTHSIDE);
		staff("u-1024", "raj", "Raj Patel", "Clinical Director", LEADERSHIP, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
		staff("u-1025", "monique", "Monique Carter", "Program Manager", LEADERSHIP, PeerVoiceRole.SITE_MEMBER, RIVERSIDE);
	}

	private void staff(String userKey, String screenName, String name, String jobTitle, RoleGroup group, PeerVoiceRole role, Long... siteIds) {
		addUser(new DemoUser(userKey, screenName, name, Set.of(siteIds), role, jobTitle, group));
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

	/** A demo account that has not left: one that left can no longer sign in, and its sessions end. */
	Optional<DemoUser> user(String screenName) {
		return Optional.ofNullable(screenName == null ? null : usersByScreenName.get(screenName.toLowerCase(Locale.ROOT)))
			.filter(user -> !leavers.contains(user.userKey()));
	}

	/** Every demo account, also those that left (their passwords are hashed once, at start). */
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

	// people directory
	/**
	 * The demo organization as the {@link PeopleDirectory} port: profiles prefill what people write about themselves
	 * (the display name, an address at example.org, the job title); searches, membership and role groups cover the
	 * members of each site who have not left.
	 */
	PeopleDirectory people() {
		return new DemoPeople();
	}

	private List<DemoUser> activeMembers(long companyId, long siteId) {
		List<DemoUser> members = new ArrayList<>();
		for (DemoUser user : usersByScreenName.values()) {
			if (companyId == COMPANY_ID && user.isMemberOf(siteId) && !leavers.contains(user.userKey())) {
				members.add(user);
			}
		}
		return members;
	}

	private static PeopleDirectory.PersonSummary summary(DemoUser user) {
		return new PeopleDirectory.PersonSummary(user.userKey(), user.displayName(), user.jobTitle());
	}

	private final class DemoPeople implements PeopleDirectory {

		@Override
		public Optional<Profile> profile(long companyId, String userKey) {
			return usersByScreenName.values().stream()
				.filter(user -> companyId == COMPANY_ID && user.userKey().equals(userKey))
				.findFirst()
				.map(user -> new Profile(user.displayName(), user.email(), user.jobTitle()));
		}

		@Override
		public List<PersonSummary> search(long companyId, long siteId, String text, int limit) {
			NameQuery query = NameQuery.of(text);
			return activeMembers(companyId, siteId).stream()
				.filter(user -> query.matches(user.displayName()))
				.map(DemoDirectory::summary)
				.sorted(PersonSummary.BY_NAME)
				.limit(Math.max(0, limit))
				.collect(Collectors.toList());
		}

		@Override
		public Optional<PersonSummary> member(long companyId, long siteId, String userKey) {
			return activeMembers(companyId, siteId).stream().filter(user -> user.userKey().equals(userKey)).findFirst().map(DemoDirectory::summary);
		}

		@Override
		public RoleGroup roleGroup(long companyId, long siteId, String userKey, RoleGroupRules rules) {
			return activeMembers(companyId, siteId).stream().filter(user -> user.userKey().equals(userKey)).findFirst()
				.map(user -> groupOf(user, rules)).orElse(RoleGroup.OTHER_STAFF);
		}

		@Override
		public Map<RoleGroup, Integer> headcount(long companyId, long siteId, RoleGroupRules rules) {
			Map<RoleGroup, Integer> counts = new EnumMap<>(RoleGroup.class);
			for (DemoUser user : activeMembers(companyId, siteId)) {
				counts.merge(groupOf(user, rules), 1, Integer::sum);
			}
			return counts;
		}

		/**
		 * The demo organization places its people itself; once a site stores rules of its own they decide, from the
		 * person's Peer Voice role and job title (demo people are in no user group), as they would in Liferay.
		 */
		private RoleGroup groupOf(DemoUser user, RoleGroupRules rules) {
			if (rules.isDefault()) {
				return user.roleGroup();
			}
			return rules.groupOf(List.of(user.role().roleName()), List.of(), user.jobTitle());
		}

		@Override
		public void personLeft(long companyId, String userKey) {
			if (companyId == COMPANY_ID) {
				leavers.add(userKey);
			}
		}

	}

}
