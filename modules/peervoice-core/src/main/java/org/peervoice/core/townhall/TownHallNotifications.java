package org.peervoice.core.townhall;

import java.util.LinkedHashMap;
import java.util.Map;

import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.notification.ItemTitles;

/**
 * The town hall's part in notifications: the titles of town halls an asker's notification is about (a town hall's
 * title is public to its site). The asker's question and its fate show on the town hall's page ("Your questions").
 */
public final class TownHallNotifications {

	private TownHallNotifications() {
	}

	/** The titles of the items that are town halls; other ids are left to the next source. */
	public static ItemTitles titles(UnitOfWork unitOfWork, ItemTitles others) {
		return itemIds -> {
			Map<String, String> titles = new LinkedHashMap<>(others.titlesOf(itemIds));
			for (String id : itemIds) {
				if (!titles.containsKey(id)) {
					unitOfWork.find(TownHall.class, id).ifPresent(townHall -> titles.put(id, townHall.title()));
				}
			}
			return titles;
		};
	}

}
