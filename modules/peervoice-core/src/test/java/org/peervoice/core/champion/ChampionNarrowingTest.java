package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PageRequest;

/**
 * Consent narrowed or withdrawn on a published listing, with approval required (the default): applied at once, so
 * right after the save no read path (one listing, search with its facets, the worksheet, the PDF, and for champions and
 * leadership the CSV and vCard copies) of any reader shows the old value, while what adds or changes shown content
 * still waits for leadership.
 */
class ChampionNarrowingTest {

	private static final String EMAIL = "ana.narrow@example.org";
	private static final String PHONE = "+12025550177";
	private static final String EXTENSION = "5566";
	private static final String LOCATION = "Annex Room 42";
	private static final String HOURS = "Fridays 9-11 am";
	private static final String PRONOUNS = "she/ella";
	private static final String LIVED = "Peer with lived experience";

	/** Everything of Ana's listing shown to everyone. */
	private static ListingDraft everythingPublic() {
		return everythingPublic("Peer Specialist");
	}

	private static ListingDraft everythingPublic(String title) {
		return new ListingDraft("Ana Ruiz", title, ChampionCategory.PEER, "Peer roles and supervision.")
			.email(EMAIL, Audience.EVERYONE)
			.phone(PHONE, EXTENSION, Audience.EVERYONE)
			.location(LOCATION, Audience.EVERYONE)
			.officeHours(HOURS, Audience.EVERYONE)
			.preferredContact(ContactMethod.PHONE)
			.pronouns(PRONOUNS)
			.livedExperience(true)
			.programs(List.of("Outpatient", "Crisis Line"))
			.languages(List.of("English", "Tagalog"))
			.expertise(List.of("supervision", "onboarding"));
	}

	private enum Narrowing {
		EMAIL_TO_CHAMPIONS(d -> d.email(EMAIL, Audience.CHAMPIONS_AND_LEADERSHIP), List.of(EMAIL), false),
		EMAIL_TO_NOBODY(d -> d.email(EMAIL, Audience.NOBODY), List.of(EMAIL), true),
		PHONE_TO_NOBODY(d -> d.phone(PHONE, EXTENSION, Audience.NOBODY).preferredContact(null), List.of(PHONE, EXTENSION, "PHONE"), true),
		PHONE_CLEARED(d -> d.phone("", "", Audience.EVERYONE).preferredContact(null), List.of(PHONE, EXTENSION, "PHONE"), true),
		EXTENSION_CLEARED(d -> d.phone(PHONE, "", Audience.EVERYONE), List.of(EXTENSION), true),
		LOCATION_TO_CHAMPIONS(d -> d.location(LOCATION, Audience.CHAMPIONS_AND_LEADERSHIP), List.of(LOCATION), false),
		LOCATION_CLEARED(d -> d.location("", Audience.EVERYONE), List.of(LOCATION), true),
		OFFICE_HOURS_TO_NOBODY(d -> d.officeHours(HOURS, Audience.NOBODY), List.of(HOURS), true),
		OFFICE_HOURS_CLEARED(d -> d.officeHours("", Audience.EVERYONE), List.of(HOURS), true),
		PRONOUNS_CLEARED(d -> d.pronouns(""), List.of(PRONOUNS), true),
		LIVED_EXPERIENCE_OFF(d -> d.livedExperience(false), List.of(LIVED, "lived=true", ",yes"), true),
		PROGRAM_REMOVED(d -> d.programs(List.of("Outpatient")), List.of("Crisis Line"), true),
		LANGUAGE_REMOVED(d -> d.languages(List.of("English")), List.of("Tagalog"), true),
		TAG_REMOVED(d -> d.expertise(List.of("supervision")), List.of("onboarding"), true);

		final UnaryOperator<ListingDraft> edit;
		final List<String> gone;
		/** Gone for champions and leadership too, not only for staff. */
		final boolean goneForAll;

		Narrowing(UnaryOperator<ListingDraft> edit, List<String> gone, boolean goneForAll) {
			this.edit = edit;
			this.gone = gone;
			this.goneForAll = goneForAll;
		}
	}

