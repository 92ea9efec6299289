package org.peervoice.core.townhall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Query;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.NativeParameters;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * The live view of a town hall for conditional polling (docs/town-hall.md, "Live updates"): its ETag is made from the
 * town hall's change counter, so a poll that finds nothing changed reads the town hall and the counter and answers
 * "not modified". A changed view is made from this node's copy of its shared part ({@link LiveCopies}) when the copy
 * was read at the counter's current value, and read afresh otherwise; the caller's own part (their votes and poll
 * answers) is read by one query on every full view.
 */
public final class TownHallLive {

	/** How many open questions a live view lists. */
	static final int LISTED = 50;

	private final UnitOfWork unitOfWork;
	private final AnonymousWriting anonymity;
	private final Clock clock;
	private final TownHallAccess access;
	private final TownHallChanges changes;
	private final TownHallQuestions questions;
	private final TownHallPolls polls;
	private final LiveCopies copies;

	public TownHallLive(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, TownHallQuestions questions, TownHallPolls polls,
		LiveCopies copies) {
		this.copies = copies;
		this.unitOfWork = unitOfWork;
		this.anonymity = anonymity;
		this.clock = clock;
		this.access = new TownHallAccess(unitOfWork, anonymity, clock);
		this.changes = new TownHallChanges(unitOfWork, copies);
		this.questions = questions;
		this.polls = polls;
	}

	/**
	 * @param ifNoneMatch the caller's If-None-Match header, or null
	 * @return the ETag, and the view unless it matched
	 */
	public LiveAnswer live(Identity who, String townHallId, TownHallQuestions.Sort sort, String ifNoneMatch) {
		TownHallQuestions.Sort order = sort == null ? TownHallQuestions.Sort.POPULAR : sort;
		if (unitOfWork.isInTransaction()) {
			// inside a caller's transaction the counter may count the caller's own uncommitted changes: nothing is kept then
			return unitOfWork.inTransaction(() -> {
				TownHallAccess.Located located = access.locate(who, townHallId);
				return answer(located, changes.count(townHallId), null, ifNoneMatch, order);
			});
		}
		String writer = copies.writerToken(who);
		for (int attempt = 0;; attempt++) {
			// the caller's access, checked on the town hall as this node last read it (its company and site never change,
			// and a draft is never kept), on every request; then the plan, which may serve a copy without the database
			TownHall known = attempt < 3 ? copies.known(townHallId) : null;
			TownHallAccess.Located cached = known == null ? null : access.locate(who, known);
			LiveCopies.Plan plan = copies.plan(townHallId, order, cached == null ? null : cached.actor.can(Permission.MODERATE), writer);
			if (plan == LiveCopies.Plan.RETRY) {
				continue;
			}
			if (plan.copy != null) {
				TownHallAccess.Located located = new TownHallAccess.Located(cached.actor, plan.copy.townHall);
				return answer(located, plan.copy.counter, plan.copy.shared, ifNoneMatch, order);
			}
			return read(who, townHallId, order, ifNoneMatch, plan);
		}
	}

	/** Reads the town hall and its counter, and the shared part unless this node holds it at that counter; keeps them. */
	private LiveAnswer read(Identity who, String townHallId, TownHallQuestions.Sort order, String ifNoneMatch, LiveCopies.Plan plan) {
		boolean found = false;
		try {
			LiveAnswer answer = unitOfWork.inTransaction(() -> {
				TownHallAccess.Located located = access.locate(who, townHallId);
				TownHall townHall = located.townHall;
				boolean moderator = located.actor.can(Permission.MODERATE);
				// first the counter, then the rows: a copy holds at least what the counter counts (see LiveCopies)
				long count = changes.count(townHallId);
				if (townHall.state() != TownHallState.LIVE && townHall.state() != TownHallState.SCHEDULED) {
					copies.notKept(townHallId, plan.hall);
					return answer(located, count, null, ifNoneMatch, order);
				}
				int kind = LiveCopies.kind(order, moderator);
				LiveCopies.Copy copy = plan.hall.copy(kind, count);
				LiveCopies.Copy fresh = null;
				if (copy == null && !matches(ifNoneMatch, etag(located, count, order))) {
					fresh = new LiveCopies.Copy(townHall, count, plan.generation, read(townHallId, order));
				}
				plan.hall.found(plan.generation, plan.readAt, townHall, count, kind, fresh);
				return answer(located, count, copy != null ? copy.shared : fresh == null ? null : fresh.shared, ifNoneMatch, order);
			});
			found = true;
			return answer;
		}
		finally {
			if (!found) {
				copies.failed(townHallId, plan.hall);
			}
			plan.hall.done(plan.reader);
		}
	}

