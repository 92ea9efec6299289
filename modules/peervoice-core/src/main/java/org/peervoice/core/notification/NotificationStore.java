package org.peervoice.core.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Scope;

/** The notification tables, behind the use cases; every method runs inside a unit of work. */
interface NotificationStore {

	/** Ids of undelivered events for one person, at most {@code max}. */
	List<String> pendingPersonEvents(int max);

	/**
	 * Takes an event out of the outbox: it is removed with a conditional statement, so of two nodes taking the same
	 * event one gets it and the other gets nothing.
	 */
	Optional<NotificationEvent> take(String eventId);

	Set<Scope> sitesWithReviewerEvents();

	/**
	 * Registers a site for digests, its last run long ago; false if it was. Run in a transaction of its own: two nodes
	 * may register a site at once, and the primary key keeps one row.
	 */
	boolean registerDigestSite(Scope site);

	/**
	 * Starts a site's digest run when its last one was at or before {@code dueBefore} ({@code null}: whenever): records
	 * {@code now} as its last run under the row's lock, so one node sends each digest.
	 */
	boolean startDigestRun(Scope site, Instant now, Instant dueBefore);

	/** Takes every undelivered reviewer event of the site out of the outbox. */
	List<NotificationEvent> takeReviewerEvents(Scope site);

	Map<NotificationType, Boolean> preferences(long companyId, String userKey);

	void setPreference(long companyId, String userKey, NotificationType type, boolean enabled);

	boolean holds(String sourceId, String recipientKey);

	void store(Notification notification);

	List<Notification> mine(long companyId, String userKey, PageRequest page);

	long countMine(long companyId, String userKey);

	long countUnread(long companyId, String userKey);

	void markRead(long companyId, String userKey, List<String> ids, Instant now);

	void markItemRead(long companyId, String userKey, String itemId, Instant now);

	Set<String> unreadItems(long companyId, String userKey, List<String> itemIds);

}
