package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.anonymity.MergeableVote;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.suggestion.SuggestionStatus;
import org.peervoice.core.suggestion.SuggestionView;
import org.peervoice.core.suggestion.VoteTally;
import org.peervoice.core.townhall.DismissalReason;
import org.peervoice.core.townhall.FeedbackDraft;
import org.peervoice.core.townhall.FeedbackSummary;
import org.peervoice.core.townhall.FollowUp;
import org.peervoice.core.townhall.LiveView;
import org.peervoice.core.townhall.Moderation;
import org.peervoice.core.townhall.PollDraft;
import org.peervoice.core.townhall.PollView;
import org.peervoice.core.townhall.QuestionEdit;
import org.peervoice.core.townhall.QuestionDraft;
import org.peervoice.core.townhall.QuestionState;
import org.peervoice.core.townhall.QuestionView;
import org.peervoice.core.townhall.TownHallDraft;
import org.peervoice.core.townhall.TownHallFeedback;
import org.peervoice.core.townhall.TownHallLive;
import org.peervoice.core.townhall.TownHallPoll;
import org.peervoice.core.townhall.TownHallQuestions;
import org.peervoice.core.townhall.TownHallState;
import org.peervoice.core.townhall.TownHallView;
import org.peervoice.core.townhall.TownHalls;

/**
 * A town hall from announcement to follow-up on a real database: migration, JPA mappings, native queries, the town
 * hall's own mixing and the suggestion box it hands questions on to. Run per database.
 */
abstract class TownHallContract {

	private static final long SITE = SiteMember.SITE;
	private static final String TOPIC = "policies-and-procedures";
	private static final byte[] SECRET = "a-test-server-secret-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);

