package org.peervoice.rest;

import java.util.List;

import org.peervoice.core.kernel.Page;

/** A page as every list endpoint returns it: items, page, pageSize, totalCount, lastPage. */
public final class PageBody<T> {

	private final List<T> items;
	private final int page;
	private final int pageSize;
	private final long totalCount;
	private final int lastPage;

	private PageBody(List<T> items, int page, int pageSize, long totalCount, int lastPage) {
		this.items = items;
		this.page = page;
		this.pageSize = pageSize;
		this.totalCount = totalCount;
		this.lastPage = lastPage;
	}

	public static <T> PageBody<T> of(Page<T> page) {
		return new PageBody<>(page.items(), page.page(), page.pageSize(), page.totalCount(), page.lastPage());
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

	public long getTotalCount() {
		return totalCount;
	}

	public int getLastPage() {
		return lastPage;
	}

}
