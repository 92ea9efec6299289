package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.champion.Audience;
import org.peervoice.core.champion.ChampionCategory;
import org.peervoice.core.champion.ChampionDirectory;
import org.peervoice.core.champion.DirectoryPage;
import org.peervoice.core.champion.DirectoryQuery;
import org.peervoice.core.champion.ListingDraft;
import org.peervoice.core.champion.ListingView;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;

/**
 * An attack on the champion directory's answer keys (DirectoryAnswers.key, DirectoryCountsCache): a query is a
 * different query from "no query", whatever its text. A member who searches for the word "null" (or filters by a
 * program, language or expertise spelled "null") must not get, or leave behind for the next viewer of their class,
 * the answer of the unfiltered directory (the key wrote an absent value and the text "null" alike).
 */
class HsqldbChampionAnswerKeysAttackTest {

	private static final long SITE = SiteMember.SITE;
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);

	private final HsqldbSuggestionBoxTest databases = new HsqldbSuggestionBoxTest();
	private final SiteMember ana = SiteMember.named("user-ana-20010", "Ana Ruiz", PeerVoiceRole.PEER_CHAMPION, SITE);
	private final SiteMember alex = SiteMember.named("user-alex-20001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember sam = SiteMember.named("user-sam-20002", "Sam Lee", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember lee = SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE);

	private DataSource dataSource;
	private PeerVoiceDatabase node;
	private PeerVoiceDatabase reference;
	private PeerVoiceServices cached;
	private PeerVoiceServices uncached;

	@BeforeEach
	void open() throws Exception {
		dataSource = databases.createDataSource();
		MovableClock clock = new MovableClock(Instant.parse("2026-11-23T14:37:21.123Z"));
		node = PeerVoiceDatabase.open(dataSource);
		reference = PeerVoiceDatabase.open(dataSource);
		cached = new PeerVoiceServices(node.unitOfWork(), () -> SECRET.clone(), clock, PeopleDirectory.NONE);
		System.setProperty(ChampionDirectory.NO_ANSWERS_KEPT, "true");
		try {
			uncached = new PeerVoiceServices(reference.unitOfWork(), () -> SECRET.clone(), clock, PeopleDirectory.NONE);
		}
		finally {
			System.clearProperty(ChampionDirectory.NO_ANSWERS_KEPT);
		}
		cached.championListings().save(ana, SITE, new ListingDraft("Ana Ruiz", "Especialista de apoyo entre pares", ChampionCategory.PEER,
			"Preguntas sobre el rol.").email("ana@example.org", Audience.EVERYONE).programs(List.of("Consultas externas"))
				.languages(List.of("Español")).expertise(List.of("supervisión")));
		cached.championApprovals().approve(lee, SITE, cached.championListings().submit(ana, SITE).getId());
	}

	@AfterEach
	void close() throws Exception {
		node.close();
		reference.close();
		databases.dropDataSource(dataSource);
	}

	private static String names(DirectoryPage page) {
		return page.getTotalCount() + " " + page.getItems().stream().map(ListingView::getDisplayName).collect(Collectors.toList());
	}

	private String search(PeerVoiceServices services, SiteMember who, DirectoryQuery query) {
		return names(services.championDirectory().search(who, SITE, query, PageRequest.of(1, 20)));
	}

	private static final List<DirectoryQuery> NULL_WORDS = List.of(new DirectoryQuery("null", null, null, null, null, null, "en"),
		new DirectoryQuery(null, null, "null", null, null, null, "en"), new DirectoryQuery(null, null, null, "null", null, null, "en"),
		new DirectoryQuery(null, null, null, null, "null", null, "en"), new DirectoryQuery(null, null, null, null, null, "null", "en"));

	/**
	 * The counts of a node that keeps no answers (DirectoryCountsCache alone): the whole directory counted first, then the
	 * word "null" (in the text and in each filter) must find nobody. Before the fix the counts' key wrote an absent value
	 * as "null": the second search was answered "1 listing" with an empty page.
	 */
	@Test
	void theCountsOfTheWordNullAreNotTheCountsOfTheWholeDirectory() {
		for (DirectoryQuery poison : NULL_WORDS) {
			assertEquals("1 [Ana Ruiz]", search(uncached, alex, DirectoryQuery.everything()));
			assertEquals("0 []", search(uncached, alex, poison));
			assertEquals("1 [Ana Ruiz]", search(uncached, sam, DirectoryQuery.everything()));
		}
	}

	/**
	 * The kept answers (DirectoryAnswers): the attacker, a plain member, searches for "null" first; the next member of the
	 * same class who opens the whole directory must not be served the empty answer to "null" (nor the reverse).
	 */
	@Test
	void theWordNullIsNotTheAbsentQuery() {
		for (DirectoryQuery poison : NULL_WORDS) {
			cached.championListings().confirm(ana, SITE); // a write: the kept answers go
			assertEquals("0 []", search(cached, alex, poison));
			assertEquals("1 [Ana Ruiz]", search(cached, sam, DirectoryQuery.everything()), "the whole directory, not the answer to " + poison);
			cached.championListings().confirm(ana, SITE);
			assertEquals("1 [Ana Ruiz]", search(cached, sam, DirectoryQuery.everything()));
			assertEquals("0 []", search(cached, alex, poison), "nobody is named \"null\"");
		}
	}

}
