package org.peervoice.core.townhall;

import java.time.Duration;
import java.util.List;

import org.peervoice.core.anonymity.MixedRows;
import org.peervoice.core.anonymity.MixedUpdate;
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

	/**
	 * An anonymous asker's edit takes effect with the batch it was mixed in ({@link TownHallQuestion#editByAsker}): the
	 * new text becomes the text, an OPEN question of a pre-moderated town hall goes back to PENDING, and nothing waits any
	 * more. An edit of a question a moderator decided meanwhile (answered, dismissed, merged) is dropped, as the asker
	 * could no longer have made it. The assignments read each other left to right on MariaDB, so the text and state come
	 * first and read the waiting text and the state before they change.
	 */
	static final MixedUpdate EDITS = new MixedUpdate("PV_TOWN_HALL_QUESTION",
		"question_text = CASE WHEN state IN ('PENDING', 'OPEN') THEN edited_text ELSE question_text END,"
			+ " state = CASE WHEN state = 'OPEN' AND (SELECT h.pre_moderation FROM PV_TOWN_HALL h WHERE h.id = town_hall_id) = TRUE"
			+ " THEN 'PENDING' ELSE state END, edited_text = NULL, version = version + 1",
		"SELECT q.id FROM PV_TOWN_HALL_QUESTION q WHERE q.company_id = ? AND q.site_id = ? AND q.mixed = TRUE AND q.edited_text IS NOT NULL");

	private TownHallMixing() {
	}

	/** Run after each mixing's rows are rewritten. */
	public static List<MixedUpdate> updates() {
		return List.of(EDITS);
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
