package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.champion.Audience;
import org.peervoice.core.champion.ChampionCategory;
import org.peervoice.core.champion.ChampionDirectory;
import org.peervoice.core.champion.ChampionSettings;
import org.peervoice.core.champion.ContactMethod;
import org.peervoice.core.champion.DirectoryPage;
import org.peervoice.core.champion.DirectoryQuery;
import org.peervoice.core.champion.ListingDraft;
import org.peervoice.core.champion.ListingView;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.Site;

/**
 * The champion directory's per-node answers (DirectoryAnswers) on a real database, with two nodes on it and a third
 * that keeps no answers (the reference): served with no statement within the bound, fresh after every kind of write on
 * the node, another node's write seen after the bound, no field crossing visibility classes, no site or company
 * crossing. Run per database.
 */
abstract class ChampionAnswersContract {

	private static final long SITE = SiteMember.SITE;
	private static final long OTHER_COMPANY = SiteMember.COMPANY + 1;
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);
	private static final Duration BOUND = ChampionDirectory.ANSWERS_CHECKED_EVERY;

	private final SiteMember ana = SiteMember.named("user-ana-20010", "Ana Ruiz", PeerVoiceRole.PEER_CHAMPION, SITE, SiteMember.OTHER_SITE);
	private final SiteMember jose = SiteMember.named("user-jose-20011", "José Núñez", PeerVoiceRole.PEER_CHAMPION, SITE);
	private final SiteMember bea = SiteMember.named("user-bea-20012", "Bea Soto", PeerVoiceRole.PEER_CHAMPION, SITE);
	private final SiteMember alex = SiteMember.named("user-alex-20001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SITE, SiteMember.OTHER_SITE);
	private final SiteMember lee = SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE, SiteMember.OTHER_SITE);
	private final SiteMember admin = SiteMember.named("user-admin-20004", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SITE);

	private DataSource dataSource;
	/** Counts every connection taken and every statement prepared on node A. */
	private CountingDataSource counted;
	private PeerVoiceDatabase nodeA;
	private PeerVoiceDatabase nodeB;
	private PeerVoiceDatabase reference;
	private MovableClock clock;
	private PeerVoiceServices a;
	private PeerVoiceServices b;
	private PeerVoiceServices uncached;

	abstract DataSource createDataSource() throws Exception;

	abstract void dropDataSource(DataSource dataSource) throws Exception;

	@BeforeEach
	void openNodes() throws Exception {
		dataSource = createDataSource();
		clock = new MovableClock(Instant.parse("2026-11-23T14:37:21.123Z"));
		counted = new CountingDataSource(dataSource);
		nodeA = PeerVoiceDatabase.open(counted.dataSource());
		nodeB = PeerVoiceDatabase.open(dataSource);
		a = new PeerVoiceServices(nodeA.unitOfWork(), () -> SECRET.clone(), clock, PeopleDirectory.NONE);
		b = new PeerVoiceServices(nodeB.unitOfWork(), () -> SECRET.clone(), clock, PeopleDirectory.NONE);
		reference = PeerVoiceDatabase.open(dataSource);
		System.setProperty(ChampionDirectory.NO_ANSWERS_KEPT, "true");
		try {
			uncached = new PeerVoiceServices(reference.unitOfWork(), () -> SECRET.clone(), clock, PeopleDirectory.NONE);
		}
		finally {
			System.clearProperty(ChampionDirectory.NO_ANSWERS_KEPT);
		}
	}

	@AfterEach
	void closeNodes() throws Exception {
		nodeA.close();
		nodeB.close();
		reference.close();
		dropDataSource(dataSource);
	}

	private static ListingDraft draft(String name) {
		return new ListingDraft(name, "Especialista de apoyo entre pares", ChampionCategory.PEER, "Preguntas sobre el rol.")
			.email(name.replaceAll("[^A-Za-z]", "").toLowerCase() + "@example.org", Audience.EVERYONE)
			.phone("+34 912 34 56 78", "205", Audience.CHAMPIONS_AND_LEADERSHIP)
			.location("Edificio B, sala 2", Audience.NOBODY)
			.officeHours("Martes 14–16 h", Audience.EVERYONE)
			.preferredContact(ContactMethod.PHONE)
			.programs(List.of("Consultas externas"))
			.languages(List.of("Español"))
			.expertise(List.of("supervisión"));
	}

	private void publish(PeerVoiceServices node, SiteMember owner, long site, ListingDraft draft) {
		node.championListings().save(owner, site, draft);
		node.championApprovals().approve(lee, site, node.championListings().submit(owner, site).getId());
	}

	private static final List<DirectoryQuery> QUERIES = List.of(DirectoryQuery.everything(),
		new DirectoryQuery("ruiz", null, null, null, null, null, "es"),
		new DirectoryQuery(null, ChampionCategory.PEER, "Consultas externas", null, null, null, "en"));

	private List<SiteMember> viewers() {
		return List.of(alex, jose, lee, ana);
	}

	/** Everything a page shows, every getter of every listing (null fields as null), the counts and the letters. */
	private static String shown(DirectoryPage page) {
		StringBuilder shown = new StringBuilder("total " + page.getTotalCount());
		for (ListingView view : page.getItems()) {
			shown.append('\n').append(getters(view));
		}
		shown.append("\ncategories ").append(getters(page.getCategories())).append(" programs ").append(getters(page.getPrograms()))
			.append(" languages ").append(getters(page.getLanguages())).append(" expertise ").append(getters(page.getExpertise()))
			.append(" letters ").append(getters(page.getLetters()));
		return shown.toString();
	}

	private static String getters(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum
			|| value instanceof Instant) {
			return String.valueOf(value);
		}
		if (value instanceof Collection) {
			return ((Collection<?>) value).stream().map(ChampionAnswersContract::getters).collect(Collectors.joining(", ", "[", "]"));
		}
		StringBuilder all = new StringBuilder("{");
		Arrays.stream(value.getClass().getMethods()).filter(m -> m.getParameterCount() == 0 && m.getDeclaringClass() == value.getClass()
			&& (m.getName().startsWith("get") || m.getName().startsWith("is"))).sorted(Comparator.comparing(Method::getName)).forEach(m -> {
				try {
					all.append(m.getName()).append('=').append(getters(m.invoke(value))).append(' ');
				}
				catch (ReflectiveOperationException failed) {
					throw new AssertionError(failed);
				}
			});
		return all.append('}').toString();
	}

	private String search(PeerVoiceServices node, Identity who, long site, DirectoryQuery query) {
		return shown(node.championDirectory().search(who, site, query, PageRequest.of(1, 20)));
	}

	/** Node A's answer to every viewer and query, asked twice (the second from memory), against the reference's. */
	private List<String> assertNodeAAnswersAsTheReference(String after) {
		List<String> answers = new ArrayList<>();
		for (SiteMember viewer : viewers()) {
			for (DirectoryQuery query : QUERIES) {
				String expected = search(uncached, viewer, SITE, query);
				assertEquals(expected, search(a, viewer, SITE, query), after + ": " + viewer.userKey().orElseThrow() + " " + query);
				assertEquals(expected, search(a, viewer, SITE, query), after + ", asked again");
				answers.add(expected);
			}
		}
		return answers;
	}

	@Test
	void aKeptAnswerIsServedWithNoStatementWithinTheBoundAndTheRevisionIsReadAfterIt() {
		publish(a, ana, SITE, draft("Ana Ruiz"));
		String first = search(a, alex, SITE, DirectoryQuery.everything());

		counted.reset();
		clock.advance(BOUND.minusMillis(1));
		assertEquals(first, search(a, alex, SITE, DirectoryQuery.everything()));
		assertEquals(0, (counted.connections() + counted.statements()), "served from memory: no connection, no statement");

		clock.advance(Duration.ofMillis(1));
		assertEquals(first, search(a, alex, SITE, DirectoryQuery.everything()));
		assertTrue((counted.connections() + counted.statements()) > 0, "the bound passed: the revision is read");
		counted.reset();
		assertEquals(first, search(a, alex, SITE, DirectoryQuery.everything()));
		assertEquals(0, (counted.connections() + counted.statements()), "the revision was unchanged: the same answer, again from memory");
	}

	/** Every kind of write the directory knows, in turn on node A; after each, node A answers as the reference does. */
	@Test
	void everyKindOfWriteMakesTheNextSearchOnThisNodeFresh() {
		publish(a, ana, SITE, draft("Ana Ruiz"));
		publish(a, jose, SITE, draft("José Núñez"));
		List<Named> writes = List.of(
			new Named("a listing approved", true, () -> publish(a, bea, SITE, draft("Bea Soto Ruiz"))),
			new Named("consent narrowed (saved, no approval needed)", true,
				() -> a.championListings().save(jose, SITE, draft("José Núñez").phone("+34 912 34 56 78", "205", Audience.NOBODY))),
			new Named("an edit submitted (waits for approval)", false,
				() -> a.championListings().save(ana, SITE, draft("Ana Ruiz").officeHours("Jueves 10–12 h", Audience.EVERYONE))),
			new Named("the edit approved", true,
				() -> a.championApprovals().approve(lee, SITE, a.championListings().mine(ana, SITE).getId())),
			new Named("an edit declined", false, () -> {
				a.championListings().save(ana, SITE, draft("Ana Ruiz").officeHours("Viernes", Audience.EVERYONE));
				a.championApprovals().decline(lee, SITE, a.championListings().mine(ana, SITE).getId(), "No, gracias.");
			}),
			new Named("time passes, the listings are confirmed", false, () -> {
				clock.advance(Duration.ofDays(100));
				a.championListings().confirm(ana, SITE);
				a.championListings().confirm(bea, SITE);
			}),
			new Named("settings changed: José unconfirmed for 100 days is stale", true,
				() -> a.championSettings().updateSettings(admin, SITE, new ChampionSettings(true, 60, 10, "ES"))),
			new Named("a listing's owner confirms again", true, () -> a.championListings().confirm(jose, SITE)),
			new Named("a person left", true, () -> a.departures().personLeft(SiteMember.COMPANY, "user-bea-20012")),
			new Named("a listing deleted", true, () -> a.championListings().delete(jose, SITE)),
			new Named("an account deleted", true, () -> a.departures().personDeleted(SiteMember.COMPANY, "user-ana-20010")));
		List<String> before = assertNodeAAnswersAsTheReference("at first");
		for (Named write : writes) {
			write.write.run();
			List<String> after = assertNodeAAnswersAsTheReference(write.name);
			if (write.changesAnswers) {
				assertNotEquals(before, after, write.name + " changes what the directory shows");
			}
			before = after;
		}
	}

	@Test
	void aListingLeavesAtItsCutOffWithNoWrite() {
		publish(a, ana, SITE, draft("Ana Ruiz"));
		clock.advance(Duration.ofDays(50));
		publish(a, jose, SITE, draft("José Núñez"));
		assertEquals(2, a.championDirectory().search(alex, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getTotalCount());
		ChampionSettings settings = a.championSettings().settings(alex, SITE);
		clock.advance(Duration.ofDays((long) settings.getReconfirmDays() + settings.getGraceDays() - 50));

		assertEquals(1, a.championDirectory().search(alex, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getTotalCount(),
			"Ana's cut-off passed");
	}

	@Test
	void anotherNodesWriteShowsWhenTheBoundHasPassed() {
		publish(a, ana, SITE, draft("Ana Ruiz"));
		ListingView seen = a.championDirectory().search(jose, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems().get(0);
		assertNotNull(seen.getPhone());

		b.championListings().save(ana, SITE, draft("Ana Ruiz").phone("+34 912 34 56 78", "205", Audience.NOBODY));
		assertNull(b.championDirectory().search(jose, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems().get(0)
			.getPhone(), "on the node that wrote: at once");
		clock.advance(BOUND.minusMillis(1));
		assertNotNull(a.championDirectory().search(jose, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems().get(0)
			.getPhone(), "on the other node: within the bound, the kept answer");

		clock.advance(Duration.ofMillis(1));
		assertNull(a.championDirectory().search(jose, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems().get(0)
			.getPhone(), "on the other node: once the bound has passed");
	}

	@Test
	void aKeptAnswerNeverShowsAFieldToAViewerItsOwnerDidNotAllowInEitherOrder() {
		publish(a, ana, SITE, draft("Ana Ruiz"));
		publish(a, bea, SITE, draft("Bea Soto"));
		for (List<SiteMember> order : List.of(List.of(jose, alex, lee, ana), List.of(alex, ana, lee, jose), List.of(ana, lee, jose, alex))) {
			clock.advance(BOUND);
			a.championSettings().updateSettings(admin, SITE, new ChampionSettings(true, 180, 30, "ES"));
			for (SiteMember viewer : order) {
				for (DirectoryQuery query : QUERIES) {
					assertEquals(search(uncached, viewer, SITE, query), search(a, viewer, SITE, query), order + " " + viewer + " " + query);
				}
			}
		}
		ListingView byStaff = a.championDirectory().search(alex, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems().get(0);
		assertNull(byStaff.getPhone(), "champions and leadership only");
		assertNull(byStaff.getPreferredContact(), "the phone it names is hidden");
		assertNull(byStaff.getWorkflow());
		ListingView byLeadership = a.championDirectory().search(lee, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems()
			.get(0);
		assertNotNull(byLeadership.getPhone());
		assertNotNull(byLeadership.getWorkflow(), "leadership sees the workflow");
		assertNull(a.championDirectory().search(jose, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems().get(0)
			.getWorkflow(), "a champion does not");
		ListingView byOwner = a.championDirectory().search(ana, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems().get(0);
		assertTrue(byOwner.isMine());
		assertNotNull(byOwner.getLocation(), "only the owner sees the location");
		assertNull(a.championDirectory().search(jose, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)).getItems().get(0)
			.getLocation());
	}

	@Test
	void anotherSitesOrCompanysListingsNeverCross() {
		publish(a, ana, SITE, draft("Ana Ruiz"));
		publish(a, ana, SiteMember.OTHER_SITE, draft("Ana Ruiz").officeHours("Lunes", Audience.EVERYONE));
		// the same site number in another company, written the same way (so its revision is the same number too)
		Identity elsewhere = inOtherCompany(lee);
		Identity anaElsewhere = inOtherCompany(ana);
		a.championListings().save(anaElsewhere, SITE, draft("Ana Ruiz").officeHours("Domingo", Audience.EVERYONE));
		a.championApprovals().approve(elsewhere, SITE, a.championListings().submit(anaElsewhere, SITE).getId());
		for (int round = 0; round < 2; round++) {
			for (DirectoryQuery query : QUERIES) {
				assertEquals(search(uncached, lee, SITE, query), search(a, lee, SITE, query));
				assertEquals(search(uncached, lee, SiteMember.OTHER_SITE, query), search(a, lee, SiteMember.OTHER_SITE, query));
				assertEquals(search(uncached, elsewhere, SITE, query), search(a, elsewhere, SITE, query), "another company's site");
			}
		}
		assertEquals("Domingo", a.championDirectory().search(elsewhere, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20))
			.getItems().get(0).getOfficeHours());
		assertEquals("Lunes", a.championDirectory().search(alex, SiteMember.OTHER_SITE, DirectoryQuery.everything(), PageRequest.of(1, 20))
			.getItems().get(0).getOfficeHours());
		assertEquals("Martes 14–16 h", a.championDirectory().search(alex, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20))
			.getItems().get(0).getOfficeHours());
	}

	/** The same person's rights, in a site of the same number in another company. */
	private static Identity inOtherCompany(SiteMember member) {
		return new Identity() {

			@Override
			public long companyId() {
				return OTHER_COMPANY;
			}

			@Override
			public Optional<String> userKey() {
				return member.userKey();
			}

			@Override
			public Actor actorIn(long siteId) {
				Actor actor = member.actorIn(siteId);
				return new Actor(actor.userKey().orElse(null), actor.displayName(), new Scope(OTHER_COMPANY, siteId), actor.permissions());
			}

			@Override
			public List<Site> visibleSites() {
				return List.of();
			}

		};
	}

	private static final class Named {

		final String name;
		final boolean changesAnswers;
		final Runnable write;

		Named(String name, boolean changesAnswers, Runnable write) {
			this.name = name;
			this.changesAnswers = changesAnswers;
			this.write = write;
		}

	}

}
