package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.townhall.QuestionDraft;
import org.peervoice.core.townhall.QuestionEdit;
import org.peervoice.core.townhall.QuestionState;
import org.peervoice.core.townhall.QuestionView;
import org.peervoice.core.townhall.TownHallDraft;
import org.peervoice.core.townhall.TownHallLimits;
import org.peervoice.core.townhall.TownHallState;

/**
 * Attacks on a live town hall's anonymity as an attendee in the room: they see who taps on a phone when, and read the
 * public API as often as they like. The minimum live batch (docs/privacy.md, "Town hall") keeps a new anonymous
 * question from appearing alone; these tests look for another moment that points at its asker.
 */
class HsqldbTownHallAttackTest {

	private static final long SITE = SiteMember.SITE;
	private static final String TOPIC = "policies-and-procedures";
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);

	private final HsqldbSuggestionBoxTest databases = new HsqldbSuggestionBoxTest();
	private final SiteMember lee = SiteMember.named("user-lee-50003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE);
	private final SiteMember alex = SiteMember.named("user-alex-50001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SITE);
	private final List<SiteMember> askers = List.of(SiteMember.named("user-ana-50010", "Ana Ruiz", PeerVoiceRole.SITE_MEMBER, SITE),
		SiteMember.named("user-jose-50011", "José Núñez", PeerVoiceRole.SITE_MEMBER, SITE),
		SiteMember.named("user-sam-50012", "Sam Lee", PeerVoiceRole.SITE_MEMBER, SITE));

	private DataSource dataSource;
	private PeerVoiceDatabase database;
	private MovableClock clock;
	private PeerVoiceServices services;

	@BeforeEach
	void open() throws Exception {
		dataSource = databases.createDataSource();
		database = PeerVoiceDatabase.open(dataSource);
		clock = new MovableClock(Instant.parse("2027-03-04T21:05:00Z"));
		services = new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock, PeopleDirectory.NONE);
	}

	@AfterEach
	void close() throws Exception {
		database.close();
		databases.dropDataSource(dataSource);
	}

	private List<String> listed(String townHall) {
		return services.townHallQuestions().list(alex, townHall, QuestionState.OPEN, null, null, PageRequest.of(1, 50)).items().stream()
			.map(QuestionView::getId).sorted().collect(Collectors.toList());
	}

	/**
	 * Three attendees ask anonymously and their questions appear together (the minimum batch). Then one of them edits
	 * theirs with the receipt, while the room sees them tap. An attendee reading the question list each second must not
	 * see that question change at that moment: it would tell which of the three is the editor's, and so whose it is, as
	 * surely as a batch of one (docs/town-hall.md, "The minimum live batch", says so of the edit's reappearance).
	 */
	@Test
	void anAnonymousAskersEditDoesNotMakeTheQuestionLeaveTheListAtThatMoment() {
		String townHall = services.townHalls().create(lee, SITE, new TownHallDraft("Spring town hall", "2027-03-04T15:00:00-06:00",
			"2027-03-04T16:00:00-06:00", "America/Chicago").withTopics(List.of(TOPIC)).withSettings(true, false, null, null, null)).getId();
		services.townHalls().moveTo(lee, townHall, TownHallState.SCHEDULED);
		services.townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		String receipt = null;
		for (SiteMember asker : askers) {
			clock.advance(Duration.ofSeconds(20));
			QuestionView asked = services.townHallQuestions().ask(asker, townHall, new QuestionDraft("Why did " + asker.userKey().orElseThrow()
				.substring(5, 8) + " shift lose its break room?", TOPIC, true, true));
			receipt = receipt == null ? asked.getReceipt() : receipt;
		}
		services.townHallMixer().mixNow(new Scope(SiteMember.COMPANY, SITE));
		List<String> batch = listed(townHall);
		assertEquals(TownHallLimits.LIVE_MIN_BATCH_QUESTIONS, batch.size(), "the three appear together");

		clock.advance(Duration.ofSeconds(40));
		// the first asker edits, seen tapping by the room
		services.townHallQuestions().editWithReceipt(askers.get(0), new QuestionEdit(receipt, "Why did our shift lose its quiet room?", false));
		assertEquals(batch, listed(townHall), "the list read a second later must not tell which question was just edited");
	}

}
