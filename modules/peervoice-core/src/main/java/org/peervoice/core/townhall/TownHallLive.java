package org.peervoice.core.townhall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
	private final LiveCopies copies = new LiveCopies();

	public TownHallLive(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, TownHallQuestions questions, TownHallPolls polls) {
		this.unitOfWork = unitOfWork;
		this.anonymity = anonymity;
		this.clock = clock;
		this.access = new TownHallAccess(unitOfWork, anonymity, clock);
		this.changes = new TownHallChanges(unitOfWork);
		this.questions = questions;
		this.polls = polls;
	}

	/**
	 * @param ifNoneMatch the caller's If-None-Match header, or null
	 * @return the ETag, and the view unless it matched
	 */
	public LiveAnswer live(Identity who, String townHallId, TownHallQuestions.Sort sort, String ifNoneMatch) {
		TownHallQuestions.Sort order = sort == null ? TownHallQuestions.Sort.POPULAR : sort;
		// inside a caller's transaction the counter may count the caller's own uncommitted changes: nothing is kept then
		boolean mayKeep = !unitOfWork.isInTransaction();
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			TownHall townHall = located.townHall;
			Instant now = clock.instant();
			boolean moderator = located.actor.can(Permission.MODERATE);
			// first the counter, then the rows: a copy holds at least what the counter counts (see LiveCopies)
			long count = changes.count(townHallId);
			String etag = "W/\"" + count + "-" + order.name().charAt(0) + (townHall.questionsOpen(now) ? "q" : "")
				+ (townHall.feedbackOpen(now) ? "f" : "") + (moderator ? "m" : "") + "\"";
			if (matches(ifNoneMatch, etag)) {
				return new LiveAnswer(etag, null);
			}
			LiveCopies.Key key = new LiveCopies.Key(townHall.companyId(), townHallId, order, moderator);
			boolean keep = mayKeep && (townHall.state() == TownHallState.LIVE || townHall.state() == TownHallState.SCHEDULED);
			LiveCopies.Shared shared = keep ? copies.get(key, count) : null;
			if (shared == null) {
				shared = read(townHallId, order);
				if (keep) {
					copies.put(key, count, shared);
				}
			}
			return new LiveAnswer(etag, viewFor(located.actor, townHall, count, shared));
		});
	}

	/** The shared part, as every viewer with VIEW sees it: mixed questions only, no draft polls. */
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
		return new LiveCopies.Shared(first, first == null ? 0 : highlightedVotes.get(first.id()), open, openVotes, openCount, shown,
			tallies.entrySet().stream().filter(tally -> shown.stream().anyMatch(poll -> poll.id().equals(tally.getKey())))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

	/** The shared part with the caller's own: their votes and poll answers (one query), and which questions they asked. */
	private LiveView viewFor(Actor actor, TownHall townHall, long count, LiveCopies.Shared shared) {
		List<TownHallQuestion> listed = new ArrayList<>(shared.open);
		if (shared.highlighted != null) {
			listed.add(shared.highlighted);
		}
		Own own = own(actor, townHall, listed, shared.polls);
		Optional<String> userKey = actor.userKey();
		QuestionView highlighted = shared.highlighted == null ? null
			: new QuestionView(shared.highlighted, shared.highlightedVotes, own.voted.contains(shared.highlighted.id()),
				userKey.map(shared.highlighted::isAskedBy).orElse(false), null);
		List<QuestionView> open = new ArrayList<>();
		for (TownHallQuestion question : shared.open) {
			open.add(new QuestionView(question, shared.openVotes.getOrDefault(question.id(), 0L), own.voted.contains(question.id()),
				userKey.map(question::isAskedBy).orElse(false), null));
		}
		List<PollView> shownPolls = new ArrayList<>();
		for (TownHallPoll poll : shared.polls) {
			TownHallPolls.Tally tally = shared.tallies.get(poll.id());
			shownPolls.add(new PollView(poll, tally.counts, tally.respondents, own.choices.getOrDefault(poll.id(), List.of())));
		}
		return new LiveView(access.view(actor, townHall), count, highlighted, open, shared.openCount, shownPolls);
	}

	/**
	 * The caller's votes for these questions and answers to these polls, in one query. Votes and answers are stored under
	 * keyed hashes of the person per question and per poll; a row counts as the caller's only under a hash of the caller
	 * for that very question or poll.
	 */
	private Own own(Actor actor, TownHall townHall, List<TownHallQuestion> listed, List<TownHallPoll> shownPolls) {
		Own own = new Own();
		if (actor.isGuest() || listed.isEmpty() && shownPolls.isEmpty()) {
			return own;
		}
		String userKey = actor.requireUserKey();
		Map<String, Set<String>> hashesOf = new HashMap<>();
		List<String> voteHashes = new ArrayList<>();
		for (TownHallQuestion question : listed) {
			Set<String> hashes = QuestionViews.voteHashes(anonymity, question, userKey);
			hashesOf.put(question.id(), hashes);
			voteHashes.addAll(hashes);
		}
		List<String> answerHashes = new ArrayList<>();
		for (TownHallPoll poll : shownPolls) {
			Set<String> hashes = TownHallPolls.respondentHashes(anonymity, poll, userKey);
			hashesOf.put(poll.id(), hashes);
			answerHashes.addAll(hashes);
		}
		NativeParameters parameters = new NativeParameters();
		List<String> parts = new ArrayList<>();
		if (!voteHashes.isEmpty()) {
			parts.add("SELECT v.question_id, v.voter_hash, v.voter_hash FROM PV_TOWN_HALL_VOTE v WHERE v.question_id IN ("
				+ parameters.in(listed.stream().map(TownHallQuestion::id).collect(Collectors.toList())) + ") AND v.voter_hash IN ("
				+ parameters.in(voteHashes) + ")");
		}
		if (!answerHashes.isEmpty()) {
			parts.add("SELECT a.poll_id, a.respondent_hash, a.choices FROM PV_TOWN_HALL_POLL_ANSWER a WHERE a.poll_id IN ("
				+ parameters.in(shownPolls.stream().map(TownHallPoll::id).collect(Collectors.toList()))
				+ ") AND a.respondent_hash IN (" + parameters.in(answerHashes) + ")");
		}
		if (parts.isEmpty()) {
			return own;
		}
		Query query = parameters.query(unitOfWork.entityManager(), String.join(" UNION ALL ", parts));
		@SuppressWarnings("unchecked")
		List<Object[]> rows = query.getResultList();
		Set<String> pollIds = shownPolls.stream().map(TownHallPoll::id).collect(Collectors.toSet());
		for (Object[] row : rows) {
			String id = (String) row[0];
			if (!hashesOf.getOrDefault(id, Set.of()).contains((String) row[1])) {
				continue;
			}
			if (pollIds.contains(id)) {
				own.choices.putIfAbsent(id, PollAnswer.parse((String) row[2]));
			}
			else {
				own.voted.add(id);
			}
		}
		return own;
	}

	/** One caller's part of a live view. */
	private static final class Own {

		final Set<String> voted = new HashSet<>();
		final Map<String, List<Integer>> choices = new HashMap<>();

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
