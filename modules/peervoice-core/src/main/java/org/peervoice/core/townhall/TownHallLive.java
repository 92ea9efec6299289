package org.peervoice.core.townhall;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * The live view of a town hall for conditional polling (docs/town-hall.md, "Live updates"): its ETag is made from the
 * town hall's change counter, so a poll that finds nothing changed reads the town hall and that one counter row and
 * answers "not modified"; only a changed town hall is read in full.
 */
public final class TownHallLive {

	/** How many open questions a live view lists. */
	static final int LISTED = 50;

	private final UnitOfWork unitOfWork;
	private final Clock clock;
	private final TownHallAccess access;
	private final TownHallChanges changes;
	private final QuestionViews views;
	private final TownHallQuestions questions;
	private final TownHallPolls polls;

	public TownHallLive(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, TownHallQuestions questions, TownHallPolls polls) {
		this.unitOfWork = unitOfWork;
		this.clock = clock;
		this.access = new TownHallAccess(unitOfWork, anonymity, clock);
		this.changes = new TownHallChanges(unitOfWork);
		this.views = new QuestionViews(unitOfWork, anonymity);
		this.questions = questions;
		this.polls = polls;
	}

	/**
	 * @param ifNoneMatch the caller's If-None-Match header, or null
	 * @return the ETag, and the view unless it matched
	 */
	public LiveAnswer live(Identity who, String townHallId, TownHallQuestions.Sort sort, String ifNoneMatch) {
		TownHallQuestions.Sort order = sort == null ? TownHallQuestions.Sort.POPULAR : sort;
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			TownHall townHall = located.townHall;
			Instant now = clock.instant();
			long count = changes.count(townHallId);
			String etag = "W/\"" + count + "-" + order.name().charAt(0) + (townHall.questionsOpen(now) ? "q" : "")
				+ (townHall.feedbackOpen(now) ? "f" : "") + (located.actor.can(Permission.MODERATE) ? "m" : "") + "\"";
			if (matches(ifNoneMatch, etag)) {
				return new LiveAnswer(etag, null);
			}
			List<TownHallQuestion> highlighted = questions.find(townHallId, List.of(QuestionState.HIGHLIGHTED), null, null, 0, 1);
			List<TownHallQuestion> open = questions.find(townHallId, List.of(QuestionState.OPEN), order, null, 0, LISTED);
			long openCount = questions.count(townHallId, List.of(QuestionState.OPEN), null);
			List<PollView> shown = polls.views(located.actor, polls.polls(townHallId, false)).stream()
				.filter(poll -> poll.getState() == TownHallPoll.State.OPEN || poll.isResultsShown()).collect(Collectors.toList());
			LiveView view = new LiveView(access.view(located.actor, townHall), count,
				highlighted.isEmpty() ? null : views.view(located.actor, highlighted.get(0)), views.views(located.actor, open), openCount, shown);
			return new LiveAnswer(etag, view);
		});
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