	private LiveAnswer answer(TownHallAccess.Located located, long count, LiveCopies.Shared shared, String ifNoneMatch, TownHallQuestions.Sort order) {
		String etag = etag(located, count, order);
		if (matches(ifNoneMatch, etag)) {
			return new LiveAnswer(etag, null);
		}
		if (shared == null) {
			// a town hall not kept: its shared part read for this request, in its own transaction
			shared = unitOfWork.inTransaction(() -> read(located.townHall.id(), order));
		}
		return new LiveAnswer(etag, viewFor(located.actor, located.townHall, count, shared));
	}

	private String etag(TownHallAccess.Located located, long count, TownHallQuestions.Sort order) {
		TownHall townHall = located.townHall;
		Instant now = clock.instant();
		return "W/\"" + count + "-" + order.name().charAt(0) + (townHall.questionsOpen(now) ? "q" : "")
			+ (townHall.feedbackOpen(now) ? "f" : "") + (located.actor.can(Permission.MODERATE) ? "m" : "") + "\"";
	}

	/**
	 * The shared part, as every viewer with VIEW sees it: mixed questions only, no draft polls; with the stored hashes of
	 * the votes on the listed questions and of the answers to the shown polls (one query), whose counts are the vote counts.
	 */
	private LiveCopies.Shared read(String townHallId, TownHallQuestions.Sort order) {
		Map<String, Long> highlightedVotes = questions.ranked(townHallId, List.of(QuestionState.HIGHLIGHTED), null, null, 0, 1);
		List<TownHallQuestion> highlighted = questions.loaded(new ArrayList<>(highlightedVotes.keySet()));
		Map<String, Long> openVotes = questions.ranked(townHallId, List.of(QuestionState.OPEN), order, null, 0, LISTED);
		List<TownHallQuestion> open = questions.loaded(new ArrayList<>(openVotes.keySet()));
		long openCount = questions.count(townHallId, List.of(QuestionState.OPEN), null);
		List<TownHallPoll> all = polls.polls(townHallId, false);
		Map<String, TownHallPolls.Tally> tallies = polls.tallies(all);
		List<TownHallPoll> shown = new ArrayList<>();
		for (TownHallPoll poll : all) {
			TownHallPolls.Tally tally = tallies.get(poll.id());
			if (poll.state() == TownHallPoll.State.OPEN || new PollView(poll, tally.counts, tally.respondents, List.of()).isResultsShown()) {
				shown.add(poll);
			}
		}
		TownHallQuestion first = highlighted.isEmpty() ? null : highlighted.get(0);
		List<String> questionIds = open.stream().map(TownHallQuestion::id).collect(Collectors.toList());
		if (first != null) {
			questionIds.add(first.id());
		}
		LiveCopies.Hashes voters = new LiveCopies.Hashes();
		LiveCopies.Hashes respondents = new LiveCopies.Hashes();
		Map<String, Long> counts = new HashMap<>();
		NativeParameters parameters = new NativeParameters();
		List<String> parts = new ArrayList<>();
		if (!questionIds.isEmpty()) {
			parts.add("SELECT v.question_id, v.voter_hash, v.voter_hash FROM PV_TOWN_HALL_VOTE v WHERE v.question_id IN ("
				+ parameters.in(questionIds) + ")");
		}
		if (!shown.isEmpty()) {
			parts.add("SELECT a.poll_id, a.respondent_hash, a.choices FROM PV_TOWN_HALL_POLL_ANSWER a WHERE a.poll_id IN ("
				+ parameters.in(shown.stream().map(TownHallPoll::id).collect(Collectors.toList())) + ")");
		}
		if (!parts.isEmpty()) {
			Set<String> pollIds = shown.stream().map(TownHallPoll::id).collect(Collectors.toSet());
			Query query = parameters.query(unitOfWork.entityManager(), String.join(" UNION ALL ", parts));
			@SuppressWarnings("unchecked")
			List<Object[]> rows = query.getResultList();
			for (Object[] row : rows) {
				String id = (String) row[0];
				if (pollIds.contains(id)) {
					respondents.add(id, (String) row[1], PollAnswer.parse((String) row[2]));
				}
				else {
					voters.add(id, (String) row[1], null);
					// the count shown is the count of the rows stored, the same rows the caller's vote is looked up in
					counts.merge(id, 1L, Long::sum);
				}
			}
		}
		Map<String, Long> listedVotes = new HashMap<>();
		for (TownHallQuestion question : open) {
			listedVotes.put(question.id(), counts.getOrDefault(question.id(), 0L));
		}
		return new LiveCopies.Shared(first, first == null ? 0 : counts.getOrDefault(first.id(), 0L), open, listedVotes, openCount, shown,
			tallies.entrySet().stream().filter(tally -> shown.stream().anyMatch(poll -> poll.id().equals(tally.getKey())))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
			voters.voters(), respondents.respondents());
	}

