package org.peervoice.core.townhall;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NativeParameters;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.kernel.UserText;

/**
 * A town hall's polls: moderators prepare, open and close them; attendees answer once each, changing their answer until
 * the poll closes, stored under a keyed per-poll hash. Every method runs in one unit of work.
 */
public final class TownHallPolls {

	private final UnitOfWork unitOfWork;
	private final AnonymousWriting anonymity;
	private final Clock clock;
	private final TownHallAccess access;
	private final TownHallChanges changes;

	/** @param copies this node's live state of town halls, told of every change after it commits */
	public TownHallPolls(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, LiveCopies copies) {
		this.unitOfWork = unitOfWork;
		this.anonymity = anonymity;
		this.clock = clock;
		this.access = new TownHallAccess(unitOfWork, anonymity, clock);
		this.changes = new TownHallChanges(unitOfWork, copies);
	}

	public PollView create(Identity who, String townHallId, PollDraft draft) {
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			located.actor.require(Permission.MODERATE);
			if (located.townHall.state() == TownHallState.ARCHIVED) {
				throw new Conflict("An archived town hall takes no new polls.");
			}
			TownHalls.required(draft);
			FieldErrors errors = new FieldErrors();
			String question = UserText.requireLine(errors, "question", draft.getQuestion(), TownHallLimits.POLL_QUESTION);
			List<String> options = new ArrayList<>();
			List<String> raw = draft.getOptions();
			if (raw == null || raw.size() < TownHallLimits.MIN_POLL_OPTIONS || raw.size() > TownHallLimits.MAX_POLL_OPTIONS) {
				errors.add("options", "invalid-count", "must have " + TownHallLimits.MIN_POLL_OPTIONS + " to " + TownHallLimits.MAX_POLL_OPTIONS
					+ " options");
			}
			else {
				for (int i = 0; i < raw.size(); i++) {
					options.add(UserText.requireLine(errors, "options[" + i + "]", raw.get(i), TownHallLimits.POLL_OPTION));
				}
				if (errors.isEmpty() && new HashSet<>(options).size() != options.size()) {
					errors.add("options", "duplicate-key", "must all differ");
				}
			}
			errors.throwIfAny();
			boolean resultsWhileOpen = draft.getResultsWhileOpen() == null || draft.getResultsWhileOpen();
			TownHallPoll poll = new TownHallPoll(located.townHall, question, options, draft.isMultipleChoice(), resultsWhileOpen, clock.instant());
			unitOfWork.entityManager().persist(poll);
			changes.bump(townHallId, who);
			return views(located.actor, List.of(poll)).get(0);
		});
	}

	public List<PollView> list(Identity who, String townHallId) {
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			return views(located.actor, polls(townHallId, located.actor.can(Permission.MODERATE)));
		});
	}

	List<TownHallPoll> polls(String townHallId, boolean withDrafts) {
		return unitOfWork.entityManager()
			.createQuery("SELECT p FROM TownHallPoll p WHERE p.townHallId = :townHallId ORDER BY p.createdAt, p.id", TownHallPoll.class)
			.setParameter("townHallId", townHallId).getResultList().stream()
			.filter(poll -> withDrafts || poll.state() != TownHallPoll.State.DRAFT).collect(Collectors.toList());
	}

	public PollView moveTo(Identity who, String pollId, TownHallPoll.State next) {
		return unitOfWork.inTransaction(() -> {
			if (next == null || next == TownHallPoll.State.DRAFT) {
				throw new InvalidInput(Map.of("state", "must be OPEN or CLOSED"));
			}
			Located located = locate(who, pollId);
			located.actor.require(Permission.MODERATE);
			if (next == TownHallPoll.State.OPEN && located.isMeetingOver()) {
				throw new Conflict("A poll cannot open once its town hall has ended.");
			}
			located.poll.moveTo(next);
			unitOfWork.entityManager().flush();
			changes.bump(located.poll.townHallId(), who);
			return views(located.actor, List.of(located.poll)).get(0);
		});
	}

	public PollView answer(Identity who, String pollId, List<Integer> choices) {
		return unitOfWork.inTransaction(() -> {
			Located located = locate(who, pollId);
			located.actor.require(Permission.VOTE);
			TownHallPoll poll = located.poll;
			if (poll.state() != TownHallPoll.State.OPEN || located.isMeetingOver()) {
				throw new Conflict("This poll is not open.");
			}
			List<Integer> chosen = checkedChoices(poll, choices);
			String userKey = located.actor.requireUserKey();
			String hash = anonymity.respondentHash(poll.companyId(), poll.siteId(), poll.id(), userKey);
			List<PollAnswer> earlier = answersOf(poll, userKey);
			if (earlier.isEmpty()) {
				// the same person answering twice at once (two tabs, two nodes): the later runs again and changes the answer
				ConflictingWrites.persistOrRunAgain(unitOfWork.entityManager(), new PollAnswer(poll, hash, chosen));
			}
			else {
				earlier.get(0).choose(chosen);
			}
			unitOfWork.entityManager().flush();
			changes.bump(poll.townHallId(), who);
			return views(located.actor, List.of(poll)).get(0);
		});
	}

	private static List<Integer> checkedChoices(TownHallPoll poll, List<Integer> choices) {
		int options = poll.options().size();
		if (choices == null || choices.isEmpty() || choices.size() > options) {
			throw new InvalidInput(Map.of("choices", "must choose at least one option"));
		}
		Set<Integer> distinct = new LinkedHashSet<>();
		for (Integer choice : choices) {
			if (choice == null || choice < 0 || choice >= options || !distinct.add(choice)) {
				throw new InvalidInput(Map.of("choices", "must be distinct option indexes from 0 to " + (options - 1)));
			}
		}
		if (!poll.isMultipleChoice() && distinct.size() != 1) {
			throw new InvalidInput(Map.of("choices", "must choose exactly one option"));
		}
		return new ArrayList<>(distinct);
	}

	/** The hashes under which this person's answer to this poll is stored: the one place that says which answer is theirs. */
	static Set<String> respondentHashes(AnonymousWriting anonymity, TownHallPoll poll, String userKey) {
		return anonymity.respondentHashes(poll.companyId(), poll.siteId(), poll.id(), userKey);
	}

	private List<PollAnswer> answersOf(TownHallPoll poll, String userKey) {
		Set<String> hashes = respondentHashes(anonymity, poll, userKey);
		if (hashes.isEmpty()) {
			return List.of();
		}
		return unitOfWork.entityManager()
			.createQuery("SELECT a FROM PollAnswer a WHERE a.pollId = :pollId AND a.respondentHash IN :hashes", PollAnswer.class)
			.setParameter("pollId", poll.id()).setParameter("hashes", hashes).getResultList();
	}

	List<PollView> views(Actor actor, List<TownHallPoll> polls) {
		if (polls.isEmpty()) {
			return List.of();
		}
		Map<String, Tally> tallies = tallies(polls);
		List<PollView> views = new ArrayList<>();
		for (TownHallPoll poll : polls) {
			Tally tally = tallies.get(poll.id());
			List<Integer> mine = actor.isGuest() ? List.of()
				: answersOf(poll, actor.requireUserKey()).stream().findFirst().map(PollAnswer::choices).orElse(List.of());
			views.add(new PollView(poll, tally.counts, tally.respondents, mine));
		}
		return views;
	}

	/**
	 * How many people answered each poll and how many chose each option, counted by the database in one query
	 * ({@link #TALLY}): a full live view used to read every answer of every poll, 2,000 rows per refresh for 2,000
	 * respondents (docs/benchmarks.md, town hall).
	 */
	Map<String, Tally> tallies(List<TownHallPoll> polls) {
		Map<String, Tally> tallies = new HashMap<>();
		if (polls.isEmpty()) {
			return tallies;
		}
		unitOfWork.entityManager().flush();
		NativeParameters parameters = new NativeParameters();
		String in = parameters.in(polls.stream().map(TownHallPoll::id).collect(Collectors.toList()));
		javax.persistence.Query query = parameters.query(unitOfWork.entityManager(), TALLY + in + ") GROUP BY a.poll_id");
		@SuppressWarnings("unchecked")
		List<Object[]> rows = query.getResultList();
		Map<String, Object[]> byPoll = new HashMap<>();
		for (Object[] row : rows) {
			byPoll.put((String) row[0], row);
		}
		for (TownHallPoll poll : polls) {
			long[] counts = new long[poll.options().size()];
			Object[] row = byPoll.get(poll.id());
			long respondents = 0;
			if (row != null) {
				respondents = ((Number) row[1]).longValue();
				for (int option = 0; option < counts.length; option++) {
					counts[option] = ((Number) row[2 + option]).longValue();
				}
			}
			tallies.put(poll.id(), new Tally(counts, respondents));
		}
		return tallies;
	}

	/**
	 * Per poll: the people who answered, then how many chose each option (index 0 to {@link TownHallLimits#MAX_POLL_OPTIONS}
	 * - 1). A multiple-choice answer counts once among the people and once for each option it chose. The choices are stored
	 * as sorted indexes separated by commas ("0,2,5"), so an option is chosen when the text is its index alone, starts
	 * with it, ends with it or holds it between commas: plain LIKE, the same on every database.
	 */
	static final String TALLY;

	static {
		StringBuilder select = new StringBuilder("SELECT a.poll_id, COUNT(*)");
		for (int option = 0; option < TownHallLimits.MAX_POLL_OPTIONS; option++) {
			select.append(", SUM(CASE WHEN a.choices = '").append(option).append("' OR a.choices LIKE '").append(option)
				.append(",%' OR a.choices LIKE '%,").append(option).append("' OR a.choices LIKE '%,").append(option)
				.append(",%' THEN 1 ELSE 0 END)");
		}
		TALLY = select.append(" FROM PV_TOWN_HALL_POLL_ANSWER a WHERE a.poll_id IN (").toString();
	}

	/** A poll's results as counted by the database. */
	static final class Tally {

		final long[] counts;
		final long respondents;

		Tally(long[] counts, long respondents) {
			this.counts = counts;
			this.respondents = respondents;
		}

	}

	private Located locate(Identity who, String pollId) {
		TownHallPoll poll = unitOfWork.find(TownHallPoll.class, pollId)
			.filter(found -> found.companyId() == who.companyId())
			.orElseThrow(TownHallPolls::unknown);
		TownHallAccess.Located townHall;
		try {
			townHall = access.locate(who, poll.townHallId());
		}
		catch (UnknownItem townHallNotVisible) {
			throw unknown();
		}
		if (poll.state() == TownHallPoll.State.DRAFT && !townHall.actor.can(Permission.MODERATE)) {
			throw unknown();
		}
		return new Located(townHall.actor, poll, townHall.townHall.state());
	}

	private static UnknownItem unknown() {
		return new UnknownItem("No such poll.");
	}

	private static final class Located {

		final Actor actor;
		final TownHallPoll poll;
		final TownHallState meeting;

		Located(Actor actor, TownHallPoll poll, TownHallState meeting) {
			this.actor = actor;
			this.meeting = meeting;
			this.poll = poll;
		}

		/** Ended or archived: its polls are closed and none opens or takes an answer any more. */
		boolean isMeetingOver() {
			return meeting == TownHallState.ENDED || meeting == TownHallState.ARCHIVED;
		}

	}

}