	@TestFactory
	Stream<DynamicTest> narrowingAppliesAtOnceOnEveryReadPath() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Narrowing narrowing : Narrowing.values()) {
			tests.add(DynamicTest.dynamicTest(narrowing.name(), () -> check(narrowing)));
		}
		return tests.stream();
	}

	private static void check(Narrowing narrowing) {
		ChampionServicesFixture champions = new ChampionServicesFixture();
		String id = champions.published(champions.ana, everythingPublic()).getId();
		List<SiteMember> readers = List.of(champions.staff, champions.jose, champions.lee);
		for (SiteMember reader : readers) {
			String before = everythingSeenBy(champions, reader, id);
			// the CSV (",yes": the lived experience column) is no copy of staff's
			narrowing.gone.stream().filter(value -> reader != champions.staff || !value.equals(",yes"))
				.forEach(value -> assertTrue(before.contains(value), reader.userKey() + " saw " + value + " before: " + before));
		}

		ListingView saved = champions.listings.save(champions.ana, SITE, narrowing.edit.apply(everythingPublic()));

		assertNull(saved.getPendingRevision(), "an edit that only shows less waits for nobody");
		assertEquals(ListingStatus.PUBLISHED, saved.getWorkflow().getStatus());
		for (SiteMember reader : readers) {
			boolean goneForReader = narrowing.goneForAll || reader == champions.staff;
			String after = everythingSeenBy(champions, reader, id);
			for (String value : narrowing.gone) {
				assertEquals(goneForReader, !after.contains(value), reader.userKey() + " sees " + value + " right after the save: " + after);
			}
			assertTrue(after.contains("Ana Ruiz") && after.contains("Peer roles and supervision."), "the rest stays published");
		}
		assertTrue(champions.approvals.queue(champions.lee, SITE, ChampionApprovals.Queue.SUBMITTED).isEmpty(), "nothing for leadership to approve");
	}

	/** Every string of every read path the reader has, with the lived experience mark of the views as {@code lived=...}. */
	private static String everythingSeenBy(ChampionServicesFixture champions, SiteMember reader, String id) {
		List<String> seen = new ArrayList<>();
		DirectoryPage page = champions.directory.search(reader, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20));
		ListingVisibilityTest.collect(page, seen);
		page.getItems().forEach(item -> seen.add("lived=" + item.isLivedExperience()));
		for (String text : List.of("crisis", "tagalog", "onboarding")) {
			if (champions.directory.search(reader, SITE, new DirectoryQuery(text, null, null, null, null, null, "en"), PageRequest.of(1, 20))
				.getTotalCount() > 0) {
				seen.add("found by " + text);
			}
		}
		ListingView one = champions.directory.listing(reader, SITE, id);
		ListingVisibilityTest.collect(one, seen);
		seen.add("lived=" + one.isLivedExperience());
		ListingVisibilityTest.collect(champions.directory.worksheet(reader, SITE, "en"), seen);
		seen.add(ListingVisibilityTest.pdfText(champions.export.worksheetPdf(reader, SITE, "en")));
		if (Viewer.isChampionOrLeadership(reader.actorIn(SITE))) {
			seen.add(champions.export.csv(reader, SITE, "en").replace("\r\n", "\n"));
			seen.add(ListingVisibilityTest.written(champions.export.vcards(reader, SITE, "en")));
			seen.add(ListingVisibilityTest.written(champions.export.vcard(reader, SITE, id, "en")));
		}
		return String.join("\n", seen);
	}

	@Test
	void aMixedEditAppliesTheNarrowingNowAndKeepsTheRestPending() {
		ChampionServicesFixture champions = new ChampionServicesFixture();
		String id = champions.published(champions.ana, everythingPublic()).getId();

		ListingView saved = champions.listings.save(champions.ana, SITE, everythingPublic("Lead Peer Specialist").email(EMAIL, Audience.NOBODY)
			.officeHours("Mondays 1-3 pm", Audience.EVERYONE).programs(List.of("Outpatient", "Youth Services")));

		assertNotNull(saved.getPendingRevision(), "what adds or changes waits for leadership");
		String staffSees = everythingSeenBy(champions, champions.staff, id);
		assertFalse(staffSees.contains(EMAIL), "the withdrawn e-mail is gone at once");
		assertFalse(staffSees.contains("Crisis Line"), "the removed program is gone at once");
		assertTrue(staffSees.contains("Peer Specialist") && !staffSees.contains("Lead Peer Specialist"), "the new title waits");
		assertTrue(staffSees.contains(HOURS) && !staffSees.contains("Mondays 1-3 pm"), "changed office hours wait");
		assertFalse(staffSees.contains("Youth Services"), "an added program waits");

		champions.approvals.approve(champions.lee, SITE, id);
		String approved = everythingSeenBy(champions, champions.staff, id);
		assertTrue(approved.contains("Lead Peer Specialist") && approved.contains("Mondays 1-3 pm") && approved.contains("Youth Services"));
		assertFalse(approved.contains(EMAIL) || approved.contains("Crisis Line"), "approval keeps the narrowing");
	}

	@Test
	void aDeclinedRevisionNeverBringsBackWhatWasWithdrawn() {
		ChampionServicesFixture champions = new ChampionServicesFixture();
		String id = champions.published(champions.ana, everythingPublic()).getId();
		champions.listings.save(champions.ana, SITE, everythingPublic("Lead Peer Specialist").livedExperience(false));

		champions.approvals.decline(champions.lee, SITE, id, "Keep the title as HR has it.");

		ListingView shown = champions.directory.listing(champions.staff, SITE, id);
		assertFalse(shown.isLivedExperience(), "the mark stays off");
		assertEquals("Peer Specialist", shown.getTitle());
	}

	@Test
	void wideningStillWaitsForLeadership() {
		ChampionServicesFixture champions = new ChampionServicesFixture();
		String id = champions.published(champions.ana, everythingPublic().email(EMAIL, Audience.NOBODY).livedExperience(false)).getId();

		ListingView saved = champions.listings.save(champions.ana, SITE, everythingPublic());

		assertNotNull(saved.getPendingRevision());
		String staffSees = everythingSeenBy(champions, champions.staff, id);
		assertFalse(staffSees.contains(EMAIL) || staffSees.contains(LIVED), "shown only once leadership approves");
		champions.approvals.approve(champions.lee, SITE, id);
		assertTrue(everythingSeenBy(champions, champions.staff, id).contains(EMAIL));
	}

	@Test
	void aPureNarrowingReplacesAPendingRevision() {
		ChampionServicesFixture champions = new ChampionServicesFixture();
		String id = champions.published(champions.ana, everythingPublic()).getId();
		assertNotNull(champions.listings.save(champions.ana, SITE, everythingPublic("Lead Peer Specialist")).getPendingRevision());

		ListingView saved = champions.listings.save(champions.ana, SITE, everythingPublic().pronouns(""));

		assertNull(saved.getPendingRevision(), "the owner's latest edit is the whole of what they want");
		assertTrue(champions.approvals.queue(champions.lee, SITE, ChampionApprovals.Queue.SUBMITTED).isEmpty());
		assertNull(champions.directory.listing(champions.staff, SITE, id).getPronouns());
		assertEquals("Peer Specialist", champions.directory.listing(champions.staff, SITE, id).getTitle());
	}

}