	/**
	 * The shared part with the caller's own, from memory: whether the copy holds a vote or an answer under one of the
	 * caller's keyed hashes for that very question or poll (computed here, every hash looked up), and which questions they
	 * asked (from the copy's rows); the town-hall part (feedbackGivenByMe, the managers' steps) made per caller.
	 */
	private LiveView viewFor(Actor actor, TownHall townHall, long count, LiveCopies.Shared shared) {
		Optional<String> userKey = actor.isGuest() ? Optional.empty() : actor.userKey();
		List<TownHallQuestion> listed = new ArrayList<>(shared.open);
		if (shared.highlighted != null) {
			listed.add(shared.highlighted);
		}
		Map<String, Set<String>> hashes = userKey.map(key -> QuestionViews.voteHashes(anonymity, townHall, listed, key)).orElse(Map.of());
		QuestionView highlighted = shared.highlighted == null ? null
			: QuestionView.ofCopy(shared.highlighted, shared.highlightedVotes, voted(shared, shared.highlighted, hashes),
				userKey.map(shared.highlighted::isAskedBy).orElse(false), shared.written);
		List<QuestionView> open = new ArrayList<>();
		for (TownHallQuestion question : shared.open) {
			open.add(QuestionView.ofCopy(question, shared.openVotes.getOrDefault(question.id(), 0L), voted(shared, question, hashes),
				userKey.map(question::isAskedBy).orElse(false), shared.written));
		}
		List<PollView> shownPolls = new ArrayList<>();
		for (TownHallPoll poll : shared.polls) {
			TownHallPolls.Tally tally = shared.tallies.get(poll.id());
			List<Integer> mine = userKey.map(key -> shared.choicesUnder(poll.id(), TownHallPolls.respondentHashes(anonymity, poll, key)))
				.orElse(List.of());
			shownPolls.add(new PollView(poll, tally.counts, tally.respondents, mine, shared.written));
		}
		return new LiveView(access.view(actor, townHall, shared.written), count, highlighted, open, shared.openCount, shownPolls);
	}

	private static boolean voted(LiveCopies.Shared shared, TownHallQuestion question, Map<String, Set<String>> hashes) {
		return shared.votedUnder(question.id(), hashes.getOrDefault(question.id(), Set.of()));
	}

	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String strong = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals(etag) || tag.equals(strong)) {
				return true;
			}
		}
		return false;
	}

	/** The ETag of the live view, and the view itself unless the caller's copy is current. */
	public static final class LiveAnswer {

		private final String etag;
		private final LiveView view;

		LiveAnswer(String etag, LiveView view) {
			this.etag = etag;
			this.view = view;
		}

		public String etag() {
			return etag;
		}

		/** Empty when the caller's copy is current (304). */
		public Optional<LiveView> view() {
			return Optional.ofNullable(view);
		}

	}

}
