package org.peervoice.core.kernel;

import java.util.Map;

/**
 * A 1-based page of at most {@value #MAX_PAGE_SIZE} items, numbered at most {@value #MAX_PAGE}:
 * far beyond any real list, and low enough that every offset fits the {@code int} JPA takes. A
 * page past the end of a list is an empty page.
 */
public final class PageRequest {

	public static final int DEFAULT_PAGE_SIZE = 20;
	public static final int MAX_PAGE_SIZE = 100;
	public static final int MAX_PAGE = 1_000_000;

	private final int page;
	private final int pageSize;

	public PageRequest(int page, int pageSize) {
		if (page < 1 || page > MAX_PAGE) {
			throw new InvalidInput(Map.of("page", "must be between 1 and " + MAX_PAGE));
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new InvalidInput(Map.of("pageSize", "must be between 1 and " + MAX_PAGE_SIZE));
		}
		this.page = page;
		this.pageSize = pageSize;
	}

	public static PageRequest of(Integer page, Integer pageSize) {
		return new PageRequest(page == null ? 1 : page, pageSize == null ? DEFAULT_PAGE_SIZE : pageSize);
	}

	public int page() {
		return page;
	}

	public int pageSize() {
		return pageSize;
	}

	/** Computed in {@code long}; never above {@code (MAX_PAGE - 1) * MAX_PAGE_SIZE}. */
	public long offset() {
		return (page - 1L) * pageSize;
	}

}
