package org.peervoice.core.suggestion;

import java.time.Duration;
import java.util.List;

import org.peervoice.core.anonymity.MixedRows;
import org.peervoice.core.anonymity.MixedUpdate;
import org.peervoice.core.anonymity.MixingWindow;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * What the suggestion box gives the {@link org.peervoice.core.anonymity.Mixer}: anonymous
 * suggestions, the anonymous writer's replies and withdrawals, and every vote; and the stored
 * vote counts, which only the mixing sets (a vote does not write its suggestion's row), and the
 * replies' places in their threads.
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

}
