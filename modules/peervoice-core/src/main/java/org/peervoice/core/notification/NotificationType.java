package org.peervoice.core.notification;

import java.util.Locale;

/**
 * Every kind of notification a person can get, defined once: docs/notifications.md lists each with
 * who gets it and when, the UI and the Liferay adapter have a text for each ({@link #languageKey()}),
 * and a person turns each on or off. A later capability adds its types here.
 */
public enum NotificationType {

	/** A reviewer responded publicly to an identified writer's suggestion. */
	SUGGESTION_RESPONSE(Audience.WRITER),
	/** A reviewer moved an identified writer's suggestion to another status without a response. */
	SUGGESTION_STATUS(Audience.WRITER),
	/** A reviewer wrote in the private thread of an identified writer's suggestion. */
	SUGGESTION_MESSAGE(Audience.WRITER),
	/** What reached a site's review queue during the digest period: new items and writers' replies. */
	REVIEW_DIGEST(Audience.REVIEWERS),
	// champion directory (docs/champion-directory.md)
	/** Leadership nominated the person as a peer support champion; they accept or decline on the directory's invitation tab. */
	CHAMPION_NOMINATION(Audience.WRITER),
	/** The nominee answered (detail ACCEPTED or DECLINED); for the leader who nominated them. */
	CHAMPION_NOMINATION_ANSWER(Audience.WRITER),
	/** The owner's listing is due for re-confirmation within {@code ChampionLimits.REMIND_DAYS_BEFORE_DUE} days. */
	CHAMPION_CONFIRM_DUE(Audience.WRITER),
	/** The owner's listing was not confirmed in time and left the directory (kept; one click brings it back). */
	CHAMPION_LISTING_STALE(Audience.WRITER),
	// champion directory copies
	/** Leadership sent the site's list of champions to every champion listed (a link to the PDF worksheet). */
	CHAMPION_LIST(Audience.WRITER),
	// recognition board
	/** Someone recognized the person; detail {@code approval} when it waits for their approval before it shows. */
	RECOGNITION_RECEIVED(Audience.WRITER),
	/** A moderator hid a recognition the person gave or received, or their comment; detail {@code recognition} or {@code comment}. */
	RECOGNITION_MODERATED(Audience.WRITER),
	// town hall (docs/town-hall.md)
	/**
	 * A named asker's town-hall question got its fate or a moderator's typo correction; detail {@code ANSWERED},
	 * {@code DISMISSED:<reason>}, {@code MERGED}, {@code TAKEN_FORWARD} (the item is then the suggestion) or {@code CORRECTED};
	 * the item is otherwise the town hall. Anonymous askers are never told: they follow their question with the receipt.
	 */
	TOWN_HALL_QUESTION(Audience.WRITER);

	/** Who gets a type: one named person at once, or the site's reviewers in a digest. */
	public enum Audience {
		WRITER, REVIEWERS
	}

	private final Audience audience;

	NotificationType(Audience audience) {
		this.audience = audience;
	}

	public Audience audience() {
		return audience;
	}

	/** The key of its text in the UI's and the Liferay adapter's language bundles, e.g. {@code notification-review-digest}. */
	public String languageKey() {
		return "notification-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
