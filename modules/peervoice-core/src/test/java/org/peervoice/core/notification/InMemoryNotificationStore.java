package org.peervoice.core.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Scope;

/** The notification tables in memory, for unit tests of the rules. */
final class InMemoryNotificationStore implements NotificationStore {

	final Map<String, NotificationEvent> outbox = new LinkedHashMap<>();
	final Map<Scope, Instant> lastDigests = new HashMap<>();
	final Map<String, Map<NotificationType, Boolean>> preferences = new HashMap<>();
	final List<Notification> stored = new ArrayList<>();

	void publish(NotificationEvent event) {
		outbox.put(event.id(), event);
	}

	@Override
	public List<String> pendingPersonEvents(int max) {
		return outbox.values().stream().filter(event -> event.recipientKey() != null).map(NotificationEvent::id).limit(max)
			.collect(Collectors.toList());
	}

	@Override
	public Optional<NotificationEvent> take(String eventId) {
		return Optional.ofNullable(outbox.remove(eventId));
	}

	@Override
	public Set<Scope> sitesWithReviewerEvents() {
		return outbox.values().stream().filter(event -> event.recipientKey() == null).map(NotificationEvent::scope).collect(Collectors.toSet());
	}

	@Override
	public boolean registerDigestSite(Scope site) {
		return lastDigests.putIfAbsent(site, Instant.EPOCH) == null;
	}

	@Override
	public boolean startDigestRun(Scope site, Instant now, Instant dueBefore) {
		Instant last = lastDigests.get(site);
		if (last == null || (dueBefore != null && last.isAfter(dueBefore))) {
			return false;
		}
		lastDigests.put(site, now);
		return true;
	}

	@Override
	public List<NotificationEvent> takeReviewerEvents(Scope site) {
		List<NotificationEvent> taken = outbox.values().stream().filter(event -> event.recipientKey() == null && event.scope().equals(site))
			.collect(Collectors.toList());
		taken.forEach(event -> outbox.remove(event.id()));
		return taken;
	}

	@Override
	public Map<NotificationType, Boolean> preferences(long companyId, String userKey) {
		Map<NotificationType, Boolean> copy = new EnumMap<>(NotificationType.class);
		copy.putAll(preferences.getOrDefault(companyId + "/" + userKey, Map.of()));
		return copy;
	}

	@Override
	public void setPreference(long companyId, String userKey, NotificationType type, boolean enabled) {
		preferences.computeIfAbsent(companyId + "/" + userKey, key -> new EnumMap<>(NotificationType.class)).put(type, enabled);
	}

	@Override
	public boolean holds(String sourceId, String recipientKey) {
		return stored.stream().anyMatch(each -> each.sourceId().equals(sourceId) && each.recipientKey().equals(recipientKey));
	}

	@Override
	public void store(Notification notification) {
		stored.add(notification);
	}

	private List<Notification> own(long companyId, String userKey) {
		return stored.stream().filter(each -> each.scope().companyId() == companyId && each.recipientKey().equals(userKey))
			.collect(Collectors.toList());
	}

	@Override
	public List<Notification> mine(long companyId, String userKey, PageRequest page) {
		return own(companyId, userKey).stream().skip(page.offset()).limit(page.pageSize()).collect(Collectors.toList());
	}

	@Override
	public long countMine(long companyId, String userKey) {
		return own(companyId, userKey).size();
	}

	@Override
	public long countUnread(long companyId, String userKey) {
		return own(companyId, userKey).stream().filter(each -> !each.isRead()).count();
	}

	@Override
	public void markRead(long companyId, String userKey, List<String> ids, Instant now) {
		own(companyId, userKey).stream().filter(each -> ids.contains(each.id())).forEach(each -> each.markRead(now));
	}

	@Override
	public void markItemRead(long companyId, String userKey, String itemId, Instant now) {
		own(companyId, userKey).stream().filter(each -> itemId.equals(each.itemId())).forEach(each -> each.markRead(now));
	}

	@Override
	public Set<String> unreadItems(long companyId, String userKey, List<String> itemIds) {
		return own(companyId, userKey).stream().filter(each -> !each.isRead() && itemIds.contains(each.itemId())).map(Notification::itemId)
			.collect(Collectors.toSet());
	}

}
