package org.peervoice.core.notification;

import java.util.Collection;
import java.util.Map;

/**
 * The current titles of the items notifications for one person are about, read when the list is
 * shown (never stored with a notification, so a later redaction holds). Called inside a unit of work.
 */
@FunctionalInterface
public interface ItemTitles {

	Map<String, String> titlesOf(Collection<String> itemIds);

}