	private final SiteMember lee = SiteMember.named("user-lee-20003", "Lee Park", PeerVoiceRole.PEER_VOICE_LEADERSHIP, SITE);
	private final SiteMember alex = SiteMember.named("user-alex-20001", "Alex Rivera", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember ana = SiteMember.named("user-ana-20010", "Ana Ruiz", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember jose = SiteMember.named("user-jose-20011", "José Núñez", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember sam = SiteMember.named("user-sam-20012", "Sam Lee", PeerVoiceRole.SITE_MEMBER, SITE);
	private final SiteMember admin = SiteMember.named("user-admin-20004", "Site Admin", PeerVoiceRole.SITE_ADMINISTRATOR, SITE);

	private DataSource dataSource;
	private PeerVoiceDatabase database;
	private MovableClock clock;
	private PeerVoiceServices services;

	abstract DataSource createDataSource() throws Exception;

	/** The database of one test: by default {@link #createDataSource() an empty one}, which the test then migrates. */
	DataSource createTestDataSource() throws Exception {
		return createDataSource();
	}

	abstract void dropDataSource(DataSource dataSource) throws Exception;

	@BeforeEach
	void openDatabase() throws Exception {
		dataSource = createTestDataSource();
		database = PeerVoiceDatabase.open(dataSource);
		clock = new MovableClock(Instant.parse("2027-03-01T14:37:21.123Z"));
		services = new PeerVoiceServices(database.unitOfWork(), () -> SECRET.clone(), clock, PeopleDirectory.NONE);
	}

	@AfterEach
	void closeDatabase() throws Exception {
		database.close();
		dropDataSource(dataSource);
	}

	private TownHallDraft draft(String title) {
		return new TownHallDraft(title, "2027-03-04T15:00:00-06:00", "2027-03-04T16:00:00-06:00", "America/Chicago")
			.withDescription("Quarterly town hall.\nBring your questions.")
			.withPlace("Room 2", "https://meet.example.org/town-hall")
			.withTopics(List.of(TOPIC));
	}

	private TownHallView published() {
		TownHallView created = services.townHalls().create(lee, SITE, draft("Spring town hall"));
		return services.townHalls().moveTo(lee, created.getId(), TownHallState.SCHEDULED);
	}

	private void mix() {
		services.townHallMixer().mixNow(new Scope(SiteMember.COMPANY, SITE));
	}

	private QuestionView ask(SiteMember who, String townHallId, String text, boolean anonymous) {
		return services.townHallQuestions().ask(who, townHallId, new QuestionDraft(text, TOPIC, anonymous, false));
	}

	private List<String> openTexts(SiteMember who, String townHallId) {
		return services.townHallQuestions().list(who, townHallId, null, TownHallQuestions.Sort.POPULAR, null, PageRequest.of(1, 50)).items()
			.stream().map(QuestionView::getText).collect(Collectors.toList());
	}

	@Test
	void aDraftIsLeadershipsUntilPublishedAndEditsAreOptimisticallyLocked() {
		TownHallView draft = services.townHalls().create(lee, SITE, draft("Spring town hall"));

		assertEquals(TownHallState.DRAFT, draft.getState());
		assertEquals(Instant.parse("2027-03-04T21:00:00Z"), draft.getStartsAt(), "kept as the instant, whatever the offset given");
		assertEquals("America/Chicago", draft.getTimeZone());
		assertTrue(draft.isAnonymousQuestionsAllowed() && draft.isPreModeration(), "the defaults");
		assertEquals(7, draft.getFeedbackDays());
		assertThrows(UnknownItem.class, () -> services.townHalls().get(alex, draft.getId()));
		assertEquals(1, services.townHalls().list(lee, SITE, TownHalls.When.DRAFTS, PageRequest.of(1, 20)).totalCount());

		TownHallView edited = services.townHalls().edit(lee, draft.getId(), draft("Spring town hall, moved").withVersion(draft.getVersion()));
		assertEquals("Spring town hall, moved", edited.getTitle());
		assertThrows(Conflict.class, () -> services.townHalls().edit(lee, draft.getId(), draft("Stale").withVersion(draft.getVersion())));
		InvalidInput badLink = assertThrows(InvalidInput.class, () -> services.townHalls().create(lee, SITE,
			draft("Link").withPlace(null, "javascript:alert(1)")));
		assertTrue(badLink.fieldErrors().containsKey("meetingUrl"), badLink.fieldErrors().toString());

		services.townHalls().moveTo(lee, draft.getId(), TownHallState.SCHEDULED);
		assertEquals(1, services.townHalls().list(alex, SITE, TownHalls.When.UPCOMING, PageRequest.of(1, 20)).totalCount());
		assertThrows(Conflict.class, () -> services.townHalls().moveTo(lee, draft.getId(), TownHallState.ENDED));
	}

	@Test
	void everyVoteChangesTheLiveETagAlsoForATownHallOfBeforeTheSplitCounter() throws Exception {
		String townHall = published().getId();
		List<QuestionView> questions = new java.util.ArrayList<>();
		for (SiteMember asker : List.of(alex, ana)) {
			questions.add(ask(asker, townHall, "Question of " + asker.actorIn(SITE).displayName() + "?", false));
		}
		services.townHallQuestions().approveAll(lee, townHall, questions.stream().map(QuestionView::getId).collect(Collectors.toList()));
		services.townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		try (java.sql.Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement();
			java.sql.ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM PV_TOWN_HALL_CHANGE_SHARD WHERE town_hall_id = '"
				+ townHall + "'")) {
			rows.next();
			assertEquals(17, rows.getInt(1), "a new town hall's counter has all its rows: 16 for writers, one for mixings");
			// as V15 leaves a town hall of before: shard 0 only
			statement.executeUpdate("DELETE FROM PV_TOWN_HALL_CHANGE_SHARD WHERE town_hall_id = '" + townHall + "' AND shard > 0");
		}
		String etag = services.townHallLive().live(alex, townHall, null, null).etag();
		for (SiteMember voter : List.of(jose, sam, lee)) {
			for (QuestionView question : questions) {
				services.townHallQuestions().vote(voter, question.getId());
				String next = services.townHallLive().live(alex, townHall, null, null).etag();
				assertNotEquals(etag, next, "a vote changes the live view");
				etag = next;
			}
		}
	}

	/**
	 * A mixing rewrites every pending vote of the site in its transaction (under load for a second): the counter row it
	 * increments must be one no request's change waits for. Here every writer's row is held by another transaction
	 * while the site is mixed; the mixing still finishes and changes the ETag, also of a town hall of before the
	 * split counter (shard 0 only) and of a town hall created before the mixings had a row of their own.
	 */
	@Test
	void aMixingWaitsForNoWritersCounterRowAndChangesTheETag() throws Exception {
		List<String> townHalls = new ArrayList<>();
		for (String title : List.of("Spring town hall", "Summer town hall")) {
			String townHall = services.townHalls().moveTo(lee, services.townHalls().create(lee, SITE, draft(title)).getId(),
				TownHallState.SCHEDULED).getId();
			QuestionView question = ask(alex, townHall, "Will the " + title + " be recorded?", false);
			services.townHallQuestions().approveAll(lee, townHall, List.of(question.getId()));
			services.townHallQuestions().vote(jose, question.getId());
			townHalls.add(townHall);
		}
		services.townHalls().moveTo(lee, townHalls.get(0), TownHallState.LIVE);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			// the first as V15 left a town hall of before (shard 0 only), the second as one created before the mixing row
			statement.executeUpdate("DELETE FROM PV_TOWN_HALL_CHANGE_SHARD WHERE town_hall_id = '" + townHalls.get(0) + "' AND shard > 0");
			statement.executeUpdate("DELETE FROM PV_TOWN_HALL_CHANGE_SHARD WHERE town_hall_id = '" + townHalls.get(1) + "' AND shard = 16");
		}
		List<String> etags = new ArrayList<>();
		for (String townHall : townHalls) {
			etags.add(services.townHallLive().live(alex, townHall, null, null).etag());
		}
		ExecutorService mixer = Executors.newSingleThreadExecutor();
		try (Connection holder = dataSource.getConnection()) {
			// as a writer's unit of work holds them: read committed, one row each by its key
			holder.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
			holder.setAutoCommit(false);
			int held = 0;
			try (java.sql.PreparedStatement statement = holder.prepareStatement(
				"UPDATE PV_TOWN_HALL_CHANGE_SHARD SET change_count = change_count + 1 WHERE town_hall_id = ? AND shard = ?")) {
				for (String townHall : townHalls) {
					for (int shard = 0; shard < 16; shard++) {
						statement.setString(1, townHall);
						statement.setInt(2, shard);
						held += statement.executeUpdate();
					}
				}
			}
			assertEquals(17, held, "every writer's row of both, held until the mixing is done");
			mixer.submit(this::mix).get(20, TimeUnit.SECONDS);
			holder.commit();
		}
		finally {
			mixer.shutdownNow();
		}
		for (int i = 0; i < townHalls.size(); i++) {
			assertNotEquals(etags.get(i), services.townHallLive().live(alex, townHalls.get(i), null, null).etag(), "the mixing changes the live view");
		}
		assertEquals(2, countRows("PV_TOWN_HALL_VOTE", "mixed = TRUE"), "the mixing rewrote the pending votes");
	}

	@Test
	void fromQuestionsThroughTheLiveMeetingToFeedbackAndFollowUp() {
		String townHall = published().getId();
		QuestionView named = ask(alex, townHall, "When will the new rota be published?", false);
		QuestionView anonymous = ask(ana, townHall, "Could the rota be published earlier, please?", true);
		QuestionView later = ask(jose, townHall, "Can we have a quiet room for documentation?", false);

		assertEquals(QuestionState.PENDING, named.getState(), "pre-moderation is the default");
		assertNotNull(anonymous.getReceipt());
		assertNull(anonymous.getAuthor());
		assertTrue(services.townHallQuestions().list(lee, townHall, QuestionState.PENDING, null, null, PageRequest.of(1, 20)).items().stream()
			.noneMatch(question -> question.getId().equals(anonymous.getId())), "an anonymous question waits for the mixing");
		mix();
		services.townHallQuestions().approveAll(lee, townHall, List.of(named.getId(), anonymous.getId(), later.getId()));
		assertEquals(3, openTexts(alex, townHall).size());

		services.townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		assertThrows(Conflict.class, () -> services.townHallQuestions().vote(alex, named.getId()), "never one's own question");
		services.townHallQuestions().vote(jose, named.getId());
		services.townHallQuestions().vote(jose, anonymous.getId());
		services.townHallQuestions().vote(sam, anonymous.getId());
		assertThrows(Conflict.class, () -> services.townHallQuestions().vote(jose, named.getId()));
		assertEquals(List.of(anonymous.getText(), named.getText(), later.getText()), openTexts(alex, townHall), "popular first");

		TownHallLive.LiveAnswer first = services.townHallLive().live(alex, townHall, null, null);
		assertTrue(first.view().isPresent());
		assertTrue(services.townHallLive().live(alex, townHall, null, first.etag()).view().isEmpty(), "nothing changed: 304");
		services.townHallQuestions().moderate(lee, anonymous.getId(), Moderation.merge(named.getId()));
		LiveView merged = services.townHallLive().live(alex, townHall, null, first.etag()).view().orElseThrow();
		QuestionView target = merged.getQuestions().stream().filter(question -> question.getId().equals(named.getId())).findFirst().orElseThrow();
		assertEquals(2, target.getVoteCount(), "jose voted for both and counts once; sam's vote followed the merge");
		assertThrows(Conflict.class, () -> services.townHallQuestions().vote(sam, named.getId()), "sam's vote is on it already");

		services.townHallQuestions().moderate(lee, named.getId(), new Moderation("highlight"));
		assertEquals(named.getId(), services.townHallLive().live(ana, townHall, null, null).view().orElseThrow().getHighlighted().getId());
		QuestionView answered = services.townHallQuestions().moderate(lee, named.getId(), Moderation.answer("Two weeks ahead from April."));
		assertTrue(answered.getAnswer().isLive());
		assertEquals(1, countRows("PV_NOTIFICATION_OUTBOX", "type = 'TOWN_HALL_QUESTION' AND recipient_key = 'user-alex-20001'"
			+ " AND detail = 'ANSWERED' AND item_id = '" + townHall + "'"), "the named asker is told");
		assertEquals(1, countRows("PV_NOTIFICATION_OUTBOX", "type = 'TOWN_HALL_QUESTION'"), "the anonymous asker of the merged one is not");

		PollView poll = services.townHallPolls().create(lee, townHall, new PollDraft("How useful was today?", List.of("Very", "Somewhat", "Not"),
			false, true));
		services.townHallPolls().moveTo(lee, poll.getId(), TownHallPoll.State.OPEN);
		for (SiteMember member : List.of(alex, ana, jose, sam)) {
			assertFalse(services.townHallPolls().answer(member, poll.getId(), List.of(0)).isResultsShown(), "fewer than 5 answered");
		}
		services.townHallPolls().answer(alex, poll.getId(), List.of(1));
		PollView five = services.townHallPolls().answer(admin, poll.getId(), List.of(0));
		assertTrue(five.isResultsShown());
		assertEquals(List.of(4L, 1L, 0L), five.getOptions().stream().map(PollView.Option::getCount).collect(Collectors.toList()),
			"alex changed the answer: one per person");
		assertThrows(InvalidInput.class, () -> services.townHallPolls().answer(alex, poll.getId(), List.of(0, 1)), "single choice");

		PollView drafted = services.townHallPolls().create(lee, townHall, new PollDraft("Next time online?", List.of("Yes", "No"), false, true));
		services.townHalls().moveTo(lee, townHall, TownHallState.ENDED);
		// the meeting is over: its open poll closed with it, takes no answer, and no poll opens any more
		assertThrows(Conflict.class, () -> services.townHallPolls().answer(sam, poll.getId(), List.of(2)), "closed with the meeting");
		assertEquals(1, countRows("PV_TOWN_HALL_POLL", "state = 'CLOSED' AND id = '" + poll.getId() + "'"));
		assertThrows(Conflict.class, () -> services.townHallPolls().moveTo(lee, drafted.getId(), TownHallPoll.State.OPEN));
		assertEquals(5, countRows("PV_TOWN_HALL_POLL_ANSWER", "poll_id = '" + poll.getId() + "'"), "nothing stored by the refusals");
		for (SiteMember member : List.of(alex, ana, jose, sam)) {
			services.townHallFeedback().give(member, townHall, new FeedbackDraft(4, TownHallFeedback.Answered.YES, "Useful and clear.", false));
		}
		assertThrows(Conflict.class, () -> services.townHallFeedback().give(alex, townHall, new FeedbackDraft(1, TownHallFeedback.Answered.NO,
			null, false)), "one per person");
		assertEquals(0, services.townHallFeedback().summary(lee, townHall).getResponseCount(), "feedback counts from its mixing on");
		mix();
		assertFalse(services.townHallFeedback().summary(lee, townHall).isDistributionShown(), "four responses: small group");
		services.townHallFeedback().give(admin, townHall, new FeedbackDraft(2, TownHallFeedback.Answered.DID_NOT_ASK, null, false));
		FeedbackSummary unmixed = services.townHallFeedback().summary(lee, townHall);
		assertEquals(4, unmixed.getResponseCount(), "the fifth waits for the mixing, so n to n+1 tells nobody's rating");
		assertFalse(unmixed.isDistributionShown());
		mix();
		FeedbackSummary summary = services.townHallFeedback().summary(lee, townHall);
		assertTrue(summary.isDistributionShown());
		assertEquals(4L, summary.getRatings().get("4"));
		assertEquals(3.6, summary.getAverageRating());

		QuestionView forwarded = services.townHallQuestions().moderate(lee, later.getId(), Moderation.takeForward(SuggestionStatus.PLANNED));
		assertEquals(QuestionState.TAKEN_FORWARD, forwarded.getState());
		SuggestionView suggestion = services.suggestionBoard().get(alex, forwarded.getSuggestionId());
		assertEquals(SuggestionStatus.PLANNED, suggestion.getStatus());
		assertEquals("José Núñez", suggestion.getAuthor().getName(), "a named question stays named");
		assertEquals(townHall, suggestion.getOrigin().getTownHallId());
		assertEquals("Spring town hall", suggestion.getOrigin().getTownHallTitle());
		assertEquals(later.getId(), suggestion.getOrigin().getQuestionId());
		FollowUp followUp = services.townHallFollowUp().followUp(alex, townHall);
		assertEquals(1L, followUp.getCounts().get("answeredLive"));
		assertEquals(1L, followUp.getCounts().get("MERGED"));
		assertEquals(forwarded.getSuggestionId(), followUp.getTakenForward().get(0).getSuggestionId());
		assertEquals(1, countRows("PV_NOTIFICATION_OUTBOX", "type = 'TOWN_HALL_QUESTION' AND recipient_key = 'user-jose-20011'"
			+ " AND detail = 'TAKEN_FORWARD' AND item_id = '" + forwarded.getSuggestionId() + "'"), "told, with the suggestion");
	}

	@Test
	void aNamedAskerIsToldOfDismissalMergeAndCorrectionAndListsTheirOwnQuestions() {
		String townHall = published().getId();
		QuestionView first = ask(alex, townHall, "Can the canteen open earlier?", false);
		QuestionView second = ask(alex, townHall, "Can the canteen open at seven?", false);
		QuestionView third = ask(alex, townHall, "Is there a budget for trainng?", false);
		QuestionView hidden = ask(alex, townHall, "Will the rota change?", true);
		QuestionView other = ask(jose, townHall, "Can the canteen open at 7?", false);
		mix();

		List<QuestionView> mine = services.townHallQuestions().mine(alex, townHall);
		assertEquals(List.of(QuestionState.PENDING, QuestionState.PENDING, QuestionState.PENDING),
			mine.stream().map(QuestionView::getState).collect(Collectors.toList()), "pending included");
		assertTrue(mine.stream().noneMatch(question -> question.getId().equals(hidden.getId())), "an anonymous question is nobody's");
		assertTrue(mine.stream().allMatch(QuestionView::isMine));
		assertEquals(List.of(other.getId()), services.townHallQuestions().mine(jose, townHall).stream().map(QuestionView::getId)
			.collect(Collectors.toList()));
		assertThrows(NotSignedIn.class, () -> services.townHallQuestions().mine(SiteMember.guest(), townHall));

		services.townHallQuestions().approveAll(lee, townHall, List.of(second.getId(), other.getId()));
		services.townHallQuestions().moderate(lee, first.getId(), Moderation.dismiss(DismissalReason.ANSWERED_ELSEWHERE, null));
		services.townHallQuestions().moderate(lee, second.getId(), Moderation.merge(other.getId()));
		services.townHallQuestions().moderate(lee, third.getId(), Moderation.correct("Is there a budget for training?"));
		services.townHallQuestions().moderate(lee, third.getId(), new Moderation("approve"));

		assertEquals(List.of("CORRECTED", "DISMISSED:ANSWERED_ELSEWHERE", "MERGED"), List.of(
			countRows("PV_NOTIFICATION_OUTBOX", "detail = 'CORRECTED'") == 1 ? "CORRECTED" : "-",
			countRows("PV_NOTIFICATION_OUTBOX", "detail = 'DISMISSED:ANSWERED_ELSEWHERE'") == 1 ? "DISMISSED:ANSWERED_ELSEWHERE" : "-",
			countRows("PV_NOTIFICATION_OUTBOX", "detail = 'MERGED'") == 1 ? "MERGED" : "-"));
		assertEquals(3, countRows("PV_NOTIFICATION_OUTBOX", "type = 'TOWN_HALL_QUESTION' AND recipient_key = 'user-alex-20001'"
			+ " AND item_id = '" + townHall + "'"), "approval is no news; nobody else is told");
		mine = services.townHallQuestions().mine(alex, townHall);
		QuestionView merged = mine.stream().filter(question -> question.getId().equals(second.getId())).findFirst().orElseThrow();
		assertEquals(other.getId(), merged.getMergedInto());
		assertTrue(mine.stream().anyMatch(question -> question.isCorrected() && question.getState() == QuestionState.OPEN));
		services.townHallQuestions().withdraw(alex, third.getId());
		assertTrue(services.townHallQuestions().mine(alex, townHall).stream()
			.anyMatch(question -> question.getId().equals(third.getId()) && question.getState() == QuestionState.WITHDRAWN));
	}

	@Test
	void anAnonymousAskerIsNeverNotifiedAndTheReceiptShowsTheMergeAndTheSuggestion() {
		String townHall = published().getId();
		QuestionView target = ask(jose, townHall, "Where is the new parking?", false);
		QuestionView merged = ask(ana, townHall, "Where do we park now?", true);
		QuestionView forwarded = ask(ana, townHall, "Could we get bike racks?", true);
		mix();
		services.townHallQuestions().approveAll(lee, townHall, List.of(target.getId(), merged.getId(), forwarded.getId()));
		services.townHallQuestions().moderate(lee, merged.getId(), Moderation.merge(target.getId()));
		services.townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		services.townHalls().moveTo(lee, townHall, TownHallState.ENDED);
		services.townHallQuestions().moderate(lee, forwarded.getId(), Moderation.takeForward(SuggestionStatus.UNDER_REVIEW));

		QuestionView mergedLookUp = services.townHallQuestions().lookUp(ana, merged.getReceipt());
		assertEquals(QuestionState.MERGED, mergedLookUp.getState());
		assertEquals(target.getId(), mergedLookUp.getMergedInto());
		QuestionView forwardedLookUp = services.townHallQuestions().lookUp(ana, forwarded.getReceipt());
		assertEquals(QuestionState.TAKEN_FORWARD, forwardedLookUp.getState());
		assertNotNull(forwardedLookUp.getSuggestionId());
		SuggestionView suggestion = services.suggestionBoard().get(jose, forwardedLookUp.getSuggestionId());
		assertNull(suggestion.getAuthor(), "anonymous like its question");
		assertEquals(forwarded.getId(), suggestion.getOrigin().getQuestionId());
		assertEquals(0, countRows("PV_NOTIFICATION_OUTBOX", "type = 'TOWN_HALL_QUESTION'"), "nobody to tell");
		assertTrue(services.townHallQuestions().mine(ana, townHall).isEmpty());
	}

	@Test
	void underPreModerationAnAskersEditOfAnOpenQuestionWaitsForTheModeratorsAgainAndKeepsItsVotes() {
		String townHall = published().getId();
		QuestionView named = ask(alex, townHall, "When does the new rota start?", false);
		QuestionView anonymous = ask(ana, townHall, "Why are breaks so short?", true);
		mix();
		services.townHallQuestions().approveAll(lee, townHall, List.of(named.getId(), anonymous.getId()));
		services.townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		services.townHallQuestions().vote(jose, named.getId());

		QuestionView edited = services.townHallQuestions().edit(alex, named.getId(),
			new QuestionEdit(null, "When does the new rota start? Asking for everyone on nights.", false));
		assertEquals(QuestionState.PENDING, edited.getState(), "the new text is moderated like a new question");
		assertEquals(List.of(anonymous.getText()), openTexts(sam, townHall), "neither the old nor the new text is listed");
		LiveView live = services.townHallLive().live(sam, townHall, null, null).view().orElseThrow();
		assertTrue(live.getQuestions().stream().noneMatch(question -> question.getId().equals(named.getId())), "nor shown live");
		assertThrows(UnknownItem.class, () -> services.townHallQuestions().vote(sam, named.getId()), "not visible, no votes while pending");
		assertThrows(Conflict.class, () -> services.townHallQuestions().moderate(lee, named.getId(), new Moderation("highlight")));
		List<QuestionView> pending = services.townHallQuestions().list(lee, townHall, QuestionState.PENDING, null, null, PageRequest.of(1, 20))
			.items();
		assertEquals(List.of(edited.getText()), pending.stream().map(QuestionView::getText).collect(Collectors.toList()));

		QuestionView approved = services.townHallQuestions().moderate(lee, named.getId(), new Moderation("approve"));
		assertEquals(QuestionState.OPEN, approved.getState());
		assertEquals(1, approved.getVoteCount(), "the vote cast before the edit stays");

		services.townHallQuestions().editWithReceipt(ana, new QuestionEdit(anonymous.getReceipt(), "Why are our breaks so short?", false));
		assertEquals(Set.of(approved.getText(), anonymous.getText()), Set.copyOf(openTexts(sam, townHall)),
			"the edited anonymous question stays listed as the room saw it until the mixing, which would otherwise point at who just tapped");
		assertEquals("Why are our breaks so short?", services.townHallQuestions().lookUp(ana, anonymous.getReceipt()).getText(),
			"its asker reads the edit");
		assertEquals(1, countRows("PV_TOWN_HALL_QUESTION", "mixed = FALSE"), "and its row is mixed again");
		mix();
		assertEquals(QuestionState.PENDING, services.townHallQuestions().lookUp(ana, anonymous.getReceipt()).getState());
		assertEquals(List.of(approved.getText()), openTexts(sam, townHall), "and waits for a moderator after the mixing");
		assertEquals(List.of("Why are our breaks so short?"), services.townHallQuestions()
			.list(lee, townHall, QuestionState.PENDING, null, null, PageRequest.of(1, 20)).items().stream().map(QuestionView::getText)
			.collect(Collectors.toList()));
	}

	@Test
	void withoutPreModerationAnAnonymousAskersEditTakesEffectWithTheMixingUnlessAModeratorDecidedFirst() {
		TownHallView created = services.townHalls().create(lee, SITE, draft("Open town hall").withSettings(null, false, null, null, null));
		String townHall = services.townHalls().moveTo(lee, created.getId(), TownHallState.SCHEDULED).getId();
		QuestionView first = ask(ana, townHall, "Is the car park closing? \uD83D\uDE97", true);
		QuestionView second = ask(sam, townHall, "Who decides the rota?", true);
		mix();
		assertEquals(Set.of(first.getText(), second.getText()), Set.copyOf(openTexts(jose, townHall)));

		services.townHallQuestions().editWithReceipt(ana, new QuestionEdit(first.getReceipt(), "Is the car park closing in May? \uD83D\uDE97", false));
		services.townHallQuestions().editWithReceipt(sam, new QuestionEdit(second.getReceipt(), "Who decides the night rota?", false));
		assertEquals(Set.of(first.getText(), second.getText()), Set.copyOf(openTexts(jose, townHall)), "listed as they were");
		// a moderator answers the second before the mixing: its asker's edit no longer applies
		String secondId = services.townHallQuestions().list(lee, townHall, QuestionState.OPEN, null, null, PageRequest.of(1, 20)).items()
			.stream().filter(view -> view.getText().equals(second.getText())).findFirst().orElseThrow().getId();
		services.townHallQuestions().moderate(lee, secondId, new Moderation("answer"));
		mix();
		assertEquals(List.of("Is the car park closing in May? \uD83D\uDE97"), openTexts(jose, townHall), "the edit shows with the batch");
		assertEquals(QuestionState.OPEN, services.townHallQuestions().lookUp(ana, first.getReceipt()).getState());
		assertEquals("Who decides the rota?", services.townHallQuestions().lookUp(sam, second.getReceipt()).getText());
		assertEquals(0, countRows("PV_TOWN_HALL_QUESTION", "edited_text IS NOT NULL OR mixed = FALSE"), "nothing waits");
	}

	@Test
	void withoutPreModerationAnEditedQuestionStaysOpen() {
		TownHallView created = services.townHalls().create(lee, SITE, draft("Open town hall").withSettings(null, false, null, null, null));
		String townHall = services.townHalls().moveTo(lee, created.getId(), TownHallState.SCHEDULED).getId();
		QuestionView asked = ask(alex, townHall, "Is the car park closing?", false);
		assertEquals(QuestionState.OPEN, asked.getState());

		QuestionView edited = services.townHallQuestions().edit(alex, asked.getId(), new QuestionEdit(null, "Is the car park closing in May?", false));
		assertEquals(QuestionState.OPEN, edited.getState());
		assertEquals(List.of("Is the car park closing in May?"), openTexts(jose, townHall));
	}

	/*
	 * Two moderators highlight two questions at the same moment. The test holds the town hall's change-counter rows, which
	 * each highlight updates last, so without a lock both transactions set their question and run their bulk update
	 * before either commits, and both questions stay HIGHLIGHTED.
	 */
	/**
	 * Votes from many threads at once are written in batches (group commit): each acknowledged vote stored once, a vote
	 * sent twice at once refused once, one's own question refused, and a batch that fails in the database (a vote stored
	 * by another transaction that commits while the batch waits for its key) costs nothing but that one vote's refusal.
	 */
	@Test
	void manyVotesAtOnceAreStoredOnceEachAndAFailingBatchRefusesOnlyItsDuplicate() throws Exception {
		String townHall = published().getId();
		QuestionView first = ask(alex, townHall, "Will the wards get more staff?", false);
		QuestionView second = ask(ana, townHall, "Will the night shift get a break room?", false);
		services.townHallQuestions().approveAll(lee, townHall, List.of(first.getId(), second.getId()));
		services.townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		List<String> questions = List.of(first.getId(), second.getId());

		int voters = 60;
		ExecutorService threads = Executors.newFixedThreadPool(voters + voters / 5 + 2);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		Map<String, List<Future<Object>>> answers = new java.util.LinkedHashMap<>();
		try (Connection holder = dataSource.getConnection()) {
			// jose's vote, stored by another transaction (another node) that commits only once the batches are under way
			holder.setAutoCommit(false);
			MergeableVote josesVote = services.anonymity().mergeableVote(SiteMember.COMPANY, SITE, townHall, first.getId(), "user-jose-20011");
			try (java.sql.PreparedStatement insert = holder.prepareStatement(
				"INSERT INTO PV_TOWN_HALL_VOTE (id, question_id, voter_hash, voter_seal) VALUES (?, ?, ?, ?)")) {
				insert.setString(1, java.util.UUID.randomUUID().toString());
				insert.setString(2, first.getId());
				insert.setString(3, josesVote.hash());
				insert.setString(4, josesVote.seal());
				insert.executeUpdate();
			}
			for (int i = 0; i < voters; i++) {
				SiteMember voter = SiteMember.named("user-voter-" + i, "Voter " + i, PeerVoiceRole.SITE_MEMBER, SITE);
				String question = questions.get(i % 2);
				// every fifth voter sends the vote twice at once (two tabs)
				for (int copy = 0; copy < (i % 5 == 0 ? 2 : 1); copy++) {
					answers.computeIfAbsent("voter-" + i, key -> new ArrayList<>()).add(threads.submit(() -> voteAt(start, voter, question)));
				}
			}
			answers.put("jose", List.of(threads.submit(() -> voteAt(start, jose, first.getId()))));
			answers.put("alex", List.of(threads.submit(() -> voteAt(start, alex, first.getId()))));
			start.countDown();
			Thread.sleep(800);
			holder.commit();
		}
		int acknowledged = 0;
		try {
			for (Map.Entry<String, List<Future<Object>>> voter : answers.entrySet()) {
				List<Object> outcomes = new ArrayList<>();
				for (Future<Object> answer : voter.getValue()) {
					outcomes.add(answer.get(60, TimeUnit.SECONDS));
				}
				long written = outcomes.stream().filter(outcome -> outcome instanceof VoteTally).count();
				long refused = outcomes.stream().filter(outcome -> outcome instanceof Conflict).count();
				if (voter.getKey().equals("jose") || voter.getKey().equals("alex")) {
					assertEquals(List.of(Conflict.class), outcomes.stream().map(Object::getClass).collect(Collectors.toList()),
						voter.getKey() + ": already voted / own question");
				}
				else {
					assertEquals(1, written, voter.getKey() + " is acknowledged once: " + outcomes);
					assertEquals(outcomes.size() - 1, refused, voter.getKey() + "'s second copy is refused: " + outcomes);
				}
				acknowledged += written;
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertEquals(voters, acknowledged);
		assertEquals(voters + 1, countRows("PV_TOWN_HALL_VOTE", "question_id IN ('" + first.getId() + "', '" + second.getId() + "')"),
			"the acknowledged votes and jose's, each once");
		assertEquals(voters / 2 + 1, services.townHallLive().live(ana, townHall, null, null).view().orElseThrow().getQuestions().stream()
			.filter(question -> question.getId().equals(first.getId())).findFirst().orElseThrow().getVoteCount());
	}

	private Object voteAt(java.util.concurrent.CountDownLatch start, SiteMember voter, String questionId) throws InterruptedException {
		start.await();
		try {
			return services.townHallQuestions().vote(voter, questionId);
		}
		catch (Conflict refused) {
			return refused;
		}
	}

	@Test
	void twoModeratorsHighlightingAtOnceLeaveOneHighlightedQuestion() throws Exception {
		String townHall = published().getId();
		QuestionView first = ask(alex, townHall, "Will the wards get more staff?", false);
		QuestionView second = ask(jose, townHall, "Will the night shift get a break room?", false);
		services.townHallQuestions().approveAll(lee, townHall, List.of(first.getId(), second.getId()));
		services.townHalls().moveTo(lee, townHall, TownHallState.LIVE);

		ExecutorService moderators = Executors.newFixedThreadPool(2);
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.executeUpdate("UPDATE PV_TOWN_HALL_CHANGE_SHARD SET change_count = change_count WHERE town_hall_id = '" + townHall + "'");
			}
			List<Future<QuestionView>> highlights = new ArrayList<>();
			for (QuestionView question : List.of(first, second)) {
				highlights.add(moderators.submit(() -> services.townHallQuestions().moderate(lee, question.getId(), new Moderation("highlight"))));
			}
			Thread.sleep(2_000);
			holder.commit();
			for (Future<QuestionView> highlight : highlights) {
				assertEquals(QuestionState.HIGHLIGHTED, highlight.get(60, TimeUnit.SECONDS).getState());
			}
		}
		finally {
			moderators.shutdownNow();
		}
		assertEquals(1, countRows("PV_TOWN_HALL_QUESTION", "town_hall_id = '" + townHall + "' AND state = 'HIGHLIGHTED'"));
		QuestionView highlighted = services.townHallLive().live(ana, townHall, null, null).view().orElseThrow().getHighlighted();
		assertNotNull(highlighted);
	}

	private long countRows(String table, String where) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
			ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void anAnonymousAskerFollowsEditsAndWithdrawsWithTheReceiptAndTheExportNamesNobody() {
		String townHall = published().getId();
		QuestionView asked = ask(ana, townHall, "=HYPERLINK(\"x\") why are breaks so short?", true);
		String receipt = asked.getReceipt();

		assertEquals(QuestionState.PENDING, services.townHallQuestions().lookUp(ana, receipt).getState());
		assertThrows(InvalidInput.class, () -> services.townHallQuestions().lookUp(ana, receipt + "x"), "not of a receipt's form");
		String wrongSecret = receipt.substring(0, receipt.length() - 1) + (receipt.endsWith("A") ? "B" : "A");
		assertThrows(UnknownItem.class, () -> services.townHallQuestions().lookUp(ana, wrongSecret));
		mix();
		services.townHallQuestions().moderate(lee, asked.getId(), new Moderation("approve"));
		String csv = services.townHallFollowUp().csv(lee, townHall);
		assertTrue(csv.contains("'=HYPERLINK"), "a formula is neutralised: " + csv);
		assertFalse(csv.contains("Ana Ruiz"), csv);

		services.townHallQuestions().moderate(lee, asked.getId(), Moderation.dismiss(DismissalReason.OTHER, "Asked and answered in March."));
		assertEquals(DismissalReason.OTHER, services.townHallQuestions().lookUp(ana, receipt).getDismissal().getReason());
		QuestionView dismissed = services.townHallQuestions().lookUp(ana, receipt);
		assertEquals("Asked and answered in March.", dismissed.getDismissal().getText(), "the receipt shows the reason");
		assertEquals(0, countRows("PV_NOTIFICATION_OUTBOX", "type = 'TOWN_HALL_QUESTION'"), "an anonymous asker is never notified");
		assertThrows(Conflict.class, () -> services.townHallQuestions().withdrawWithReceipt(ana, receipt), "decided questions stay");
	}

	@Test
	void liveMixingUsesTheTownHallsShortWindowWhileLive() {
		String townHall = published().getId();
		services.townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		ask(ana, townHall, "Is the parking lot being repaved?", true);

		services.townHallMixer().mixDueSites();
		clock.advance(Duration.ofSeconds(31));
		assertEquals(1, services.townHallMixer().mixDueSites(), "30 seconds while live, not the site's hour");
	}


	@Test
	void aLiveBatchOfTooFewAnonymousQuestionsWaitsForMoreOrForTheEndOfTheMeeting() {
		TownHallView created = services.townHalls().create(lee, SITE, draft("Small town hall").withSettings(null, false, null, null, null));
		String townHall = services.townHalls().moveTo(lee, created.getId(), TownHallState.SCHEDULED).getId();
		services.townHalls().moveTo(lee, townHall, TownHallState.LIVE);
		String unmixed = "town_hall_id = '" + townHall + "' AND mixed = FALSE";

		ask(ana, townHall, "Is the parking lot being repaved?", true);
		services.townHallMixer().mixDueSites();
		clock.advance(Duration.ofSeconds(31));
		assertEquals(1, services.townHallMixer().mixDueSites(), "the site is mixed after the live window");
		assertEquals(List.of(), openTexts(alex, townHall), "a batch of one would tell the room who just typed");
		assertEquals(1, countRows("PV_TOWN_HALL_QUESTION", unmixed));

		ask(jose, townHall, "Will the cafeteria open earlier?", true);
		String withdrawn = ask(alex, townHall, "Never mind this one", true).getReceipt();
		services.townHallQuestions().withdrawWithReceipt(alex, withdrawn);
		clock.advance(Duration.ofSeconds(31));
		services.townHallMixer().mixDueSites();
		assertEquals(List.of(), openTexts(alex, townHall), "two are too few, and a withdrawn question never appears: it does not count");
		assertEquals(3, countRows("PV_TOWN_HALL_QUESTION", unmixed));

		ask(sam, townHall, "Can we get standing desks?", true);
		assertEquals(List.of(), openTexts(alex, townHall), "nothing appears before the mixing");
		clock.advance(Duration.ofSeconds(31));
		services.townHallMixer().mixDueSites();
		List<QuestionView> batch = services.townHallQuestions().list(alex, townHall, null, TownHallQuestions.Sort.RECENT, null,
			PageRequest.of(1, 50)).items();
		assertEquals(Set.of("Is the parking lot being repaved?", "Will the cafeteria open earlier?", "Can we get standing desks?"),
			batch.stream().map(QuestionView::getText).collect(Collectors.toSet()), "the third releases all three together");
		assertEquals(0, countRows("PV_TOWN_HALL_QUESTION", unmixed), "the withdrawn one is mixed with them");
		assertEquals(Set.of(Instant.parse("2027-03-01T00:00:00Z")), batch.stream().map(QuestionView::getCreatedAt).collect(Collectors.toSet()),
			"one day for all: no time of day orders them");
		assertEquals(batch.stream().map(QuestionView::getId).sorted().collect(Collectors.toList()),
			batch.stream().map(QuestionView::getId).collect(Collectors.toList()), "in the order of their random ids, not of asking");

		ask(ana, townHall, "Who decides the rota?", true);
		clock.advance(Duration.ofSeconds(31));
		services.townHallMixer().mixDueSites();
		assertFalse(openTexts(alex, townHall).contains("Who decides the rota?"));
		mix();
		assertTrue(openTexts(alex, townHall).contains("Who decides the rota?"), "an explicit mixing mixes held questions as before");

		ask(jose, townHall, "Is there a budget for training?", true);
		clock.advance(Duration.ofSeconds(31));
		services.townHallMixer().mixDueSites();
		assertFalse(openTexts(alex, townHall).contains("Is there a budget for training?"));
		services.townHalls().moveTo(lee, townHall, TownHallState.ENDED);
		assertTrue(openTexts(alex, townHall).contains("Is there a budget for training?"), "the end of the meeting releases what is held");
		assertEquals(0, countRows("PV_TOWN_HALL_QUESTION", unmixed));
	}

}
