package org.peervoice.core.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peervoice.core.anonymity.MixedRows;
import org.peervoice.core.anonymity.MixedUpdate;
import org.peervoice.core.anonymity.MixingPoint;
import org.peervoice.core.anonymity.MixingWindow;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.notification.DigestEntry;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.Notifier;

/**
 * What the suggestion box gives the {@link org.peervoice.core.anonymity.Mixer}: anonymous
 * suggestions, the anonymous writer's replies and withdrawals, and every vote; and the stored
 * vote counts, which only the mixing sets (a vote does not write its suggestion's row), and the
 * replies' places in their threads; and the mixing point, where anonymous items and replies enter
 * the reviewers' digest (docs/notifications.md).
 */
public final class SuggestionMixing {

	static final String RECOUNT = "vote_count = (SELECT COUNT(*) FROM PV_SUGGESTION_VOTE v WHERE v.suggestion_id = PV_SUGGESTION.id)";
	static final String STALE_COUNTS = "SELECT s.id FROM PV_SUGGESTION s WHERE s.company_id = ? AND s.site_id = ?"
		+ " AND s.vote_count <> (SELECT COUNT(*) FROM PV_SUGGESTION_VOTE v WHERE v.suggestion_id = s.id)";

	// An anonymous reply takes its place in the thread when mixed: after every message posted until the mixing. Replies
	// waiting in one thread are placed in the order they were written (-1 first, then -2, ...).
	static final String PLACE_REPLY = "seq = COALESCE((SELECT MAX(o.seq) FROM PV_SUGGESTION_MESSAGE o"
		+ " WHERE o.suggestion_id = PV_SUGGESTION_MESSAGE.suggestion_id AND o.seq > 0), 0) + 1";
	static final String UNPLACED_REPLIES = "SELECT m.id FROM PV_SUGGESTION_MESSAGE m JOIN PV_SUGGESTION s ON s.id = m.suggestion_id"
		+ " WHERE s.company_id = ? AND s.site_id = ? AND m.seq < 1 ORDER BY m.seq DESC, m.id";

	// Pending now and reaching reviewers with this mixing: new anonymous items, and anonymous replies to items reviewers
	// have seen (a reply to a new item is part of it), unless withdrawn.
	static final String ITEMS_REACHING_REVIEWERS = "SELECT s.id FROM PV_SUGGESTION s WHERE s.company_id = ?1 AND s.site_id = ?2"
		+ " AND s.mixed = FALSE AND s.status <> 'WITHDRAWN'";
	static final String REPLIES_REACHING_REVIEWERS = "SELECT DISTINCT m.suggestion_id FROM PV_SUGGESTION_MESSAGE m"
		+ " JOIN PV_SUGGESTION s ON s.id = m.suggestion_id WHERE s.company_id = ?1 AND s.site_id = ?2 AND m.mixed = FALSE AND s.mixed = TRUE"
		+ " AND s.status <> 'WITHDRAWN'";

	private SuggestionMixing() {
	}

	/** Parents before children; every table with a foreign key to PV_SUGGESTION is listed. */
	public static List<MixedRows> rows() {
		return List.of(
			MixedRows.ofSites("PV_SUGGESTION"),
			MixedRows.childOf("PV_SUGGESTION_MESSAGE", "suggestion_id", "PV_SUGGESTION"),
			MixedRows.childOf("PV_SUGGESTION_TRANSITION", "suggestion_id", "PV_SUGGESTION"),
			MixedRows.childOf("PV_SUGGESTION_VOTE", "suggestion_id", "PV_SUGGESTION"),
			MixedRows.carriedWith("PV_SUGGESTION_RESPONSE", "suggestion_id", "PV_SUGGESTION"));
	}

	public static List<MixedUpdate> updates() {
		return List.of(new MixedUpdate("PV_SUGGESTION", RECOUNT, STALE_COUNTS),
			MixedUpdate.inQueryOrder("PV_SUGGESTION_MESSAGE", PLACE_REPLY, UNPLACED_REPLIES));
	}

	/** The window of each site's suggestion-box settings. */
	public static MixingWindow window(UnitOfWork unitOfWork) {
		JpaSuggestionRepository suggestions = new JpaSuggestionRepository(unitOfWork);
		return site -> Duration.ofMinutes(suggestions.settingsOf(site).map(SiteSuggestionSettings::settings)
			.orElseGet(SuggestionSettings::defaults).getMixingWindowMinutes());
	}

	/**
	 * The mixing point of the suggestion box: every anonymous item and reply the mixing makes visible enters the
	 * reviewers' next digest now, and not before (nothing is published when the writer acts).
	 */
	public static MixingPoint mixingPoint(UnitOfWork unitOfWork, Notifier notifier, Clock clock) {
		return site -> {
			Instant now = clock.instant();
			for (String itemId : pending(unitOfWork, ITEMS_REACHING_REVIEWERS, site)) {
				notifier.publish(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, site, itemId, now));
			}
			for (String itemId : pending(unitOfWork, REPLIES_REACHING_REVIEWERS, site)) {
				notifier.publish(NotificationEvent.forReviewers(DigestEntry.WRITER_REPLY, site, itemId, now));
			}
		};
	}

	@SuppressWarnings("unchecked")
	private static List<String> pending(UnitOfWork unitOfWork, String query, Scope site) {
		return unitOfWork.entityManager().createNativeQuery(query).setParameter(1, site.companyId()).setParameter(2, site.siteId())
			.getResultList();
	}

}
