package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.Site;
import org.peervoice.core.kernel.Slice;
import org.peervoice.core.recognition.CommentRequest;
import org.peervoice.core.recognition.FeedQuery;
import org.peervoice.core.recognition.PreferenceView;
import org.peervoice.core.recognition.ReasonRequest;
import org.peervoice.core.recognition.RecognitionBoard;
import org.peervoice.core.recognition.RecognitionDraft;
import org.peervoice.core.recognition.RecognitionSettings;
import org.peervoice.core.recognition.RecognitionView;
import org.peervoice.core.recognition.Visibility;

/**
 * The board feed's per-node pages (FeedAnswers) on a real database, with two nodes on it and a third that keeps no
 * pages (the reference): served with no statement within the bound, fresh after every kind of write on the node for
 * every viewer (giver, recipients, bystanders, a moderator, each asking every filter), another node's write seen after
 * the bound, nothing of one viewer's shown to another in any order, no site or company crossing. Run per database.
 */
abstract class FeedAnswersContract {

	private static final long SITE = SiteMember.SITE;
	private static final long OTHER_COMPANY = SiteMember.COMPANY + 1;
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);
	private static final Duration BOUND = RecognitionBoard.FEED_CHECKED_EVERY;

	private final SiteMember gabi = SiteMember.named("user-gabi-40001", "Gabi Giver", PeerVoiceRole.SITE_MEMBER, SITE, SiteMember.OTHER_SITE);
	private final SiteMember rosa = SiteMember.named("user-rosa-40002", "Rosa Quiñones", PeerVoiceRole.SITE_MEMBER, SITE, SiteMember.OTHER_SITE);
	private final SiteMember hugo = SiteMember.named("user-hugo-40003", "Hugo Hiddenname", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember tess = SiteMember.named("user-tess-40004", "Tess Third", PeerVoiceRole.SITE_MEMBER, SITE, SiteMember.OTHER_SITE);
	private final SiteMember lee = SiteMember.named("user-lee-40005", "Lee Leader", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE,
		SiteMember.OTHER_SITE);
	private final SiteMember admin = SiteMember.named("user-admin-40006", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SITE);
	/** Every member, each a viewer: giver, recipients, co-recipients, bystanders and a moderator, as the writes make them. */
	private final List<SiteMember> everyone = List.of(gabi, rosa, hugo, tess, lee, admin);

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
		a = new PeerVoiceServices(nodeA.unitOfWork(), () -> SECRET.clone(), clock, directory());
		b = new PeerVoiceServices(nodeB.unitOfWork(), () -> SECRET.clone(), clock, directory());
		reference = PeerVoiceDatabase.open(dataSource);
		System.setProperty(RecognitionBoard.NO_FEED_KEPT, "true");
		try {
			uncached = new PeerVoiceServices(reference.unitOfWork(), () -> SECRET.clone(), clock, directory());
		}
		finally {
			System.clearProperty(RecognitionBoard.NO_FEED_KEPT);
		}
	}

	@AfterEach
	void closeNodes() throws Exception {
		nodeA.close();
		nodeB.close();
		reference.close();
		dropDataSource(dataSource);
	}

	private PeopleDirectory directory() {
		return new SitePeople(SITE, everyone, Map.of(), key -> RoleGroup.PEER_STAFF, rules -> { }).inEverySite();
	}

	private static String key(SiteMember member) {
		return member.userKey().orElseThrow();
	}

	private RecognitionView give(PeerVoiceServices node, SiteMember giver, long site, String message, boolean confirmed,
		SiteMember... recipients) {
		return node.recognitionBoard().give(giver, site, new RecognitionDraft(Arrays.stream(recipients).map(FeedAnswersContract::key)
			.collect(Collectors.toList()), message, List.of("hope", "dignity"), Visibility.BOARD, confirmed));
	}

	/** Every filter: none, a value, each member as giver and as recipient, a period, and a small page and the next one. */
	private List<Object[]> queries() {
		List<Object[]> queries = new ArrayList<>();
		queries.add(new Object[] {FeedQuery.everything(), PageRequest.of(1, 20)});
		queries.add(new Object[] {FeedQuery.everything(), PageRequest.of(1, 2)});
		queries.add(new Object[] {FeedQuery.everything(), PageRequest.of(2, 2)});
		queries.add(new Object[] {new FeedQuery("hope", null, null, FeedQuery.Period.WEEK), PageRequest.of(1, 20)});
		for (SiteMember person : everyone) {
			for (FeedQuery.Role role : FeedQuery.Role.values()) {
				queries.add(new Object[] {new FeedQuery(null, key(person), role, null), PageRequest.of(1, 20)});
			}
		}
		return queries;
	}

	/** Everything a page shows, every getter of every recognition (nulls as null), and whether another page follows. */
	private static String shown(Slice<RecognitionView> page) {
		return getters(page.items()) + " more " + page.hasMore();
	}

	private static String getters(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum
			|| value instanceof Instant) {
			return String.valueOf(value);
		}
		if (value instanceof Collection) {
			return ((Collection<?>) value).stream().map(FeedAnswersContract::getters).collect(Collectors.joining(", ", "[", "]"));
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

	private String feed(PeerVoiceServices node, Identity who, long site, Object[] query) {
		return shown(node.recognitionBoard().board(who, site, (FeedQuery) query[0], (PageRequest) query[1]));
	}

	/** Node A's page for every viewer and filter, asked twice (the second from memory), against the reference's. */
	private List<String> assertNodeAAnswersAsTheReference(String after, List<SiteMember> viewers) {
		List<String> answers = new ArrayList<>();
		for (SiteMember viewer : viewers) {
			for (Object[] query : queries()) {
				String expected = feed(uncached, viewer, SITE, query);
				String what = after + ": " + key(viewer) + " " + getters(query[0]) + " " + getters(query[1]);
				assertEquals(expected, feed(a, viewer, SITE, query), what);
				assertEquals(expected, feed(a, viewer, SITE, query), what + ", asked again");
				answers.add(expected);
			}
		}
		return answers;
	}

	@Test
	void aKeptPageIsServedWithNoStatementWithinTheBoundAndTheRevisionIsReadAfterIt() {
		give(a, gabi, SITE, "Thanks for the handover", false, rosa);
		String first = feed(a, tess, SITE, queries().get(0));

		counted.reset();
		clock.advance(BOUND.minusMillis(1));
		assertEquals(first, feed(a, tess, SITE, queries().get(0)));
		assertEquals(0, (counted.connections() + counted.statements()), "served from memory: no connection, no statement");

		clock.advance(Duration.ofMillis(1));
		assertEquals(first, feed(a, tess, SITE, queries().get(0)));
		assertTrue((counted.connections() + counted.statements()) > 0, "the bound passed: the revision is read");
		counted.reset();
		assertEquals(first, feed(a, tess, SITE, queries().get(0)));
		assertEquals(0, (counted.connections() + counted.statements()), "the revision was unchanged: the same page, again from memory");
	}

	/** Every kind of write the board knows, in turn on node A; after each, node A answers every viewer as the reference. */
	@Test
	void everyKindOfWriteMakesTheNextPageOnThisNodeFreshForEveryViewer() {
		give(a, gabi, SITE, "Thanks for covering the Tuesday group", false, rosa, hugo);
		String[] ids = new String[3];
		List<Named> writes = List.of(
			new Named("a recognition given", true, () -> ids[0] = give(a, tess, SITE, "Gracias por todo", false, rosa, gabi).getId()),
			new Named("a recognition naming a recipient given (waits for approval)", false,
				() -> ids[1] = give(a, gabi, SITE, "Hugo Hiddenname and Rosa were great", true, hugo, rosa).getId()),
			new Named("one recipient approves (the other, named, has not)", false, () -> a.recognitionBoard().approve(rosa, SITE, ids[1])),
			new Named("the named recipient approves", true, () -> a.recognitionBoard().approve(hugo, SITE, ids[1])),
			new Named("the named recipient hides it again (it leaves the board)", true, () -> a.recognitionBoard().hide(hugo, SITE, ids[1])),
			new Named("a co-recipient hides theirs", true, () -> a.recognitionBoard().hide(gabi, SITE, ids[0])),
			new Named("a celebration", true, () -> a.recognitionBoard().celebrate(tess, SITE, ids[0])),
			new Named("another celebration", true, () -> a.recognitionBoard().celebrate(lee, SITE, ids[0])),
			new Named("a celebration undone", true, () -> a.recognitionBoard().uncelebrate(tess, SITE, ids[0])),
			new Named("a comment", true, () -> a.recognitionBoard().comment(lee, SITE, ids[0], new CommentRequest("Well deserved", false))),
			new Named("another viewer's comment", true,
				() -> ids[2] = a.recognitionBoard().comment(tess, SITE, ids[0], new CommentRequest("Yes!", false)).getComments().stream()
					.filter(comment -> comment.getText().equals("Yes!")).findFirst().orElseThrow().getId()),
			new Named("a moderator hides a comment", true,
				() -> a.recognitionModeration().hideComment(lee, SITE, ids[0], ids[2], ReasonRequest.of("Off topic"))),
			new Named("a recipient turns comments off", true, () -> a.recognitionBoard().turnComments(rosa, SITE, ids[0], true)),
			new Named("a report (not shown on the board)", false, () -> a.recognitionBoard().report(tess, SITE, ids[0], null,
				ReasonRequest.of("check"))),
			new Named("a preference (for later recognitions only)", false,
				() -> a.recognitionBoard().choosePreference(tess, SITE, PreferenceView.asking(true))),
			new Named("the settings", false, () -> a.recognitionSettings().updateSettings(admin, SITE,
				new RecognitionSettings(RecognitionSettings.DEFAULT_VALUES, true, 40))),
			new Named("a moderator hides a recognition", true,
				() -> a.recognitionModeration().hideRecognition(lee, SITE, ids[0], ReasonRequest.of("Names a client"))));
		List<String> before = assertNodeAAnswersAsTheReference("at first", everyone);
		for (Named write : writes) {
			write.write.run();
			List<String> after = assertNodeAAnswersAsTheReference(write.name, everyone);
			if (write.changesAnswers) {
				assertNotEquals(before, after, write.name + " changes what the board shows");
			}
			before = after;
		}
	}

	@Test
	void aPeriodsPageNeverHoldsARecognitionOlderThanThePeriod() {
		give(a, gabi, SITE, "Thanks for the handover", false, rosa);
		Object[] week = {new FeedQuery(null, null, null, FeedQuery.Period.WEEK), PageRequest.of(1, 20)};
		assertTrue(feed(a, tess, SITE, week).contains("handover"));
		clock.advance(Duration.ofDays(7).minusMillis(200));
		assertTrue(feed(a, tess, SITE, week).contains("handover"), "within the week");
		clock.advance(Duration.ofMillis(200));
		assertEquals(feed(uncached, tess, SITE, week), feed(a, tess, SITE, week));
		assertTrue(!feed(a, tess, SITE, week).contains("handover"), "a week old: out of the week, within the bound of the last revision read");
	}

	@Test
	void anotherNodesWriteShowsWhenTheBoundHasPassed() {
		String id = give(a, gabi, SITE, "Thanks for the handover", false, rosa).getId();
		Object[] all = queries().get(0);
		assertTrue(feed(a, tess, SITE, all).contains("handover"));

		b.recognitionBoard().hide(rosa, SITE, id);
		assertTrue(!feed(b, tess, SITE, all).contains("handover"), "on the node that wrote: at once");
		clock.advance(BOUND.minusMillis(1));
		assertTrue(feed(a, tess, SITE, all).contains("handover"), "on the other node: within the bound, the kept page");

		clock.advance(Duration.ofMillis(1));
		assertTrue(!feed(a, tess, SITE, all).contains("handover"), "on the other node: once the bound has passed");
	}

	@Test
	void anotherNodesCelebrationShowsWhenTheBoundHasPassedWithTheViewersOwnMark() {
		String id = give(a, gabi, SITE, "Thanks for the handover", false, rosa).getId();
		Object[] all = queries().get(0);
		assertTrue(feed(a, tess, SITE, all).contains("getCelebrations=0"));

		b.recognitionBoard().celebrate(tess, SITE, id);
		clock.advance(BOUND.minusMillis(1));
		assertTrue(feed(a, tess, SITE, all).contains("getCelebrations=0"), "within the bound, the kept page");
		clock.advance(Duration.ofMillis(1));
		assertEquals(feed(uncached, tess, SITE, all), feed(a, tess, SITE, all), "once the bound has passed");
		assertTrue(feed(a, tess, SITE, all).contains("getCelebrations=1 ") && feed(a, tess, SITE, all).contains("isCelebratedByMe=true"));
		assertEquals(feed(uncached, lee, SITE, all), feed(a, lee, SITE, all));
		assertTrue(feed(a, lee, SITE, all).contains("isCelebratedByMe=false"), "another viewer did not celebrate it");

		b.recognitionBoard().uncelebrate(tess, SITE, id);
		clock.advance(BOUND);
		assertEquals(feed(uncached, tess, SITE, all), feed(a, tess, SITE, all), "undone, once the bound has passed");
		assertTrue(feed(a, tess, SITE, all).contains("getCelebrations=0"));
	}

	/** Viewers in many orders (shuffled, seeded), each after a write that makes every page read again: each sees their own. */
	@Test
	void aKeptPageNeverShowsOneViewersOwnToAnotherInAnyOrder() {
		String id = give(a, gabi, SITE, "Thanks for covering the Tuesday group", false, rosa, hugo).getId();
		a.recognitionBoard().hide(hugo, SITE, id);
		a.recognitionBoard().celebrate(tess, SITE, id);
		a.recognitionBoard().comment(tess, SITE, id, new CommentRequest("Well deserved", false));
		give(a, rosa, SITE, "Gracias", false, gabi);
		Random random = new Random(20261204);
		for (int round = 0; round < 6; round++) {
			List<SiteMember> order = new ArrayList<>(everyone);
			Collections.shuffle(order, random);
			clock.advance(BOUND);
			a.recognitionBoard().celebrate(lee, SITE, id);
			a.recognitionBoard().uncelebrate(lee, SITE, id);
			assertNodeAAnswersAsTheReference("order " + order.stream().map(FeedAnswersContract::key).collect(Collectors.toList()), order);
		}
		counted.reset();
		String byGiver = feed(a, gabi, SITE, queries().get(0));
		assertTrue(byGiver.contains("Hugo Hiddenname"), "the giver sees the recipient who hid it");
		for (SiteMember other : List.of(tess, lee, admin)) {
			String seen = feed(a, other, SITE, queries().get(0));
			assertTrue(!seen.contains("Hugo Hiddenname"), "nobody else does: " + key(other));
			assertTrue(!seen.contains("getConsent=SHOWN") && !seen.contains("getConsent=HIDDEN"), "nor anyone's consent");
		}
		assertTrue(feed(a, rosa, SITE, queries().get(0)).contains("getConsent=SHOWN"), "a recipient sees their own consent");
		assertTrue(feed(a, tess, SITE, queries().get(0)).contains("isCelebratedByMe=true"), "tess celebrated it");
		assertTrue(!feed(a, admin, SITE, queries().get(0)).contains("isCelebratedByMe=true"));
		assertTrue(feed(a, tess, SITE, queries().get(0)).contains("isMine=true"));
		assertTrue(!feed(a, admin, SITE, queries().get(0)).contains("isMine=true"));
		assertEquals(0, (counted.connections() + counted.statements()), "every viewer's page, the giver's and the recipients' too, came from memory");
	}

	@Test
	void anotherSitesOrCompanysPagesNeverCross() {
		give(a, gabi, SITE, "Thanks in the first site", false, rosa);
		give(a, gabi, SiteMember.OTHER_SITE, "Thanks in the other site", false, rosa);
		// the same site number in another company, written the same way (so its revision is the same number too)
		give(a, inOtherCompany(gabi), SITE, "Thanks in the other company", false, rosa);
		Identity elsewhere = inOtherCompany(tess);
		for (int round = 0; round < 2; round++) {
			for (Object[] query : queries()) {
				assertEquals(feed(uncached, tess, SITE, query), feed(a, tess, SITE, query));
				assertEquals(feed(uncached, tess, SiteMember.OTHER_SITE, query), feed(a, tess, SiteMember.OTHER_SITE, query));
				assertEquals(feed(uncached, elsewhere, SITE, query), feed(a, elsewhere, SITE, query), "another company's site");
			}
		}
		assertTrue(feed(a, elsewhere, SITE, queries().get(0)).contains("the other company")
			&& !feed(a, elsewhere, SITE, queries().get(0)).contains("first site"));
		assertTrue(feed(a, tess, SiteMember.OTHER_SITE, queries().get(0)).contains("the other site")
			&& !feed(a, tess, SiteMember.OTHER_SITE, queries().get(0)).contains("first site"));
		assertTrue(feed(a, tess, SITE, queries().get(0)).contains("first site")
			&& !feed(a, tess, SITE, queries().get(0)).contains("other"));
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

	private RecognitionView give(PeerVoiceServices node, Identity giver, long site, String message, boolean confirmed,
		SiteMember... recipients) {
		return node.recognitionBoard().give(giver, site, new RecognitionDraft(Arrays.stream(recipients).map(FeedAnswersContract::key)
			.collect(Collectors.toList()), message, List.of("hope", "dignity"), Visibility.BOARD, confirmed));
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
