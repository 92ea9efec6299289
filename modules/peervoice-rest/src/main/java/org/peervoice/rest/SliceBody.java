package org.peervoice.rest;

import java.util.List;

import org.peervoice.core.kernel.Slice;

/** A page of a list that is not counted: items, page, pageSize and hasMore (whether a next page has items). */
public final class SliceBody<T> {

	private final List<T> items;
	private final int page;
	private final int pageSize;
	private final boolean hasMore;

	private SliceBody(List<T> items, int page, int pageSize, boolean hasMore) {
		this.items = items;
		this.page = page;
		this.pageSize = pageSize;
		this.hasMore = hasMore;
	}

	public static <T> SliceBody<T> of(Slice<T> slice) {
		return new SliceBody<>(slice.items(), slice.page(), slice.pageSize(), slice.hasMore());
	}

	public List<T> getItems() {
		return items;
	}

	public int getPage() {
		return page;
	}

	public int getPageSize() {
		return pageSize;
	}

	public boolean isHasMore() {
		return hasMore;
	}

}
