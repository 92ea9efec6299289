package org.peervoice.core.townhall;

import org.peervoice.core.kernel.TextLimits;

/**
 * The town hall's limits, counted as {@link TextLimits} counts: UTF-16 code units of the normalized text.
 * openapi.yaml and the V8 migration repeat these numbers; ContractLimitsTest in the REST module checks them.
 */
public final class TownHallLimits {

	public static final int TITLE = 150;
	public static final int DESCRIPTION = 5000;
	public static final int TIME_ZONE = 60;
	public static final int PLACE = 200;
	public static final int MEETING_URL = 500;
	/** As many topics as a site has suggestion categories. */
	public static final int MAX_TOPICS = 30;

	public static final int QUESTION = 300;
	/** A written answer, as long as a suggestion's public response. */
	public static final int ANSWER = TextLimits.MESSAGE;
	/** The explanation of a dismissal for another reason. */
	public static final int DISMISSAL_TEXT = 300;
	public static final int MAX_BULK_APPROVAL = 100;
	/** The most of a person's own questions in one town hall that "Your questions" lists (the newest). */
	public static final int MAX_MY_QUESTIONS = 200;

	public static final int POLL_QUESTION = 200;
	public static final int POLL_OPTION = 100;
	public static final int MIN_POLL_OPTIONS = 2;
	public static final int MAX_POLL_OPTIONS = 10;

	public static final int FEEDBACK_COMMENT = 1000;

	/** Fewer people than this answering a poll or giving feedback see no distribution: it could tell who chose what. */
	public static final int SMALL_GROUP = 5;

	/**
	 * While a town hall is LIVE, its anonymous questions appear only in batches of at least this many (or at the end of
	 * the meeting): a batch of one tells the room which attendee just typed (TownHallMixing). A fixed floor, like
	 * {@link #SMALL_GROUP}, not a setting: lower would hide nobody, and a floor managers could lower protects nobody.
	 * pv-town-hall.js repeats it (TOWN_HALL_LIVE_MIN_BATCH_QUESTIONS); ContractLimitsTest checks the copy.
	 */
	public static final int LIVE_MIN_BATCH_QUESTIONS = 3;

	/** Attendees should see a change of the live view (a question, a vote count, a poll result) within this. */
	public static final int LIVE_SHOWN_WITHIN_MILLIS = 2000;

	/**
	 * How often an attendee's page asks for the live view (conditional GET; docs/town-hall.md, "Live updates").
	 * pv-town-hall.js repeats it (TOWN_HALL_LIVE_POLL_MILLISECONDS; ContractLimitsTest checks the copy) and the load
	 * benchmark polls at it. With {@link #LIVE_REFRESH_MILLIS} it must leave time for the request within
	 * {@link #LIVE_SHOWN_WITHIN_MILLIS} (TownHallLimitsTest).
	 */
	public static final int LIVE_POLL_MILLIS = 1500;

	/**
	 * How long a node answers a town hall's live view from its own state before it reads the change counter again
	 * (LiveCopies; docs/town-hall.md, "Live updates"): a change made on another node shows within this plus the poll
	 * interval (plus the request); a change made on this node shows at once.
	 */
	public static final int LIVE_REFRESH_MILLIS = 400;

	/**
	 * The most votes one transaction of a node writes (VoteBatches, group commit; docs/town-hall.md "Votes under load"):
	 * votes that arrive while a batch is written wait for the next one, which takes up to this many.
	 */
	public static final int VOTE_BATCH_MOST = 200;

	/** How many batches of votes a node writes at the same time (each takes one connection of the pool while it runs). */
	public static final int VOTE_BATCHES_AT_ONCE = 2;

	/**
	 * How long a vote waits in its node's queue for a batch to take it before it is answered 503 (nothing stored): as
	 * long as the dev portal lets a request wait for a pool connection, so that a vote under a database fault still gets
	 * its answer within 5 s (docs/reliability.md, the fault suite).
	 */
	public static final int VOTE_QUEUE_MILLIS = 2000;

	private TownHallLimits() {
	}

}
