package org.peervoice.core.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * A signed-in person's own notifications as PeerVoice stores them (the dev portal's bell), and their
 * choice of types. Everything is the caller's own, in the caller's company: nobody reads or marks
 * another person's notifications.
 */
public final class NotificationInbox {

	/** At most this many notifications are marked read by one request. */
	public static final int MAX_MARKED = 100;

	private final UnitOfWork unitOfWork;
	private final NotificationStore store;
	private final ItemTitles titles;
	private final Clock clock;

	public NotificationInbox(UnitOfWork unitOfWork, ItemTitles titles, Clock clock) {
		this(unitOfWork, new JpaNotificationStore(unitOfWork), titles, clock);
	}

	NotificationInbox(UnitOfWork unitOfWork, NotificationStore store, ItemTitles titles, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.store = store;
		this.titles = titles;
		this.clock = clock;
	}

	public Page<NotificationView> mine(Identity who, PageRequest page) {
		String userKey = signedIn(who);
		return unitOfWork.inTransaction(() -> {
			List<Notification> found = store.mine(who.companyId(), userKey, page);
			Set<String> ownItems = found.stream().filter(each -> each.type().audience() == NotificationType.Audience.WRITER && each.itemId() != null)
				.map(Notification::itemId).collect(Collectors.toSet());
			Map<String, String> itemTitles = ownItems.isEmpty() ? Map.of() : titles.titlesOf(ownItems);
			List<NotificationView> views = new ArrayList<>();
			for (Notification notification : found) {
				views.add(new NotificationView(notification, notification.itemId() == null ? null : itemTitles.get(notification.itemId())));
			}
			return Page.of(views, page, store.countMine(who.companyId(), userKey));
		});
	}

	public long unreadCount(Identity who) {
		String userKey = signedIn(who);
		return unitOfWork.inTransaction(() -> store.countUnread(who.companyId(), userKey));
	}

	/** Marks the caller's notifications among {@code ids} read (others are ignored); returns what is still unread. */
	public long markRead(Identity who, List<String> ids) {
		String userKey = signedIn(who);
		FieldErrors errors = new FieldErrors();
		if (ids == null) {
			errors.add("ids", "required", "is required");
		}
		else if (ids.size() > MAX_MARKED) {
			errors.add("ids", "too-many", "must list at most " + MAX_MARKED + " notifications");
		}
		errors.throwIfAny();
		return unitOfWork.inTransaction(() -> {
			store.markRead(who.companyId(), userKey, ids.stream().filter(id -> id != null).distinct().collect(Collectors.toList()), clock.instant());
			return store.countUnread(who.companyId(), userKey);
		});
	}

	/** The caller's notifications about an item are read once the caller opens it. Inside the caller's unit of work. */
	public void markItemRead(Identity who, String itemId) {
		who.userKey().ifPresent(userKey -> store.markItemRead(who.companyId(), userKey, itemId, clock.instant()));
	}

	/** Which of the items have notifications the caller has not read. Inside the caller's unit of work. */
	public Set<String> itemsWithUnread(Identity who, Collection<String> itemIds) {
		return who.userKey().map(userKey -> store.unreadItems(who.companyId(), userKey, List.copyOf(itemIds))).orElse(Set.of());
	}

	public List<NotificationPreferenceView> preferences(Identity who) {
		String userKey = signedIn(who);
		return unitOfWork.inTransaction(() -> views(store.preferences(who.companyId(), userKey)));
	}

	/** Sets the types named; the others keep their setting. */
	public List<NotificationPreferenceView> updatePreferences(Identity who, Map<NotificationType, Boolean> choices) {
		String userKey = signedIn(who);
		FieldErrors errors = new FieldErrors();
		if (choices == null) {
			errors.add("preferences", "required", "is required");
		}
		errors.throwIfAny();
		return unitOfWork.inTransaction(() -> {
			choices.forEach((type, enabled) -> store.setPreference(who.companyId(), userKey, type, enabled));
			Map<NotificationType, Boolean> now = store.preferences(who.companyId(), userKey);
			now.putAll(choices);
			return views(now);
		});
	}

	private static List<NotificationPreferenceView> views(Map<NotificationType, Boolean> chosen) {
		List<NotificationPreferenceView> views = new ArrayList<>();
		for (NotificationType type : NotificationType.values()) {
			views.add(new NotificationPreferenceView(type, chosen.getOrDefault(type, Boolean.TRUE)));
		}
		return views;
	}

	private static String signedIn(Identity who) {
		return who.userKey().orElseThrow(NotSignedIn::new);
	}

}
