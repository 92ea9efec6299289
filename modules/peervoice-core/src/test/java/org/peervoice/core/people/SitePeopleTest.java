package org.peervoice.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Departures;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.PeopleDirectory.PersonSummary;
import org.peervoice.core.kernel.UnknownItem;

class SitePeopleTest {

	private final List<String> left = new ArrayList<>();

	/** A careless host: returns a stranger whose name does not match, and more people than asked for, unsorted. */
	private final PeopleDirectory careless = new PeopleDirectory() {

		@Override
		public Optional<Profile> profile(long companyId, String userKey) {
			return Optional.empty();
		}

		@Override
		public List<PersonSummary> search(long companyId, long siteId, String text, int limit) {
			return List.of(new PersonSummary("k-zoe", "Zoé Ruiz", "Clinician"), new PersonSummary("k-ana", "Ana Ruiz", "Peer Support Specialist"),
				new PersonSummary("k-x", "Someone Else", "matched on e-mail"), new PersonSummary("k-bo", "Bo Ruiz", ""));
		}

		@Override
		public Optional<PersonSummary> member(long companyId, long siteId, String userKey) {
			return "k-ana".equals(userKey) && siteId == SiteMember.SITE ? Optional.of(new PersonSummary("k-ana", "Ana Ruiz", "")) : Optional.empty();
		}

		@Override
		public void personLeft(long companyId, String userKey) {
			left.add(userKey);
		}

	};

	private final List<String> championsLeft = new ArrayList<>();
	private final SitePeople people = new SitePeople(careless, new Departures() {

		@Override
		public void personLeft(long companyId, String userKey) {
			championsLeft.add(companyId + "/" + userKey);
		}

		@Override
		public void personDeleted(long companyId, String userKey) {
			throw new AssertionError("an administrator's action never deletes");
		}

	});

	@Test
	void findsOnlyNameMatchesSortedByNameAndNoMoreThanTheLimitWhateverTheHostReturns() {
		List<PersonSummary> found = people.search(SiteMember.staff("k-sam"), SiteMember.SITE, "ruiz", 3);
		assertEquals(List.of("k-ana", "k-bo", "k-zoe"), keys(found));
		assertEquals(List.of("k-ana", "k-bo"), keys(people.search(SiteMember.staff("k-sam"), SiteMember.SITE, "RUIZ", 2)));
	}

	@Test
	void refusesGuestsOtherSitesBlankOrLongTextAndLimitsOutOfRange() {
		assertThrows(NotSignedIn.class, () -> people.search(SiteMember.guest(), SiteMember.SITE, "ana", 5));
		assertThrows(UnknownItem.class, () -> people.search(SiteMember.staff("k-sam"), SiteMember.OTHER_SITE, "ana", 5));
		for (String text : new String[] {null, "", "   ", "x".repeat(PeopleLimits.SEARCH_TEXT + 1)}) {
			InvalidInput invalid = assertThrows(InvalidInput.class, () -> people.search(SiteMember.staff("k-sam"), SiteMember.SITE, text, 5));
			assertTrue(invalid.fieldErrors().containsKey("q"));
		}
		for (int limit : new int[] {Integer.MIN_VALUE, 0, PeopleLimits.SEARCH_LIMIT_MAX + 1}) {
			InvalidInput invalid = assertThrows(InvalidInput.class, () -> people.search(SiteMember.staff("k-sam"), SiteMember.SITE, "ana", limit));
			assertTrue(invalid.fieldErrors().containsKey("limit"));
		}
		assertEquals(List.of(), people.search(SiteMember.staff("k-sam"), SiteMember.SITE, "x".repeat(PeopleLimits.SEARCH_TEXT), PeopleLimits.SEARCH_LIMIT_MAX));
	}

	@Test
	void onlyAnAdministratorMarksAMemberOfTheSiteAsLeft() {
		assertThrows(NotPermitted.class, () -> people.personLeft(SiteMember.withRole("k-lee", PeerVoiceRole.PEER_VOICE_LEADERSHIP), SiteMember.SITE, "k-ana"));
		SiteMember admin = SiteMember.withRole("k-admin", PeerVoiceRole.SITE_ADMINISTRATOR);
		assertThrows(UnknownItem.class, () -> people.personLeft(admin, SiteMember.SITE, "k-stranger"));
		assertEquals(List.of(), left);
		people.personLeft(admin, SiteMember.SITE, "k-ana");
		assertEquals(List.of("k-ana"), left);
		assertEquals(List.of(SiteMember.COMPANY + "/k-ana"), championsLeft);
	}

	private static List<String> keys(List<PersonSummary> people) {
		List<String> keys = new ArrayList<>();
		for (PersonSummary person : people) {
			keys.add(person.userKey());
		}
		return keys;
	}

}
