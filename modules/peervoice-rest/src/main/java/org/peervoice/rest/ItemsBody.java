package org.peervoice.rest;

import java.util.List;

/** An unpaged list, as {@code {"items": [...]}}. */
public final class ItemsBody<T> {

	private final List<T> items;

	public ItemsBody(List<T> items) {
		this.items = List.copyOf(items);
	}

	public List<T> getItems() {
		return items;
	}

}
