package org.peervoice.devportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.NameQuery;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.PeopleDirectory.PersonSummary;
import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.RoleGroupRules;

class DemoPeopleTest {

	private static final long COMPANY = DemoDirectory.COMPANY_ID;
	private static final long RIVERSIDE = DemoDirectory.RIVERSIDE;

	private final DemoDirectory directory = new DemoDirectory(DevPortalSettings.defaults());
	private final PeopleDirectory people = directory.people();
	private static final RoleGroupRules DEFAULTS = RoleGroupRules.defaults();

	@Test
	void theOrganizationHasAboutTwentyFivePeopleInEveryRoleGroupWhoAllSignInWithDemo() {
		assertTrue(directory.users().size() >= 25, "demo people: " + directory.users().size());
		Map<RoleGroup, Integer> riverside = people.headcount(COMPANY, RIVERSIDE, DEFAULTS);
		assertEquals(EnumSet.allOf(RoleGroup.class), riverside.keySet());
		assertTrue(riverside.get(RoleGroup.PEER_STAFF) >= 5 && riverside.get(RoleGroup.CLINICAL_STAFF) >= 5, riverside.toString());
		int members = 0;
		for (DemoUser user : directory.users()) {
			members += user.isMemberOf(RIVERSIDE) ? 1 : 0;
			assertFalse(user.jobTitle().isEmpty(), user.screenName());
			assertEquals(user.screenName() + "@example.org", user.email());
		}
		assertEquals(members, riverside.values().stream().mapToInt(Integer::intValue).sum());
		DemoSignIn signIn = new DemoSignIn(directory);
		for (DemoUser user : directory.users()) {
			assertTrue(signIn.authenticate(user.screenName(), "demo").isPresent(), user.screenName());
		}
	}

	@Test
	void theFourOriginalUsersKeepTheirKeysNamesAndRoles() {
		assertEquals(List.of("u-1001 Alex Rivera SITE_MEMBER", "u-1002 Casey Morgan PEER_CHAMPION", "u-1003 Lee Park PEER_VOICE_LEADERSHIP",
			"u-1004 Avery Admin SITE_ADMINISTRATOR"), List.of(describe("alex"), describe("casey"), describe("lee"), describe("admin")));
		assertEquals(List.of("u-1003", "u-1004"), directory.reviewersOf(new org.peervoice.core.kernel.Scope(COMPANY, RIVERSIDE)),
			"lee and admin stay the only reviewers");
	}

	@Test
	void searchFindsMembersOfTheSiteByEveryWordWithoutAccentsSortedByNameAndNeverByEmail() {
		assertEquals(List.of("José Núñez"), names(people.search(COMPANY, RIVERSIDE, "jose nunez", 10)));
		assertEquals(List.of("Beatriz Gómez", "José Núñez", "María Fernández", "Sofía Ramírez"), names(people.search(COMPANY, RIVERSIDE, "EZ", 10)));
		assertEquals(List.of(), names(people.search(COMPANY, RIVERSIDE, "example.org", 10)), "e-mail addresses are not searched");
		assertEquals(List.of(), names(people.search(COMPANY, RIVERSIDE, "tomas", 10)), "Tomás works at Northside only");
		assertEquals(List.of("Tomás Ortega"), names(people.search(COMPANY, DemoDirectory.NORTHSIDE, "tomas", 10)));
		assertEquals(List.of(), people.search(COMPANY + 1, RIVERSIDE, "jose", 10), "another company");
		assertEquals(2, people.search(COMPANY, RIVERSIDE, "a", 2).size());
	}

	@Test
	void everyGeneratedFragmentOfAnyMembersNameFindsThemWhateverTheCaseOrAccents() {
		java.util.Random random = new java.util.Random(1202);
		for (DemoUser user : directory.users()) {
			if (!user.isMemberOf(RIVERSIDE)) {
				continue;
			}
			for (int i = 0; i < 10; i++) {
				String folded = NameQuery.fold(user.displayName());
				int from = random.nextInt(folded.length());
				String fragment = folded.substring(from, Math.min(folded.length(), from + 1 + random.nextInt(4))).trim();
				if (fragment.isEmpty()) {
					continue;
				}
				String typed = random.nextBoolean() ? fragment.toUpperCase(java.util.Locale.ROOT) : fragment;
				List<PersonSummary> found = people.search(COMPANY, RIVERSIDE, typed, 20);
				assertTrue(found.stream().anyMatch(person -> person.userKey().equals(user.userKey())) || found.size() == 20,
					typed + " should find " + user.displayName());
				List<PersonSummary> sorted = new ArrayList<>(found);
				sorted.sort(PersonSummary.BY_NAME);
				assertEquals(sorted, found, "sorted by name");
			}
		}
	}

