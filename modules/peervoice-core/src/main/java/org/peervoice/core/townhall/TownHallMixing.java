package org.peervoice.core.townhall;

import java.time.Duration;
import java.util.List;

import org.peervoice.core.anonymity.MixedRows;
import org.peervoice.core.anonymity.MixingPoint;
import org.peervoice.core.anonymity.MixingWindow;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * What the town hall gives its own {@link org.peervoice.core.anonymity.Mixer}: anonymous questions (and the anonymous
 * asker's edits and withdrawals), every upvote, poll answer and feedback. While a town hall of the site is LIVE the
 * site's window is that town hall's liveMixingSeconds, so anonymous questions appear together in short batches; before
 * and after, the suggestion box's window of the site. Each mixing changes the live views of the site's town halls.
 *
 * <p>A batch of one would tell the room which attendee just typed. So while a town hall is LIVE, the timed mixing
 * leaves its anonymous questions pending until at least {@link TownHallLimits#LIVE_MIN_BATCH_QUESTIONS} of them wait
 * (new ones and edited ones; a withdrawn one waits with them but does not count, since it never appears); the end of
 * the meeting releases what is still held ({@link TownHalls}, {@link org.peervoice.core.anonymity.Mixer#mixNowKeepingHeld}).
 * Only the day of a question is stored, so "asked while live" is the town hall's state at the mixing: a question asked
 * before the meeting and still pending when it goes live waits with the live ones. An explicit
 * {@link org.peervoice.core.anonymity.Mixer#mixNow} mixes held questions too.
 */
public final class TownHallMixing {

	/** Each site's last town-hall mixing, apart from the suggestion box's. */
	public static final String MIXINGS_TABLE = "PV_TOWN_HALL_MIXING";

	/** How often hosts run the town hall's mixing: often enough for a live window of 10 seconds. */
	public static final Duration TIMER_INTERVAL = Duration.ofSeconds(5);

	private static final String LIVE_WINDOW = "SELECT MIN(t.live_mixing_seconds) FROM PV_TOWN_HALL t"
		+ " WHERE t.company_id = ?1 AND t.site_id = ?2 AND t.state = 'LIVE'";

	/** Whether a pending question {@code t} waits for more: its town hall is LIVE and too few of its questions wait. */
	static final String HELD_WHILE_TOO_FEW = "t.town_hall_id IN (SELECT h.id FROM PV_TOWN_HALL h WHERE h.state = 'LIVE')"
		+ " AND (SELECT COUNT(*) FROM PV_TOWN_HALL_QUESTION w WHERE w.town_hall_id = t.town_hall_id AND w.mixed = FALSE"
		+ " AND w.state <> 'WITHDRAWN') < " + TownHallLimits.LIVE_MIN_BATCH_QUESTIONS;

	private TownHallMixing() {
	}

	/** Parents before children. */
	public static List<MixedRows> rows() {
		return List.of(
			MixedRows.ofSites("PV_TOWN_HALL_QUESTION").heldWhile(HELD_WHILE_TOO_FEW),
			MixedRows.childOf("PV_TOWN_HALL_VOTE", "question_id", "PV_TOWN_HALL_QUESTION"),
			MixedRows.ofSites("PV_TOWN_HALL_POLL_ANSWER"),
			MixedRows.ofSites("PV_TOWN_HALL_FEEDBACK"));
	}

	/** @param suggestionWindow the site's normal window (the suggestion box's) */
	public static MixingWindow window(UnitOfWork unitOfWork, MixingWindow suggestionWindow) {
		return site -> {
			List<?> rows = unitOfWork.entityManager().createNativeQuery(LIVE_WINDOW).setParameter(1, site.companyId())
				.setParameter(2, site.siteId()).getResultList();
			Object seconds = rows.isEmpty() ? null : rows.get(0);
			return seconds == null ? suggestionWindow.of(site) : Duration.ofSeconds(((Number) seconds).longValue());
		};
	}

	/** The live views of the site's town halls change with every mixing (and this node's live state reads them again). */
	public static MixingPoint mixingPoint(UnitOfWork unitOfWork, LiveCopies copies) {
		TownHallChanges changes = new TownHallChanges(unitOfWork, copies);
		return changes::bumpSite;
	}

}
