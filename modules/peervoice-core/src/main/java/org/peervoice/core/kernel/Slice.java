package org.peervoice.core.kernel;

import java.util.List;

/**
 * One page of a list that is not counted: its items and whether another page follows. A list reads one row more than
 * the page holds to know, instead of counting every matching row on every page (docs/benchmarks.md, recognition board).
 */
public final class Slice<T> {

	private final List<T> items;
	private final int page;
	private final int pageSize;
	private final boolean hasMore;

	public Slice(List<T> items, int page, int pageSize, boolean hasMore) {
		this.items = List.copyOf(items);
		this.page = page;
		this.pageSize = pageSize;
		this.hasMore = hasMore;
	}

	/**
	 * @param rows up to {@link #rowsToRead(PageRequest)} rows read from the page's offset
	 * @return the page's rows, and whether there was one more
	 */
	public static <T> Slice<T> of(List<T> rows, PageRequest request) {
		boolean more = rows.size() > request.pageSize();
		return new Slice<>(more ? rows.subList(0, request.pageSize()) : rows, request.page(), request.pageSize(), more);
	}

	/** The rows to read for a page: one more than it holds. */
	public static int rowsToRead(PageRequest request) {
		return request.pageSize() + 1;
	}

	public List<T> items() {
		return items;
	}

	public int page() {
		return page;
	}

	public int pageSize() {
		return pageSize;
	}

	/** Whether at least one item follows this page. */
	public boolean hasMore() {
		return hasMore;
	}

}