	@Test
	void membershipAndRoleGroupsAreThoseOfTheDemoDataAndOnlyForMembers() {
		assertEquals("Peer Support Specialist", people.member(COMPANY, RIVERSIDE, "u-1001").orElseThrow().jobTitle());
		assertTrue(people.member(COMPANY, RIVERSIDE, "u-1009").isEmpty(), "Tomás is not a member of Riverside");
		assertTrue(people.member(COMPANY, RIVERSIDE, "u-404").isEmpty());
		assertEquals(RoleGroup.PEER_STAFF, people.roleGroup(COMPANY, RIVERSIDE, "u-1001", DEFAULTS));
		assertEquals(RoleGroup.CLINICAL_STAFF, people.roleGroup(COMPANY, RIVERSIDE, "u-1012", DEFAULTS));
		assertEquals(RoleGroup.LEADERSHIP, people.roleGroup(COMPANY, RIVERSIDE, "u-1003", DEFAULTS));
		assertEquals(RoleGroup.OTHER_STAFF, people.roleGroup(COMPANY, RIVERSIDE, "u-1020", DEFAULTS));
		assertEquals(RoleGroup.OTHER_STAFF, people.roleGroup(COMPANY, RIVERSIDE, "u-404", DEFAULTS), "anyone unknown");
	}

	@Test
	void aSitesOwnRulesPlaceDemoPeopleByTheirRoleAndJobTitleInsteadOfTheDemoData() {
		RoleGroupRules mine = new RoleGroupRules(List.of(
			new RoleGroupRules.Rule(RoleGroupRules.Source.JOB_TITLE, "peer support specialist", RoleGroup.CLINICAL_STAFF),
			new RoleGroupRules.Rule(RoleGroupRules.Source.ROLE, "Peer Voice Leadership", RoleGroup.LEADERSHIP)));
		assertEquals(RoleGroup.CLINICAL_STAFF, people.roleGroup(COMPANY, RIVERSIDE, "u-1001", mine), "by the job title");
		assertEquals(RoleGroup.LEADERSHIP, people.roleGroup(COMPANY, RIVERSIDE, "u-1003", mine), "by the role");
		assertEquals(RoleGroup.OTHER_STAFF, people.roleGroup(COMPANY, RIVERSIDE, "u-1012", mine), "no rule names a clinician");
		Map<RoleGroup, Integer> counts = people.headcount(COMPANY, RIVERSIDE, mine);
		assertEquals(null, counts.get(RoleGroup.PEER_STAFF));
		assertEquals(people.headcount(COMPANY, RIVERSIDE, DEFAULTS).values().stream().mapToInt(Integer::intValue).sum(),
			counts.values().stream().mapToInt(Integer::intValue).sum(), "everyone still counts once");
	}

	@Test
	void extraUsersCountInTheGroupTheirRoleSuggests() {
		DemoDirectory withExtra = new DemoDirectory(DevPortalSettings.defaults()
			.extraUser("uk-x", "xena", "Xena Quill", Set.of(RIVERSIDE), PeerVoiceRole.PEER_VOICE_LEADERSHIP));
		assertEquals(RoleGroup.LEADERSHIP, withExtra.people().roleGroup(COMPANY, RIVERSIDE, "uk-x", DEFAULTS));
		assertEquals(List.of("Xena Quill"), names(withExtra.people().search(COMPANY, RIVERSIDE, "xena", 5)));
	}

	@Test
	void aPersonWhoLeftIsNoLongerAMemberNorFoundNorCountedNorSignedIn() {
		int before = people.headcount(COMPANY, RIVERSIDE, DEFAULTS).get(RoleGroup.PEER_STAFF);
		people.personLeft(COMPANY, "u-1005");
		assertTrue(people.member(COMPANY, RIVERSIDE, "u-1005").isEmpty());
		assertEquals(List.of(), people.search(COMPANY, RIVERSIDE, "jose", 10));
		assertEquals(before - 1, people.headcount(COMPANY, RIVERSIDE, DEFAULTS).get(RoleGroup.PEER_STAFF));
		assertTrue(directory.user("jose").isEmpty());
		assertTrue(new DemoSignIn(directory).authenticate("jose", "demo").isEmpty());
		assertEquals("José Núñez", people.profile(COMPANY, "u-1005").orElseThrow().displayName(), "their own profile stays");
	}

	private String describe(String screenName) {
		DemoUser user = directory.user(screenName).orElseThrow();
		return user.userKey() + " " + user.displayName() + " " + user.role().name();
	}

	private static List<String> names(List<PersonSummary> people) {
		List<String> names = new ArrayList<>();
		for (PersonSummary person : people) {
			names.add(person.displayName());
		}
		return names;
	}

}
